package org.privacyscreen;

import java.util.Locale;

/** What kind of thing carries the text found in a photo. */
public enum RegionKind {
    /** A page or paper of unknown kind. */
    DOCUMENT,
    /** A form with labelled fields (an intake or consent form). */
    FORM,
    /** A monitor, tablet or phone screen. */
    SCREEN,
    /** A label on a bottle, box, wristband or sample. */
    LABEL,
    /** A sign, board or poster. */
    SIGN,
    /** A name badge. */
    BADGE;

    /** The JSON name: lower case. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
