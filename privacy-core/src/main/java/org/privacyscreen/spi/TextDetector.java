package org.privacyscreen.spi;

import java.util.List;
import org.privacyscreen.Finding;

/**
 * Finds things in a post's text. Called once per post with text, on a pool thread, concurrently with the other
 * detectors; the same instance serves many posts at once, so it must be thread-safe.
 *
 * <p>Each finding must locate itself inside {@code context.post().text()} (UTF-16 offsets, end exclusive), carry a
 * masked excerpt (use {@link org.privacyscreen.Finding.Builder#span}) and a message that never quotes the value.
 * A detector that throws or runs out of time yields DETECTOR_FAILURE; an input error (an
 * {@link org.privacyscreen.PrivacyScreenException} with a bad-input code) is passed to the caller.
 */
public interface TextDetector extends Detector {
    /** The findings in the post's text; empty when there are none. */
    List<Finding> detect(ScreeningContext context);
}
