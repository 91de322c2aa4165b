package org.privacyscreen.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.privacyscreen.PostImage;

/**
 * Reads a post's image files. The format is checked here from the file's first bytes, so an unsupported file
 * (HEIC, GIF, a PDF) is bad input even when no image detector is installed; decoding is the detectors' job.
 */
final class Images {
    static final String ACCEPTED = "accepted formats are JPEG, PNG and WebP";

    private Images() {
    }

    /**
     * The image at {@code ref}, relative to {@code base} unless absolute. {@code where} names the field in
     * messages ("post.json: images[0]").
     */
    static PostImage load(Path base, String ref, String where) {
        Path file;
        try {
            Path p = Path.of(ref);
            file = p.isAbsolute() || base == null ? p : base.resolve(p);
        } catch (InvalidPathException e) {
            throw new BadInputException(where + ": not a valid file path");
        }
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new BadInputException(where + ": " + file + " is a folder, not an image file");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException(where + ": image file not found: " + file);
        } catch (AccessDeniedException e) {
            throw new BadInputException(where + ": image file cannot be read (permission denied): " + file);
        } catch (IOException e) {
            throw new BadInputException(where + ": image file cannot be read (" + e.getClass().getSimpleName()
                    + "): " + file);
        } catch (OutOfMemoryError e) {
            throw new BadInputException(where + ": image file is too large to read: " + file);
        }
        if (bytes.length == 0) {
            throw new BadInputException(where + ": image file is empty: " + file);
        }
        String format = format(bytes);
        if (format == null) {
            throw new BadInputException(where + ": unsupported image format (" + guess(bytes) + "); " + ACCEPTED
                    + ": " + file);
        }
        return PostImage.of(file.getFileName().toString(), bytes);
    }

    /** jpeg, png or webp from the magic bytes; null for anything else. */
    static String format(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return "jpeg";
        }
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
                && b[4] == 0x0D && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
            return "png";
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
                && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return "webp";
        }
        return null;
    }

    /** A name for a format we do not accept, so the message can say what the file seems to be. */
    private static String guess(byte[] b) {
        if (b.length >= 12 && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p') {
            String brand = new String(b, 8, 4, java.nio.charset.StandardCharsets.US_ASCII);
            return brand.startsWith("hei") || brand.startsWith("mif") || brand.startsWith("hev") ? "HEIC/HEIF"
                    : brand.startsWith("avi") ? "AVIF" : "ISO media";
        }
        if (b.length >= 3 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F') {
            return "GIF";
        }
        if (b.length >= 2 && b[0] == 'B' && b[1] == 'M') {
            return "BMP";
        }
        if (b.length >= 4 && ((b[0] == 'I' && b[1] == 'I') || (b[0] == 'M' && b[1] == 'M'))) {
            return "TIFF";
        }
        if (b.length >= 4 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F') {
            return "PDF";
        }
        return "not a recognised image";
    }
}
