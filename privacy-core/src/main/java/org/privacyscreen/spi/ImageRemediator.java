package org.privacyscreen.spi;

import java.util.List;
import org.privacyscreen.Finding;
import org.privacyscreen.PostImage;

/**
 * Produces the remediated copy of one image: boxes blurred beyond reading, metadata stripped.
 *
 * <p>Called by {@code ScreeningReport.remediated()}, on the thread that calls it, once for every image of the post
 * (even one without findings, so that its metadata goes too), with the findings located in that image that are not
 * covered and at least MEDIUM. Remediators run in id order; each reads the image from {@code context.post()}, which
 * holds the original for the first and its predecessors' work for the others, so one remediator should do the whole
 * job for an image. Remediations of different posts run at once, so an implementation must be thread-safe.
 *
 * <p><b>Time and size.</b> The context is a fresh one: decode the image again (the screening's decoded images are
 * released when it ends). Its {@link ScreeningContext#remaining()} counts down the policy's
 * {@code remediationTimeout}, and its policy's {@code limits().maxImagePixels()} is the remediation pixel limit (the
 * smaller of {@code maxImagePixels} and {@code maxRemediationPixels}): refuse a larger image with
 * {@code IMAGE_TOO_LARGE}, and call {@link ScreeningContext#checkDeadline()} between the steps of the work (decode,
 * blur, encode). The engine checks the deadline before each image, and nothing interrupts a remediator. A
 * {@link org.privacyscreen.PrivacyScreenException} reaches the caller of {@code remediated()} as it is; any other
 * exception as {@code INTERNAL}, naming the remediator; a null image is a failure too.
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
