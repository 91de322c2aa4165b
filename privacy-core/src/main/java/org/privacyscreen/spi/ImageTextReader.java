package org.privacyscreen.spi;

import java.util.List;

/**
 * Reads the text in one image of a post (a form on a desk, a badge, a screen, a label) so that the text detectors
 * screen it as they screen the post's own text.
 *
 * <p><b>When and where.</b> {@link #read} is called once per image, on a pool thread, at the same time as the image
 * detectors and under the same deadline and failure rules (see {@link ImageDetector}). When every reader is done, the
 * engine hands the lines read in each image to every text detector, as the text of a post that is otherwise the
 * same, and reports what they find at the box of the line(s) each span came from, with source
 * {@link org.privacyscreen.FindingSource#IMAGE_TEXT}: a known client's name on a form becomes CLIENT_NAME with that
 * client as subject, and the consent rules apply to it as to a name in the text.
 *
 * <p><b>What to return.</b> The lines read in reading order, each with its box in image {@code image}; empty when
 * there is nothing legible; never null. What was read is a detected value: never log it or put it in an exception.
 */
public interface ImageTextReader extends Detector {
    /**
     * The lines of text legible in one image of the post.
     *
     * @param context the screening, shared with the post's other detectors and images
     * @param image   the index of the image in {@code context.post().images()}
     * @return the lines read, in reading order; never null
     */
    List<ReadText> read(ScreeningContext context, int image);
}
