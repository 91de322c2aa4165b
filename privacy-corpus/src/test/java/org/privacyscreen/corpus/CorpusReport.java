package org.privacyscreen.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the table of each labelled set, the tuning corpus first and then the holdouts:
 * {@code ./mvnw -q -pl privacy-corpus test-compile exec:java}. {@code --set corpus}, {@code --set holdout} or
 * {@code --set holdout2} picks one. With {@code --floors} it prints instead the floors today's figures support (each
 * figure less
 * {@link #MARGIN}), in the shape of that set's floors file.
 */
public final class CorpusReport {
    /** How far below today's figure a floor sits: room for a post or two, not for a regression. */
    static final double MARGIN = 0.03;

    private CorpusReport() {
    }

    public static void main(String[] args) {
        List<LabelledSet> sets = new ArrayList<>(List.of(LabelledSet.values()));
        boolean floors = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--floors" -> floors = true;
                case "--set" -> {
                    if (i + 1 == args.length) {
                        throw new IllegalArgumentException("--set needs a value: corpus, holdout or holdout2");
                    }
                    sets = List.of(LabelledSet.named(args[++i]));
                }
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + " (usage: [--set corpus|holdout|holdout2] [--floors])");
            }
        }
        for (LabelledSet set : sets) {
            Corpus corpus = Corpus.load(set);
            CorpusRun run = CorpusRun.of(corpus);
            Scores scores = new Scores(run.outcomes());
            if (floors) {
                System.out.printf(Locale.ROOT, "# %s%n%s%n", set.floors(), floors(scores));
                continue;
            }
            System.out.printf(Locale.ROOT, "## %s/%n%n", set.dir());
            System.out.print(scores.render());
            System.out.printf(Locale.ROOT, "%nScreened %d posts of %d practices in %.1f s (wall time, one thread).%n%n",
                    run.outcomes().size(), corpus.practices().size(), run.screenNanos() / 1e9);
        }
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
