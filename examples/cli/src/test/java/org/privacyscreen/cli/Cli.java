package org.privacyscreen.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.StringWriter;
import java.util.function.Consumer;
import org.privacyscreen.Screener;

/** Runs the command in-process with captured output. */
final class Cli {
    /** What one run gave. */
    record Run(int code, String out, String err) {
        /** Standard error's lines. */
        java.util.List<String> errLines() {
            return err.lines().toList();
        }
    }

    /** Only the test detectors: no discovery, so the real modules' detectors do not change the outcome. */
    static final Consumer<Screener.Builder> TEST_DETECTORS = b -> b.discover(false).provider(new TestDetectors());

    private Cli() {
    }

    static Run run(String... args) {
        return run(TEST_DETECTORS, args);
    }

    static Run run(Consumer<Screener.Builder> setup, String... args) {
        return runWithInput(setup, "", args);
    }

    /** With {@code stdin} as standard input. */
    static Run runWithInput(Consumer<Screener.Builder> setup, String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        int code = Main.commandLine(new Main(setup, in), new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** With discovery as shipped: whatever providers the class path and --plugins hold. */
    static Run runDiscovering(String... args) {
        return run(b -> { }, args);
    }
}
