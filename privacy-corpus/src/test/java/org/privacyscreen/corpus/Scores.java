package org.privacyscreen.corpus;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.privacyscreen.FindingType;
import org.privacyscreen.Verdict;

/**
 * The corpus run's figures. Per post and type: a labelled type found at MEDIUM+ is a true positive, a labelled type
 * not found a false negative, a type found at MEDIUM+ that is neither labelled nor allowed a false positive.
 */
final class Scores {
    private final List<Outcome> outcomes;
    private final Map<FindingType, int[]> perType = new EnumMap<>(FindingType.class); // tp, fn, fp
    private final int[][] confusion = new int[3][3]; // [expected][got]
    private final Map<String, int[]> perTheme = new TreeMap<>(); // right, total
    private final Map<String, int[]> perCountry = new TreeMap<>();
    private int right;

    Scores(List<Outcome> outcomes) {
        this.outcomes = List.copyOf(outcomes);
        for (Outcome o : outcomes) {
            o.post().expect().types().forEach(t -> counts(t)[o.found().contains(t) ? 0 : 1]++);
            o.unexpected().forEach(t -> counts(t)[2]++);
            confusion[o.post().expect().verdict().ordinal()][o.got().ordinal()]++;
            int hit = o.verdictRight() ? 1 : 0;
            right += hit;
            tally(perTheme, o.post().theme(), hit);
            tally(perCountry, o.post().country(), hit);
        }
    }

    private int[] counts(FindingType t) {
        return perType.computeIfAbsent(t, k -> new int[3]);
    }

    private static void tally(Map<String, int[]> map, String key, int hit) {
        int[] c = map.computeIfAbsent(key, k -> new int[2]);
        c[0] += hit;
        c[1]++;
    }

    double verdictAccuracy() {
        return outcomes.isEmpty() ? 0 : (double) right / outcomes.size();
    }

    OptionalDouble precision(FindingType t) {
        int[] c = perType.getOrDefault(t, new int[3]);
        return c[0] + c[2] == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) c[0] / (c[0] + c[2]));
    }

    OptionalDouble recall(FindingType t) {
        int[] c = perType.getOrDefault(t, new int[3]);
        return c[0] + c[1] == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) c[0] / (c[0] + c[1]));
    }

    /** Types some post is labelled with. */
    List<FindingType> labelledTypes() {
        return perType.entrySet().stream().filter(e -> e.getValue()[0] + e.getValue()[1] > 0).map(Map.Entry::getKey)
                .toList();
    }

    /**
     * Every figure a floor may name: {@code verdict.accuracy}, {@code precision.<TYPE>}, {@code recall.<TYPE>},
     * {@code theme.<theme>}.
     */
    Map<String, Double> metrics() {
        Map<String, Double> m = new TreeMap<>();
        m.put("verdict.accuracy", verdictAccuracy());
        for (FindingType t : perType.keySet()) {
            precision(t).ifPresent(v -> m.put("precision." + t, v));
            recall(t).ifPresent(v -> m.put("recall." + t, v));
        }
        perTheme.forEach((k, c) -> m.put("theme." + k, (double) c[0] / c[1]));
        return m;
    }

    /** The report as Markdown: the tables README.md quotes, then the misses. */
    String render() {
        StringBuilder sb = new StringBuilder();
        long allow = outcomes.stream().filter(o -> o.post().expect().verdict() == Verdict.ALLOW).count();
        sb.append(String.format(Locale.ROOT, "%d posts (%d labelled ALLOW, %.0f%%), verdict accuracy %s (%d/%d)%n%n",
                outcomes.size(), allow, 100.0 * allow / Math.max(1, outcomes.size()), pct(verdictAccuracy()), right,
                outcomes.size()));
        sb.append("| type | TP | FN | FP | precision | recall |\n| --- | ---: | ---: | ---: | ---: | ---: |\n");
        perType.forEach((t, c) -> sb.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %s | %s |%n", t, c[0],
                c[1], c[2], pct(precision(t)), pct(recall(t)))));
        sb.append("\n| expected \\ got | ALLOW | REVIEW | BLOCK |\n| --- | ---: | ---: | ---: |\n");
        for (Verdict e : Verdict.values()) {
            sb.append(String.format(Locale.ROOT, "| %s | %d | %d | %d |%n", e, confusion[e.ordinal()][0],
                    confusion[e.ordinal()][1], confusion[e.ordinal()][2]));
        }
        sb.append("\n| theme | verdicts right | accuracy |\n| --- | ---: | ---: |\n");
        perTheme.forEach((k, c) -> sb.append(String.format(Locale.ROOT, "| %s | %d/%d | %s |%n", k, c[0], c[1],
                pct((double) c[0] / c[1]))));
        sb.append("\n| country | verdicts right | accuracy |\n| --- | ---: | ---: |\n");
        perCountry.forEach((k, c) -> sb.append(String.format(Locale.ROOT, "| %s | %d/%d | %s |%n", k, c[0], c[1],
                pct((double) c[0] / c[1]))));
        sb.append("\nMisses (expected -> got; missing types; unexpected types):\n\n");
        for (String line : misses()) {
            sb.append("    ").append(line).append('\n');
        }
        return sb.toString();
    }

    /** One line per post that is not clean, by id. */
    List<String> misses() {
        List<String> out = new ArrayList<>();
        for (Outcome o : outcomes) {
            if (!o.clean()) {
                out.add(String.format(Locale.ROOT, "%-14s %-22s %s -> %s%s%s", o.post().id(), o.post().theme(),
                        o.post().expect().verdict(), o.got(),
                        o.missing().isEmpty() ? "" : "; missing " + names(o.missing()),
                        o.unexpected().isEmpty() ? "" : "; unexpected " + names(o.unexpected())));
            }
        }
        return out;
    }

    private static String names(java.util.Set<FindingType> types) {
        return types.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static String pct(OptionalDouble v) {
        return v.isPresent() ? pct(v.getAsDouble()) : "n/a";
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * v);
    }
}
