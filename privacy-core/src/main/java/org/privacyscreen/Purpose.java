package org.privacyscreen;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** Why a post is made; consent names the purposes it covers. */
public enum Purpose {
    SOCIAL_POST, ADVERT, PRINT, GROUP_MESSAGE, REPLY, COMMENT;

    /** The JSON name: social_post, advert, ... */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The purpose with JSON name {@code name}, if there is one. */
    public static Optional<Purpose> fromWireName(String name) {
        Objects.requireNonNull(name, "name");
        for (Purpose p : values()) {
            if (p.wireName().equals(name)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
