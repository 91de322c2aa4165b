package org.privacyscreen.server.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * An image's width and height from its header, without decoding the pixels: ImageIO's readers for JPEG and PNG,
 * the RIFF header for WebP (which ImageIO cannot read).
 */
public final class ImageSize {
    private ImageSize() {
    }

    /** {@code [width, height]}, or empty when the header cannot be read. */
    public static Optional<int[]> of(byte[] b) {
        if (b.length >= 30 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E') {
            return webp(b);
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(b))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return Optional.of(new int[] {reader.getWidth(0), reader.getHeight(0)});
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<int[]> webp(byte[] b) {
        String chunk = new String(b, 12, 4, java.nio.charset.StandardCharsets.US_ASCII);
        switch (chunk) {
            case "VP8X" -> {
                return Optional.of(new int[] {1 + u24(b, 24), 1 + u24(b, 27)});
            }
            case "VP8 " -> {
                return Optional.of(new int[] {u16(b, 26) & 0x3fff, u16(b, 28) & 0x3fff});
            }
            case "VP8L" -> {
                int bits = (b[21] & 0xff) | (b[22] & 0xff) << 8 | (b[23] & 0xff) << 16 | (b[24] & 0xff) << 24;
                return Optional.of(new int[] {1 + (bits & 0x3fff), 1 + ((bits >> 14) & 0x3fff)});
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }

    private static int u24(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16;
    }
}
