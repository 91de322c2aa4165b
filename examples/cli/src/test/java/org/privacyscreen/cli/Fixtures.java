package org.privacyscreen.cli;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Files the tests write: JSON, images of each format. */
final class Fixtures {
    private Fixtures() {
    }

    static Path write(Path dir, String name, String content) {
        try {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            return Files.writeString(p, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path dir, String name, byte[] content) {
        try {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            return Files.write(p, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small real PNG. */
    static byte[] png() {
        try {
            BufferedImage im = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
            im.setRGB(3, 3, 0xff0000);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(im, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The start of a HEIC file: an ISO media box of brand heic. */
    static byte[] heic() {
        byte[] b = new byte[64];
        byte[] head = {0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c'};
        System.arraycopy(head, 0, b, 0, head.length);
        return b;
    }

    /** A file that starts as a PNG but whose body cannot be decoded (the test image detector refuses it). */
    static byte[] corruptPng() {
        byte[] sig = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        byte[] body = "CORRUPT and truncated".getBytes(StandardCharsets.US_ASCII);
        byte[] b = new byte[sig.length + body.length];
        System.arraycopy(sig, 0, b, 0, sig.length);
        System.arraycopy(body, 0, b, sig.length, body.length);
        return b;
    }

    /**
     * A real PNG whose compressed image data is damaged, checksums recomputed so that only decoding can tell: what
     * makes libpng print "IDAT: invalid code" on standard error.
     */
    static byte[] pngWithCorruptImageData() {
        byte[] png = png();
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(png);
        int at = 8;
        while (at < png.length) {
            int length = b.getInt(at);
            String type = new String(png, at + 4, 4, StandardCharsets.US_ASCII);
            if (type.equals("IDAT")) {
                for (int i = at + 8 + 2; i < at + 8 + length - 4; i++) {
                    png[i] = (byte) 0xff; // past the zlib header: invalid deflate codes
                }
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                crc.update(png, at + 4, length + 4);
                b.putInt(at + 8 + length, (int) crc.getValue());
                return png;
            }
            at += 12 + length;
        }
        throw new IllegalStateException("no IDAT chunk");
    }
}
