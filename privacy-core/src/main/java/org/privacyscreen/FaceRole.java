package org.privacyscreen;

import java.util.Locale;

/**
 * Who a face in a photo is to the post: one of the people the post declares and shows ({@link #SUBJECT}), or
 * someone else ({@link #BACKGROUND}). Consent can cover a subject's face; a background face always needs blurring.
 */
public enum FaceRole {
    /** A prominent face the post declares: its consent decides. */
    SUBJECT,
    /** Anyone else in the photo. */
    BACKGROUND;

    /** The JSON name: {@code subject} or {@code background}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
