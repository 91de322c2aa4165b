package org.privacyscreen.image.internal.documents;

import java.util.List;
import java.util.Objects;
import org.opencv.core.Rect;
import org.privacyscreen.RegionKind;

/**
 * A region of a photo holding text: a document, form, screen, label, sign or badge, in full-resolution pixels as
 * displayed. Computed once per image (see {@code ImageCache#regions}) for the documents detector and the text reader.
 *
 * @param box    the region
 * @param rows   how many rows of text it has
 * @param textPx the median text height at full resolution
 * @param lines  the lines read in it, top to bottom; empty when it was not read
 * @param read   whether the OCR read it and found writing; false for a region left unread (the reading budget ran
 *               out or the screening was interrupted), which is reported on its shape alone
 * @param kind   what carries the text, from its geometry and the shape of what was read
 */
public record TextRegion(Rect box, int rows, double textPx, List<ReadLine> lines, boolean read, RegionKind kind) {
    public TextRegion {
        Objects.requireNonNull(box, "box");
        Objects.requireNonNull(kind, "kind");
        lines = List.copyOf(lines);
    }

    /**
     * One line of text read in a photo. The text is the photo's content: it goes to the text detectors and never
     * into a log or a message.
     *
     * @param box        the line, full-resolution pixels
     * @param text       what was read
     * @param confidence the OCR's mean confidence, 0..1
     */
    public record ReadLine(Rect box, String text, double confidence) {
        public ReadLine {
            Objects.requireNonNull(box, "box");
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String toString() {
            return "ReadLine[" + box + ", " + text.length() + " chars]"; // never the text itself
        }
    }
}
