package org.privacyscreen.cli;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An output file written beside its target and moved into place only on {@link #commit()}: a run that fails leaves
 * no half-written file, and an earlier file of that name stays as it was.
 */
final class AtomicOutput implements Closeable {
    private final Path target;
    private final Path temporary;
    private final BufferedWriter writer;
    private boolean committed;

    private AtomicOutput(Path target, Path temporary) throws IOException {
        this.target = target;
        this.temporary = temporary;
        this.writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
    }

    /** Checks that {@code out} can be written (its folder exists, it is not a folder) and opens the temporary file. */
    static AtomicOutput open(Path out, String flag) throws IOException {
        Path abs = out.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new BadInputException(flag + " " + out + ": folder not found: " + dir);
        }
        if (Files.isDirectory(abs)) {
            throw new BadInputException(flag + " " + out + ": is a folder, not a file");
        }
        return new AtomicOutput(abs, Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp"));
    }

    /** Checks that {@code in} is a file to read. */
    static void requireFile(Path in, String flag) {
        if (!Files.isRegularFile(in)) {
            throw new BadInputException(flag + " " + in + ": " + (Files.isDirectory(in) ? "is a folder, not a file"
                    : "file not found"));
        }
    }

    BufferedWriter writer() {
        return writer;
    }

    /** Moves the finished file into place. */
    void commit() throws IOException {
        writer.close();
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    /** Drops the temporary file unless committed. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            writer.close();
            Files.deleteIfExists(temporary);
        }
    }
}
