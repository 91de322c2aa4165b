package org.privacyscreen.spi;

import java.util.Objects;

/**
 * Names a value that detectors of one post compute once and share, such as the normalised text or a decoded image.
 * Keys compare by identity: hold each in a {@code static final} field.
 *
 * @param <T> the type of the value
 */
public final class SharedKey<T> {
    private final String name;

    private SharedKey(String name) {
        this.name = name;
    }

    /**
     * A new key; every call gives a distinct one.
     *
     * @param name a name for messages, such as {@code normalised-text}
     * @param <T>  the type of the value
     * @return the key
     */
    public static <T> SharedKey<T> of(String name) {
        Objects.requireNonNull(name, "name");
        return new SharedKey<>(name);
    }

    @Override
    public String toString() {
        return "SharedKey[" + name + "]";
    }
}
