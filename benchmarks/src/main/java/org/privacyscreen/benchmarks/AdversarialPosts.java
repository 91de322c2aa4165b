package org.privacyscreen.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes {@link AdversarialBenchmark}'s 100,000-character inputs as Post JSON lines, to screen the same inputs
 * through {@code privacy-screen batch}:
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar org.privacyscreen.benchmarks.AdversarialPosts adversarial.jsonl
 * java -jar examples/cli/target/privacy-screen.jar batch --in adversarial.jsonl --out reports.jsonl
 * }</pre>
 */
public final class AdversarialPosts {
    private AdversarialPosts() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "adversarial.jsonl");
        String[] kinds;
        try {
            kinds = AdversarialBenchmark.class.getField("input").getAnnotation(
                    org.openjdk.jmh.annotations.Param.class).value();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("AdversarialBenchmark has no input parameter", e);
        }
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (String kind : kinds) {
                w.write("{\"id\": \"adversarial-" + kind + "\", \"text\": \""
                        + escape(AdversarialBenchmark.text(kind, AdversarialBenchmark.LENGTH))
                        + "\", \"channel\": \"instagram\", \"author\": {\"id\": \"s-1\", \"account\": \"personal\"},"
                        + " \"createdAt\": \"2026-11-21T10:00:00Z\"}");
                w.newLine();
            }
        }
    }

    /** JSON string escaping: quotes, backslashes, and every character outside printable ASCII as \\uXXXX. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
