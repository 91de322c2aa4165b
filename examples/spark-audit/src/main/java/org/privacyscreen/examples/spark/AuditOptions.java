package org.privacyscreen.examples.spark;

import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The job's arguments: {@code --master M --published FILE --context FILE|DIR --at TIME --out DIR}.
 *
 * @param master    Spark's master URL ({@code local[2]}); empty when spark-submit sets it
 * @param published JSON lines (one Post JSON a line) or Parquet with the same fields; a {@code practice} column
 *                  names the practice when {@code context} is a folder
 * @param context   a context JSON file, or a folder of them named {@code <practice>.json}
 * @param at        when to judge consent
 * @param out       where {@code takedown/} (JSON lines) and {@code summary/} (Parquet) go
 */
record AuditOptions(String master, String published, String context, Instant at, String out)
        implements Serializable {
    static final String USAGE = "usage: spark-audit [--master URL] --published FILE --context FILE|DIR"
            + " [--at TIME] --out DIR";

    AuditOptions {
        Objects.requireNonNull(master, "master");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(out, "out");
    }

    /** Reads the arguments; a mistake is an {@link IllegalArgumentException} whose message is the one line to show. */
    static AuditOptions parse(String[] args) {
        String master = "";
        String published = null;
        String context = null;
        Instant at = Instant.now();
        String out = null;
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String flag = rest.remove(0);
            if (rest.isEmpty()) {
                throw new IllegalArgumentException(flag.startsWith("--") ? flag + ": needs a value" : USAGE);
            }
            String value = rest.remove(0);
            switch (flag) {
                case "--master" -> master = value;
                case "--published" -> published = value;
                case "--context" -> context = value;
                case "--out" -> out = value;
                case "--at" -> {
                    try {
                        at = java.time.OffsetDateTime.parse(value).toInstant();
                    } catch (DateTimeParseException e) {
                        throw new IllegalArgumentException("--at: not a time such as 2026-12-01T09:00:00Z");
                    }
                }
                default -> throw new IllegalArgumentException("unknown option " + flag + "; " + USAGE);
            }
        }
        if (published == null || context == null || out == null) {
            throw new IllegalArgumentException(USAGE);
        }
        return new AuditOptions(master, published, context, at, out);
    }
}
