package org.privacyscreen;

import java.util.Locale;

/** Where a finding was made: in the post's text, in a photo, in text read inside a photo, or about the post. */
public enum FindingSource {
    /** The post's own text. */
    TEXT,
    /** A photo's pixels or metadata. */
    IMAGE,
    /** Text read inside a photo (a form, a badge, a screen); located at the image box it was read from. */
    IMAGE_TEXT,
    /** The post as a whole: consent, audience, contact. */
    POST;

    /** The JSON name: {@code text}, {@code image}, {@code image-text} or {@code post}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The source a finding at {@code location} has unless said otherwise. */
    public static FindingSource of(Location location) {
        return location instanceof Location.Text ? TEXT : location instanceof Location.Image ? IMAGE : POST;
    }
}
