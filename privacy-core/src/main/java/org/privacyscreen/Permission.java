package org.privacyscreen;

import java.util.Locale;
import java.util.Optional;

/** What a consent allows: to take the photo, to publish the likeness or story, to be named. */
public enum Permission {
    CAPTURE, SHARE, NAME;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Permission> fromWireName(String name) {
        for (Permission p : values()) {
            if (p.wireName().equals(name)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
