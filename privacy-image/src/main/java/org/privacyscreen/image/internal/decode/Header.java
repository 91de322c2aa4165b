package org.privacyscreen.image.internal.decode;

import java.io.ByteArrayInputStream;
import java.util.Optional;
import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import org.privacyscreen.ErrorCode;
import org.privacyscreen.ImageFormat;
import org.privacyscreen.PrivacyScreenException;

/**
 * What an image's header says before any pixel is decoded: its format, its stored size, whether the file is
 * complete, its EXIF orientation and its metadata. Refuses unsupported, truncated and oversized files.
 *
 * @param format        the encoded format
 * @param storedWidth   width as stored (before orientation)
 * @param storedHeight  height as stored
 * @param orientation   EXIF orientation 1..8 (1 when absent)
 * @param metadata      what metadata-extractor read; empty when it could not read any
 */
public record Header(ImageFormat format, int storedWidth, int storedHeight, int orientation,
                     Optional<Metadata> metadata) {

    /** Whether width and height swap when displayed (orientations 5 to 8 turn the photo a quarter). */
    public boolean quarterTurn() {
        return orientation >= 5 && orientation <= 8;
    }

    /** Width as displayed. */
    public int width() {
        return quarterTurn() ? storedHeight : storedWidth;
    }

    /** Height as displayed. */
    public int height() {
        return quarterTurn() ? storedWidth : storedHeight;
    }

    /**
     * Reads the header of {@code bytes}; {@code label} names the image in messages ("images[0] (a.jpg)").
     *
     * @throws PrivacyScreenException IMAGE_UNSUPPORTED, IMAGE_INVALID or IMAGE_TOO_LARGE
     */
    public static Header read(byte[] bytes, String label, long maxPixels) {
        ImageFormat format = ImageFormat.sniff(bytes).orElseThrow(() -> new PrivacyScreenException(
                ErrorCode.IMAGE_UNSUPPORTED, label + ": " + ImageFormat.describeOther(bytes)
                + " is not accepted; images must be " + ImageFormat.ACCEPTED));
        int[] size;
        try {
            size = switch (format) {
                case JPEG -> jpeg(bytes, label);
                case PNG -> png(bytes, label);
                case WEBP -> webp(bytes, label);
            };
        } catch (IndexOutOfBoundsException e) {
            throw invalid(label, "the header is cut short");
        }
        if (size[0] <= 0 || size[1] <= 0) {
            throw invalid(label, "the header gives no size");
        }
        long pixels = (long) size[0] * size[1];
        if (pixels > maxPixels) {
            throw new PrivacyScreenException(ErrorCode.IMAGE_TOO_LARGE, label + ": " + size[0] + "x" + size[1]
                    + " is " + pixels + " pixels, over the limit of " + maxPixels);
        }
        Optional<Metadata> metadata = readMetadata(bytes);
        int orientation = metadata.map(Header::orientation).orElse(1);
        return new Header(format, size[0], size[1], orientation, metadata);
    }

    private static Optional<Metadata> readMetadata(byte[] bytes) {
        try {
            return Optional.of(ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length));
        } catch (Exception | StackOverflowError e) {
            // metadata is optional; the pixels were already checked, and the metadata detector reports this itself
            return Optional.empty();
        }
    }

    private static int orientation(Metadata m) {
        for (ExifIFD0Directory d : m.getDirectoriesOfType(ExifIFD0Directory.class)) {
            Integer o = d.getInteger(ExifIFD0Directory.TAG_ORIENTATION);
            if (o != null && o >= 1 && o <= 8) {
                return o;
            }
        }
        return 1;
    }

    static PrivacyScreenException invalid(String label, String why) {
        return new PrivacyScreenException(ErrorCode.IMAGE_INVALID, label + ": cannot be decoded: " + why);
    }

    private static int u16be(byte[] b, int i) {
        return ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF);
    }

    private static int u16le(byte[] b, int i) {
        return (b[i] & 0xFF) | ((b[i + 1] & 0xFF) << 8);
    }

    private static long u32le(byte[] b, int i) {
        return (b[i] & 0xFFL) | ((b[i + 1] & 0xFFL) << 8) | ((b[i + 2] & 0xFFL) << 16) | ((b[i + 3] & 0xFFL) << 24);
    }

    private static long u32be(byte[] b, int i) {
        return ((b[i] & 0xFFL) << 24) | ((b[i + 1] & 0xFFL) << 16) | ((b[i + 2] & 0xFFL) << 8) | (b[i + 3] & 0xFFL);
    }

    /** Walks the markers to the first frame header, then checks that an end-of-image marker follows the scan. */
    private static int[] jpeg(byte[] b, String label) {
        int i = 2;
        int[] size = null;
        while (true) {
            if ((b[i] & 0xFF) != 0xFF) {
                throw invalid(label, "a JPEG marker is missing");
            }
            while ((b[i] & 0xFF) == 0xFF) {
                i++;
            }
            int m = b[i] & 0xFF;
            i++;
            if (m == 0xD8 || m == 0x01 || (m >= 0xD0 && m <= 0xD7)) {
                continue;
            }
            if (m == 0xD9) {
                throw invalid(label, "the JPEG ends before any image data");
            }
            int len = u16be(b, i);
            if (len < 2) {
                throw invalid(label, "a JPEG segment has a bad length");
            }
            boolean sof = m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC;
            if (sof && size == null) {
                size = new int[] {u16be(b, i + 5), u16be(b, i + 3)};
            }
            if (m == 0xDA) {
                if (size == null) {
                    throw invalid(label, "the JPEG has no frame header");
                }
                entropy(b, i + len, label);
                return size;
            }
            i += len;
        }
    }

    /**
     * Checks the entropy-coded data from {@code i} to the end-of-image marker: inside it every FF byte must be
     * stuffed (FF 00), a restart marker, or start a segment that progressive files put between scans. A file cut
     * short has no end marker; a corrupt one has stray markers. libjpeg would only warn on both and half-decode.
     */
    public static int entropy(byte[] b, int i, String label) {
        int n = b.length;
        while (i < n - 1) {
            if ((b[i] & 0xFF) != 0xFF) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && (b[j] & 0xFF) == 0xFF) {
                j++;
            }
            if (j >= n) {
                break;
            }
            int m = b[j] & 0xFF;
            if (m == 0x00 || (m >= 0xD0 && m <= 0xD7)) {
                i = j + 1;
            } else if (m == 0xD9) {
                return j + 1;
            } else if (m == 0xC4 || m == 0xDA || m == 0xDB || m == 0xDD || m == 0xFE || (m >= 0xE0 && m <= 0xEF)
                    || m == 0xCC) {
                int len = u16be(b, j + 1);
                if (len < 2) {
                    throw invalid(label, "a JPEG segment has a bad length");
                }
                i = j + 1 + len;
            } else {
                throw invalid(label, "the JPEG data is corrupt (a stray marker in the image data)");
            }
        }
        throw invalid(label, "the JPEG is truncated (no end-of-image marker)");
    }

    private static int[] png(byte[] b, String label) {
        if (b[12] != 'I' || b[13] != 'H' || b[14] != 'D' || b[15] != 'R') {
            throw invalid(label, "the PNG has no IHDR chunk");
        }
        long w = u32be(b, 16);
        long h = u32be(b, 20);
        if (w > Integer.MAX_VALUE || h > Integer.MAX_VALUE) {
            throw invalid(label, "the PNG gives an impossible size");
        }
        for (int j = b.length - 8; j >= 33; j--) {
            if (b[j] == 'I' && b[j + 1] == 'E' && b[j + 2] == 'N' && b[j + 3] == 'D') {
                return new int[] {(int) w, (int) h};
            }
        }
        throw invalid(label, "the PNG is truncated (no IEND chunk)");
    }

    private static int[] webp(byte[] b, String label) {
        long riff = u32le(b, 4);
        if (riff + 8 > b.length) {
            throw invalid(label, "the WebP is truncated");
        }
        String chunk = new String(b, 12, 4, java.nio.charset.StandardCharsets.US_ASCII);
        return switch (chunk) {
            case "VP8 " -> {
                if ((b[23] & 0xFF) != 0x9D || (b[24] & 0xFF) != 0x01 || (b[25] & 0xFF) != 0x2A) {
                    throw invalid(label, "the WebP frame has a bad start code");
                }
                yield new int[] {u16le(b, 26) & 0x3FFF, u16le(b, 28) & 0x3FFF};
            }
            case "VP8L" -> {
                if ((b[20] & 0xFF) != 0x2F) {
                    throw invalid(label, "the lossless WebP has a bad signature");
                }
                long bits = u32le(b, 21);
                yield new int[] {(int) (bits & 0x3FFF) + 1, (int) ((bits >> 14) & 0x3FFF) + 1};
            }
            case "VP8X" -> new int[] {(int) (u32le(b, 24) & 0xFFFFFF) + 1, (int) (u32le(b, 27) & 0xFFFFFF) + 1};
            default -> throw invalid(label, "the WebP has no image chunk");
        };
    }
}
