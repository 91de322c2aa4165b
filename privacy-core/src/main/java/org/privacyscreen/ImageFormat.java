package org.privacyscreen;

import java.util.Optional;

/**
 * The image formats a post may carry (JPEG, PNG, WebP), recognised by their magic bytes, never by file name.
 */
public enum ImageFormat {
    JPEG(".jpg"), PNG(".png"), WEBP(".webp");

    /** The accepted formats, for messages. */
    public static final String ACCEPTED = "JPEG, PNG or WebP";
    /** The accepted formats as CONTRACT.md words them, for messages. */
    public static final String ACCEPTED_FORMATS = "accepted formats are JPEG, PNG and WebP";

    private final String extension;

    ImageFormat(String extension) {
        this.extension = extension;
    }

    /** The file extension of this format, such as {@code .jpg}. */
    public String extension() {
        return extension;
    }

    /** The format of {@code b}, judged from its first bytes. */
    public static Optional<ImageFormat> sniff(byte[] b) {
        java.util.Objects.requireNonNull(b, "b");
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
                && b[4] == 0x0D && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
            return Optional.of(PNG);
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
                && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    /** A name for an unaccepted format, for the message (HEIC is the common one from phones). */
    public static String describeOther(byte[] b) {
        if (b.length >= 12 && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p') {
            String brand = new String(b, 8, 4, java.nio.charset.StandardCharsets.US_ASCII);
            return brand.startsWith("hei") || brand.startsWith("mif") || brand.startsWith("hev") ? "HEIC/HEIF"
                    : brand.startsWith("avi") ? "AVIF" : "an ISO media file";
        }
        if (b.length >= 3 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F') {
            return "GIF";
        }
        if (b.length >= 2 && b[0] == 'B' && b[1] == 'M') {
            return "BMP";
        }
        if (b.length >= 4 && ((b[0] == 'I' && b[1] == 'I' && b[2] == 42) || (b[0] == 'M' && b[1] == 'M'
                && b[3] == 42))) {
            return "TIFF";
        }
        return "an unknown format";
    }
}
