package org.privacyscreen.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.privacyscreen.FindingType;

/**
 * Screens each labelled set once and holds every figure to its floor: the tuning corpus to {@code floors.properties},
 * the holdout to {@code holdout-floors.properties}, the second holdout to {@code holdout2-floors.properties}. Raise
 * a floor when a detector gets better; lowering one needs a reason in the commit message. Each run writes {@code target/<set>-report.md} with the table and the misses.
 */
class CorpusFloorTest {
    private static final Map<LabelledSet, Scores> SCORES = new EnumMap<>(LabelledSet.class);

    private static synchronized Scores scores(LabelledSet set) {
        return SCORES.computeIfAbsent(set, s -> {
            Scores scores = new Scores(CorpusRun.of(Corpus.load(s)).outcomes());
            String report = scores.render();
            Path target = Path.of("target");
            try {
                if (Files.isDirectory(target)) {
                    Files.writeString(target.resolve(s.dir() + "-report.md"), report, StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            System.out.printf(Locale.ROOT, "## %s/%n%n%s%n", s.dir(), report);
            return scores;
        });
    }

    private static Properties floors(LabelledSet set) throws IOException {
        Properties floors = new Properties();
        try (InputStream in = CorpusFloorTest.class.getResourceAsStream("/" + set.floors())) {
            assertThat(in).as(set.floors() + " on the test class path").isNotNull();
            floors.load(in);
        }
        return floors;
    }

    @ParameterizedTest
    @EnumSource(LabelledSet.class)
    void everyFigureStaysAtOrAboveItsFloor(LabelledSet set) throws IOException {
        Map<String, Double> metrics = scores(set).metrics();
        Properties floors = floors(set);
        List<String> below = new ArrayList<>();
        for (String key : floors.stringPropertyNames()) {
            double floor = Double.parseDouble(floors.getProperty(key));
            Double got = metrics.get(key);
            if (got == null) {
                below.add(key + ": no longer measured (floor " + floor + ")");
            } else if (got < floor) {
                below.add(String.format(Locale.ROOT, "%s: %.3f < floor %.2f", key, got, floor));
            }
        }
        assertThat(below).as("%s figures below their floors (target/%s-report.md lists the misses)", set.dir(),
                set.dir()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(LabelledSet.class)
    void everyLabelledTypeAndTheVerdictHaveFloors(LabelledSet set) throws IOException {
        Scores scores = scores(set);
        Map<String, Double> metrics = scores.metrics();
        List<String> keys = new ArrayList<>(List.of("verdict.accuracy"));
        for (FindingType t : scores.labelledTypes()) {
            keys.add("precision." + t);
            keys.add("recall." + t);
        }
        keys.removeIf(k -> !metrics.containsKey(k)); // precision is undefined while a type is never found
        assertThat(floors(set).stringPropertyNames()).as(set.floors()).containsAll(keys);
    }
}
