package org.privacyscreen.spi;

import java.util.List;
import org.privacyscreen.Finding;

/**
 * Finds things in one image of a post.
 *
 * <p><b>When and where.</b> {@link #detect} is called once per image of every screened post (unless the policy
 * disables this id), on a pool thread, at the same time as the other detectors and as this same instance on the
 * post's other images, all with the same {@link ScreeningContext}. It must be thread-safe: no per-call state in
 * fields; native models (OpenCV nets, say) loaded once and used in a thread-safe way. Decode through
 * {@link ScreeningContext#shared} so that every detector of the post reuses one decoded image.
 *
 * <p><b>What to return.</b> The findings, or an empty list; never null. Each finding is a box in image
 * {@code image} (not another), inside its bounds as displayed (EXIF orientation applied), or concerns the post as a
 * whole (metadata, say); a message never describes text read from the image in clear. A result with a null finding
 * or a box naming an image the post does not have is discarded whole and replaced by a DETECTOR_FAILURE finding.
 *
 * <p><b>Failures and time.</b> As for {@link TextDetector}: one deadline (the policy's {@code detectorTimeout}) for
 * every detector, reader and rule of the post, interruption when it passes, DETECTOR_FAILURE for a timeout, an
 * exception or null. Native stages (a network's forward pass, a decoder) ignore interrupts: call
 * {@link ScreeningContext#checkDeadline()} between them. Keep decoded pixels in {@link ScreeningContext#shared}
 * values that are {@link AutoCloseable}, so that the engine frees them when the screening ends. An image that cannot
 * be decoded is the caller's fault: throw {@link org.privacyscreen.PrivacyScreenException} with
 * {@code IMAGE_INVALID} or {@code IMAGE_UNSUPPORTED}, and {@code screen()} throws it on.
 *
 * <p>{@code privacy-testkit}'s {@code ImageDetectorContract} checks all of this from a vendor's own tests.
 */
public interface ImageDetector extends Detector {
    /**
     * The findings in one image of the post.
     *
     * @param context the screening, shared with the post's other detectors and images
     * @param image   the index of the image in {@code context.post().images()}
     * @return the findings, empty when there are none; never null
     */
    List<Finding> detect(ScreeningContext context, int image);
}
