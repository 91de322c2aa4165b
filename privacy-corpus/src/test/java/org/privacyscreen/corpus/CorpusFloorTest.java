package org.privacyscreen.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.privacyscreen.FindingType;

/**
 * Screens the whole corpus once and holds every figure to its floor in {@code floors.properties}. Raise a floor
 * when a detector gets better; lowering one needs a reason in the commit message.
 */
class CorpusFloorTest {
    private static Scores scores;
    private static Map<String, Double> metrics;
    private static Properties floors;

    @BeforeAll
    static void screenTheCorpus() throws IOException {
        scores = new Scores(CorpusRun.of(Corpus.load()).outcomes());
        metrics = scores.metrics();
        String report = scores.render();
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            Files.writeString(target.resolve("corpus-report.md"), report, StandardCharsets.UTF_8);
        }
        System.out.print(report);
        floors = new Properties();
        try (InputStream in = CorpusFloorTest.class.getResourceAsStream("/floors.properties")) {
            assertThat(in).as("floors.properties on the test class path").isNotNull();
            floors.load(in);
        }
    }

    @Test
    void everyFigureStaysAtOrAboveItsFloor() {
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
        assertThat(below).as("figures below their floors (target/corpus-report.md lists the misses)").isEmpty();
    }

    @Test
    void everyLabelledTypeAndTheVerdictHaveFloors() {
        List<String> keys = new ArrayList<>(List.of("verdict.accuracy"));
        for (FindingType t : scores.labelledTypes()) {
            keys.add("precision." + t);
            keys.add("recall." + t);
        }
        keys.removeIf(k -> !metrics.containsKey(k)); // precision is undefined while a type is never found
        assertThat(floors.stringPropertyNames()).as("floors.properties").containsAll(keys);
    }
}
