package org.privacyscreen.json.internal;

import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads a PNG's structure in Java before a native decoder sees it: every chunk's checksum, the header, and the
 * compressed image data, inflated to the exact size the header implies. libpng prints its own line on standard error
 * for a damaged file ("libpng error: IDAT: invalid code") before our message; refusing such a file here keeps the
 * user's terminal to the one line the contract promises. Costs one pass of CRC-32 and inflation, a fraction of
 * decoding.
 */
public final class PngCheck {
    private static final int HEADER = 13;

    private PngCheck() {
    }

    /** What is wrong with {@code png} (a file that starts with the PNG signature), or empty when it reads whole. */
    public static Optional<String> problem(byte[] png) {
        ByteBuffer b = ByteBuffer.wrap(png);
        int at = 8;
        long expected = -1;
        Inflater inflater = new Inflater();
        long inflated = 0;
        byte[] scratch = new byte[1 << 16];
        try {
            boolean seenData = false;
            while (true) {
                if (at + 12 > png.length) {
                    return Optional.of("the file is truncated (it ends before its last chunk)");
                }
                long length = Integer.toUnsignedLong(b.getInt(at));
                if (length > png.length - at - 12L) {
                    return Optional.of("the file is truncated (a chunk runs past its end)");
                }
                String type = new String(png, at + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
                CRC32 crc = new CRC32();
                crc.update(png, at + 4, (int) length + 4);
                if ((int) crc.getValue() != b.getInt(at + 8 + (int) length)) {
                    return Optional.of("the file is damaged (a " + printable(type) + " chunk fails its checksum)");
                }
                int data = at + 8;
                if (at == 8) {
                    if (!type.equals("IHDR") || length != HEADER) {
                        return Optional.of("the file does not start with a PNG header");
                    }
                    expected = imageBytes(b, data);
                    if (expected < 0) {
                        return Optional.of("the PNG header is invalid");
                    }
                } else if (type.equals("IDAT")) {
                    seenData = true;
                    inflater.setInput(png, data, (int) length);
                    while (!inflater.needsInput() && !inflater.finished()) {
                        int n = inflater.inflate(scratch);
                        inflated += n;
                        if (inflated > expected) {
                            return Optional.of("the image data is longer than the image");
                        }
                        if (n == 0 && !inflater.finished() && (inflater.needsDictionary() || !inflater.needsInput())) {
                            return Optional.of("the image data is corrupt");
                        }
                    }
                } else if (type.equals("IEND")) {
                    if (!seenData) {
                        return Optional.of("the file holds no image data");
                    }
                    if (!inflater.finished() || inflated != expected) {
                        return Optional.of("the image data is shorter than the image");
                    }
                    return Optional.empty();
                }
                at = data + (int) length + 4;
            }
        } catch (DataFormatException e) {
            return Optional.of("the image data is corrupt");
        } finally {
            inflater.end();
        }
    }

    /** The filtered image's size in bytes from the IHDR at {@code at}, or -1 when the header is invalid. */
    private static long imageBytes(ByteBuffer b, int at) {
        long width = Integer.toUnsignedLong(b.getInt(at));
        long height = Integer.toUnsignedLong(b.getInt(at + 4));
        int depth = b.get(at + 8);
        int colour = b.get(at + 9);
        int interlace = b.get(at + 12);
        int channels = switch (colour) {
            case 0, 3 -> 1;
            case 2 -> 3;
            case 4 -> 2;
            case 6 -> 4;
            default -> -1;
        };
        if (width == 0 || height == 0 || channels < 0 || !(depth == 1 || depth == 2 || depth == 4 || depth == 8
                || depth == 16) || interlace > 1) {
            return -1;
        }
        int bits = depth * channels;
        if (interlace == 0) {
            return height * (1 + (width * bits + 7) / 8);
        }
        // Adam7: seven passes over sub-grids, each row with its own filter byte; an empty pass has no rows
        int[][] passes = {{0, 0, 8, 8}, {4, 0, 8, 8}, {0, 4, 4, 8}, {2, 0, 4, 4}, {0, 2, 2, 4}, {1, 0, 2, 2},
                {0, 1, 1, 2}};
        long total = 0;
        for (int[] p : passes) {
            long cols = width > p[0] ? (width - p[0] + p[2] - 1) / p[2] : 0;
            long rows = height > p[1] ? (height - p[1] + p[3] - 1) / p[3] : 0;
            if (cols > 0 && rows > 0) {
                total += rows * (1 + (cols * bits + 7) / 8);
            }
        }
        return total;
    }

    /** A chunk type as letters, or "unnamed" when it is not (a damaged file's bytes are not shown). */
    private static String printable(String type) {
        return type.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) ? type : "unnamed";
    }
}
