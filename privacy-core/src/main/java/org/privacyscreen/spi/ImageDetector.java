package org.privacyscreen.spi;

import java.util.List;
import org.privacyscreen.Finding;

/**
 * Finds things in one image of a post. Called once per image, on a pool thread, concurrently with other detectors
 * and other images; must be thread-safe. Decode through {@link ScreeningContext#shared} so that every detector of
 * the post reuses one decoded image. Boxes are in the image as displayed (EXIF orientation applied).
 */
public interface ImageDetector extends Detector {
    /** The findings in image {@code image} (an index into {@code context.post().images()}). */
    List<Finding> detect(ScreeningContext context, int image);
}
