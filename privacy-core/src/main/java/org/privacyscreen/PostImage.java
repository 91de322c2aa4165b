package org.privacyscreen;

import java.util.Arrays;
import java.util.Objects;

/**
 * One image of a post: a file name (for reports and remediated copies) and its encoded bytes (JPEG, PNG, WebP).
 * The bytes are copied in and out, so an instance is immutable.
 */
public final class PostImage {
    private final String name;
    private final byte[] bytes;

    private PostImage(String name, byte[] bytes) {
        this.name = name;
        this.bytes = bytes;
    }

    public static PostImage of(String name, byte[] bytes) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        return new PostImage(name, bytes.clone());
    }

    public String name() {
        return name;
    }

    /** A copy of the encoded bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The size in bytes. */
    public int size() {
        return bytes.length;
    }

    /** Reads the bytes without copying them; {@code reader} must not keep or change the array. */
    public <T> T read(java.util.function.Function<byte[], T> reader) {
        return reader.apply(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PostImage p && name.equals(p.name) && Arrays.equals(bytes, p.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(bytes);
    }

    /** Describes the image by size only: a file name can carry a patient's name. */
    @Override
    public String toString() {
        return "PostImage[" + bytes.length + " bytes]";
    }
}
