package org.privacyscreen.json.internal;

import org.privacyscreen.json.JsonInputException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.privacyscreen.ErrorCode;
import org.privacyscreen.ImageFormat;
import org.privacyscreen.PostImage;

/**
 * Reads a post's image files. The format is checked here from the file's first bytes, so an unsupported file
 * (HEIC, GIF, a PDF) is bad input even when no image detector is installed; decoding is the detectors' job.
 */
public final class ImageFiles {
    private ImageFiles() {
    }

    /**
     * The image at {@code ref}, relative to {@code base} unless absolute. {@code where} names the field in
     * messages ("post.json: images[0]").
     */
    public static PostImage load(Path base, String ref, String where) {
        if (ref.isBlank()) {
            throw new JsonInputException(where + ": must not be blank");
        }
        Path file;
        try {
            Path p = Path.of(ref);
            file = p.isAbsolute() || base == null ? p : base.resolve(p);
        } catch (InvalidPathException e) {
            throw new JsonInputException(where + ": not a valid file path");
        }
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new JsonInputException(where + ": " + file + " is a folder, not an image file");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new JsonInputException(where + ": image file not found: " + file);
        } catch (AccessDeniedException e) {
            throw new JsonInputException(where + ": image file cannot be read (permission denied): " + file);
        } catch (IOException e) {
            throw new JsonInputException(where + ": image file cannot be read (" + e.getClass().getSimpleName()
                    + "): " + file);
        } catch (OutOfMemoryError e) {
            throw new JsonInputException(where + ": image file is too large to read: " + file);
        }
        return checked(file.getFileName().toString(), bytes, where + ": " + file);
    }

    /**
     * The image {@code name} with {@code bytes}, once its first bytes show JPEG, PNG or WebP; {@code where} ends
     * the messages ("post.json: images[0]: a.heic").
     */
    public static PostImage checked(String name, byte[] bytes, String where) {
        if (bytes.length == 0) {
            throw new JsonInputException(where + ": image is empty");
        }
        Optional<ImageFormat> format = ImageFormat.sniff(bytes);
        if (format.isEmpty()) {
            throw new JsonInputException(ErrorCode.IMAGE_UNSUPPORTED, where + ": unsupported image format ("
                    + ImageFormat.describeOther(bytes) + "); " + ImageFormat.ACCEPTED_FORMATS);
        }
        if (format.get() == ImageFormat.PNG) {
            PngCheck.problem(bytes).ifPresent(p -> {
                throw new JsonInputException(ErrorCode.IMAGE_INVALID, where + ": cannot be decoded: " + p);
            });
        }
        return PostImage.of(name, bytes);
    }
}
