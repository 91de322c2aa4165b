package org.privacyscreen.cli;

import java.io.PrintWriter;

/** A one-line progress bar on standard error; silent unless it is a terminal. Used from one thread. */
final class Progress {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final long total;
    private final long started = System.nanoTime();
    private long done;
    private long lastDraw;

    private Progress(PrintWriter err, long total) {
        this.err = err;
        this.total = total;
    }

    /** A bar on {@code err}, or a silent one when {@code err} is null (not a terminal). */
    static Progress start(PrintWriter err, long total) {
        return new Progress(err, total);
    }

    void step() {
        done++;
        long now = System.nanoTime();
        if (err != null && (now - lastDraw > 100_000_000L || done == total)) {
            lastDraw = now;
            draw();
        }
    }

    void finish() {
        if (err != null) {
            draw();
            err.print("\r\u001b[K");
            err.flush();
        }
    }

    private void draw() {
        int filled = total <= 0 ? WIDTH : (int) Math.min(WIDTH, done * WIDTH / total);
        double seconds = (System.nanoTime() - started) / 1e9;
        err.printf(java.util.Locale.ROOT, "\r[%s%s] %d/%d posts, %.1f posts/s", "#".repeat(filled),
                " ".repeat(WIDTH - filled), done, total, seconds > 0 ? done / seconds : 0.0);
        err.flush();
    }
}
