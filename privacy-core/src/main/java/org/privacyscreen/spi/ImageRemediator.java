package org.privacyscreen.spi;

import java.util.List;
import org.privacyscreen.Finding;
import org.privacyscreen.PostImage;

/**
 * Produces the remediated copy of one image: boxes blurred beyond reading, metadata stripped.
 *
 * <p>Called after the verdict, on the thread that called {@code screen()}, once for every image of the post (even
 * one without findings, so that its metadata goes too), with the findings located in that image that are not
 * covered and at least MEDIUM. Remediators run in id order; each reads the image from {@code context.post()},
 * which holds the original, so one remediator should do the whole job for an image. Screens of different posts run
 * at once, so an implementation must be thread-safe. There is no time budget here, and an exception reaches the
 * caller of {@code screen()}.
 */
public interface ImageRemediator {
    /**
     * A stable id; remediators run in id order.
     *
     * @return the id
     */
    String id();

    /**
     * The remediated image; must never return one that still holds the boxes in clear or the metadata.
     *
     * @param context  the screening
     * @param image    the index of the image in {@code context.post().images()}
     * @param findings the findings to act on in that image; may be empty
     * @return the remediated image
     */
    PostImage remediate(ScreeningContext context, int image, List<Finding> findings);
}
