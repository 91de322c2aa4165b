package org.privacyscreen.server.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * The lines of an NDJSON body, read as they arrive, each at most {@code maxLine} bytes; the body as a whole at most
 * {@code maxBody}. A line that is too long is skipped to its end and reported, so that the lines after it go on.
 * Not thread-safe.
 */
public final class NdjsonLines {
    /** One line: its bytes, or {@code tooLong} when it was skipped. */
    public record Line(int number, byte[] bytes, boolean tooLong) {
    }

    private final InputStream in;
    private final int maxLine;
    private final long maxBody;
    private long read;
    private int number;
    private boolean ended;

    public NdjsonLines(InputStream in, int maxLine, long maxBody) {
        this.in = in;
        this.maxLine = maxLine;
        this.maxBody = maxBody;
    }

    /** The next line that is not blank; empty at the end of the body. */
    public Optional<Line> next() throws IOException {
        while (!ended) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            boolean tooLong = false;
            boolean blank = true;
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                if (++read > maxBody) {
                    throw Bodies.tooLarge(maxBody);
                }
                if (line.size() >= maxLine) {
                    tooLong = true;
                    continue;
                }
                if (b != '\r' && b != ' ' && b != '\t') {
                    blank = false;
                }
                line.write(b);
            }
            if (b == -1) {
                ended = true;
            } else {
                read++;
            }
            number++;
            if (tooLong || !blank) {
                return Optional.of(new Line(number, tooLong ? new byte[0] : line.toByteArray(), tooLong));
            }
        }
        return Optional.empty();
    }
}
