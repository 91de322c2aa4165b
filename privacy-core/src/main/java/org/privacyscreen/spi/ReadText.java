package org.privacyscreen.spi;

import java.util.Objects;
import java.util.Optional;
import org.privacyscreen.Location;
import org.privacyscreen.RegionKind;

/**
 * One line of text an {@link ImageTextReader} read inside a photo, with the box it was read from. The text is a
 * detected value: it must never be logged, put in a message or kept beyond the screening.
 *
 * @param box        where the line is, in the image as displayed
 * @param text       what was read; not blank
 * @param confidence how sure the reader is, from 0 to 1
 * @param region     what carries the line (a form, a badge, a screen), where the reader can tell
 */
public record ReadText(Location.Image box, String text, double confidence, Optional<RegionKind> region) {
    public ReadText {
        Objects.requireNonNull(box, "box");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(region, "region");
        if (text.isBlank()) {
            throw new IllegalArgumentException("text must not be blank");
        }
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be within [0, 1]: " + confidence);
        }
    }

    /** Describes the line by its box only: what was read is personal data. */
    @Override
    public String toString() {
        return "ReadText[" + box + ", " + text.length() + " chars]";
    }
}
