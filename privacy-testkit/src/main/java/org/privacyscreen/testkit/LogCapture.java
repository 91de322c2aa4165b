package org.privacyscreen.testkit;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;

/**
 * Captures what code writes while it runs: {@code System.out}, {@code System.err} (where slf4j-simple, Logback's
 * console appender and {@link TestSlf4jProvider} write) and {@code java.util.logging}. The output still reaches the
 * original streams. Log files are not captured: run the contract with {@link TestSlf4jProvider}.
 *
 * <p>Captures are global (the JVM has one {@code System.err}): do not run two at once.
 */
public final class LogCapture {
    private LogCapture() {
    }

    /**
     * What was written while {@code task} ran, with the task's result or failure.
     *
     * @param output everything written, in order of arrival
     * @param result what the task returned; null when it threw
     * @param failure what the task threw; null when it returned
     * @param <T> the task's result type
     */
    public record Captured<T>(String output, T result, Throwable failure) {
        /** Wraps the parts; {@code output} must not be null. */
        public Captured {
            Objects.requireNonNull(output, "output");
        }
    }

    /** Runs {@code task} on this thread and returns what was written meanwhile, from any thread. */
    public static <T> Captured<T> during(Callable<T> task) {
        Objects.requireNonNull(task, "task");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = System.out;
        PrintStream err = System.err;
        Charset charset = Charset.defaultCharset();
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        Handler jul = new Handler() {
            private final SimpleFormatter format = new SimpleFormatter();

            @Override
            public void publish(LogRecord record) {
                byte[] line = (record.getLevel() + " " + record.getLoggerName() + " " + format.formatMessage(record)
                        + (record.getThrown() != null ? " " + record.getThrown() : "") + System.lineSeparator())
                        .getBytes(charset);
                bytes.write(line, 0, line.length);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        jul.setLevel(java.util.logging.Level.ALL);
        System.setOut(new PrintStream(new Tee(out, bytes), true, charset));
        System.setErr(new PrintStream(new Tee(err, bytes), true, charset));
        java.util.logging.Level rootLevel = root.getLevel();
        root.setLevel(java.util.logging.Level.ALL); // so that fine-grained records reach the capture too
        root.addHandler(jul);
        T result = null;
        Throwable failure = null;
        try {
            result = task.call();
        } catch (Exception | Error e) {
            failure = e;
        } finally {
            System.out.flush();
            System.err.flush();
            root.removeHandler(jul);
            root.setLevel(rootLevel);
            System.setOut(out);
            System.setErr(err);
        }
        return new Captured<>(bytes.toString(charset), result, failure);
    }

    /** Writes to the original stream and to the capture. */
    private static final class Tee extends OutputStream {
        private final OutputStream original;
        private final ByteArrayOutputStream copy;

        Tee(OutputStream original, ByteArrayOutputStream copy) {
            this.original = original;
            this.copy = copy;
        }

        @Override
        public void write(int b) {
            copy.write(b);
            try {
                original.write(b);
            } catch (java.io.IOException e) {
                // the capture is what matters; the original stream's trouble is not the detector's
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            copy.write(b, off, len);
            try {
                original.write(b, off, len);
            } catch (java.io.IOException e) {
                // as above
            }
        }

        @Override
        public void flush() {
            try {
                original.flush();
            } catch (java.io.IOException e) {
                // as above
            }
        }
    }
}
