package org.privacyscreen.corpus;

import java.util.Locale;
import java.util.Map;

/**
 * Prints the corpus table: {@code ./mvnw -q -pl privacy-corpus test-compile exec:java}. With {@code --floors} it
 * prints instead the floors today's figures support (each figure less {@link #MARGIN}), in the shape of
 * {@code floors.properties}.
 */
public final class CorpusReport {
    /** How far below today's figure a floor sits: room for a post or two, not for a regression. */
    static final double MARGIN = 0.03;

    private CorpusReport() {
    }

    public static void main(String[] args) {
        Corpus corpus = Corpus.load();
        CorpusRun run = CorpusRun.of(corpus);
        Scores scores = new Scores(run.outcomes());
        if (args.length > 0 && args[0].equals("--floors")) {
            System.out.print(floors(scores));
            return;
        }
        System.out.print(scores.render());
        System.out.printf(Locale.ROOT, "%nScreened %d posts of %d practices in %.1f s (wall time, one thread).%n",
                run.outcomes().size(), corpus.practices().size(), run.screenNanos() / 1e9);
    }

    /** Floors for the figures measured now, rounded down to the percent, less the margin. */
    static String floors(Scores scores) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Double> e : scores.metrics().entrySet()) {
            if (e.getKey().startsWith("theme.")) {
                continue;
            }
            // 1e-9: 0.5 - 0.03 is 0.46999..., which must still floor to 0.47
            double floor = Math.max(0, Math.floor((e.getValue() - MARGIN) * 100 + 1e-9) / 100);
            sb.append(String.format(Locale.ROOT, "%s=%.2f%n", e.getKey(), floor));
        }
        return sb.toString();
    }
}
