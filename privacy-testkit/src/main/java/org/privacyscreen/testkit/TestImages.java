package org.privacyscreen.testkit;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** Images for detector tests, made and measured with {@code javax.imageio} (no native library needed). */
public final class TestImages {
    private TestImages() {
    }

    /** A PNG of {@code width} by {@code height} pixels filled with {@code colour}. */
    public static byte[] png(int width, int height, Color colour) {
        return encode(filled(width, height, colour), "png");
    }

    /** A JPEG of {@code width} by {@code height} pixels filled with {@code colour}. */
    public static byte[] jpeg(int width, int height, Color colour) {
        return encode(filled(width, height, colour), "jpg");
    }

    /** The first {@code fraction} (0 to 1, exclusive) of {@code image}'s bytes, as a truncated upload looks. */
    public static byte[] truncated(byte[] image, double fraction) {
        Objects.requireNonNull(image, "image");
        if (!(fraction > 0 && fraction < 1)) {
            throw new IllegalArgumentException("fraction must be within (0, 1): " + fraction);
        }
        return Arrays.copyOf(image, Math.max(1, (int) (image.length * fraction)));
    }

    /**
     * The stored width and height of an encoded image, read from its header; empty when {@code javax.imageio} cannot
     * read the format (WebP, say). EXIF orientation is not applied.
     */
    public static Optional<Dimension> size(byte[] image) {
        Objects.requireNonNull(image, "image");
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return Optional.of(new Dimension(reader.getWidth(0), reader.getHeight(0)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static BufferedImage filled(int width, int height, Color colour) {
        Objects.requireNonNull(colour, "colour");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("width and height must be > 0: " + width + "x" + height);
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(colour);
            g.fillRect(0, 0, width, height);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no javax.imageio writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
