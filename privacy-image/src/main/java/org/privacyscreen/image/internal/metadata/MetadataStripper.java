package org.privacyscreen.image.internal.metadata;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.privacyscreen.image.internal.decode.Header;

/**
 * Removes metadata without touching the pixels: for JPEG every APPn and COM segment but the JFIF header (its
 * thumbnail dropped), the ICC colour profile and Adobe's colour flag, and anything after the end-of-image marker
 * (phones append previews, depth maps and videos there); for PNG every ancillary chunk but those that affect
 * colour. An EXIF orientation other than upright is written back alone, so the photo still displays as screened.
 */
public final class MetadataStripper {
    private static final Set<String> PNG_KEEP = Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM",
            "sRGB", "iCCP", "sBIT", "pHYs", "bKGD");

    private MetadataStripper() {
    }

    /** The stripped file, or empty when this format or file needs a re-encode instead. */
    public static Optional<byte[]> strip(byte[] b, Header h, String label) {
        return switch (h.format()) {
            case JPEG -> Optional.of(jpeg(b, h.orientation(), label));
            case PNG -> h.orientation() == 1 ? Optional.of(png(b)) : Optional.empty();
            case WEBP -> Optional.empty();
        };
    }

    private static byte[] jpeg(byte[] b, int orientation, String label) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.write(0xFF);
        out.write(0xD8);
        if (orientation != 1) {
            byte[] exif = orientationOnly(orientation);
            out.write(0xFF);
            out.write(0xE1);
            out.write((exif.length + 2) >> 8);
            out.write((exif.length + 2) & 0xFF);
            out.write(exif, 0, exif.length);
        }
        int i = 2;
        while (true) {
            while ((b[i] & 0xFF) == 0xFF && (b[i + 1] & 0xFF) == 0xFF) {
                i++;
            }
            int m = b[i + 1] & 0xFF;
            int len = ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
            int end = i + 2 + len;
            if (m == 0xDA) {
                int after = Header.entropy(b, end, label);
                out.write(b, i, after - i);
                return out.toByteArray();
            }
            if (m == 0xE0 && starts(b, i + 4, "JFIF\0") && len >= 16) {
                // the JFIF header without its thumbnail
                byte[] jfif = java.util.Arrays.copyOfRange(b, i, i + 18);
                jfif[2] = 0;
                jfif[3] = 16;
                jfif[16] = 0;
                jfif[17] = 0;
                out.write(jfif, 0, 18);
            } else if ((m == 0xE2 && starts(b, i + 4, "ICC_PROFILE\0")) || (m == 0xEE && starts(b, i + 4, "Adobe"))
                    || !(m >= 0xE0 && m <= 0xEF || m == 0xFE)) {
                out.write(b, i, end - i);
            }
            i = end;
        }
    }

    private static boolean starts(byte[] b, int at, String s) {
        byte[] p = s.getBytes(StandardCharsets.ISO_8859_1);
        if (at + p.length > b.length) {
            return false;
        }
        for (int k = 0; k < p.length; k++) {
            if (b[at + k] != p[k]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] png(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.write(b, 0, 8);
        int i = 8;
        while (i + 8 <= b.length) {
            int len = ((b[i] & 0xFF) << 24) | ((b[i + 1] & 0xFF) << 16) | ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
            String type = new String(b, i + 4, 4, StandardCharsets.ISO_8859_1);
            int end = i + 12 + len;
            if (len < 0 || end > b.length) {
                break;
            }
            if (PNG_KEEP.contains(type)) {
                out.write(b, i, end - i);
            }
            i = end;
            if (type.equals("IEND")) {
                break;
            }
        }
        return out.toByteArray();
    }

    /** "Exif\0\0" and a big-endian TIFF block holding one IFD0 entry: the orientation. */
    private static byte[] orientationOnly(int orientation) {
        return new byte[] {'E', 'x', 'i', 'f', 0, 0, 'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0,
            1, 0, (byte) orientation, 0, 0, 0, 0, 0, 0};
    }
}
