package org.privacyscreen.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacyscreen.FindingType.CLIENT_NAME;
import static org.privacyscreen.FindingType.CONSENT_MISSING;
import static org.privacyscreen.FindingType.HEALTH_INFORMATION;
import static org.privacyscreen.FindingType.MINOR;
import static org.privacyscreen.FindingType.PERSON_NAME;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.privacyscreen.FindingType;
import org.privacyscreen.Post;
import org.privacyscreen.Verdict;

/** The runner's arithmetic, on outcomes built by hand. */
class ScoresTest {
    private static int n;

    private static Outcome outcome(Verdict expected, Set<FindingType> types, Set<FindingType> allow, Verdict got,
                                   Set<FindingType> found) {
        String id = "t-" + n++;
        LabelledPost p = new LabelledPost(id, "practice", "GB", "names", Post.builder().id(id).text("x").build(),
                new Expectation(expected, types, Set.of(), allow));
        return new Outcome(p, got, found);
    }

    @Test
    void countsHitsMissesAndFalseAlarmsPerType() {
        Scores s = new Scores(List.of(
                outcome(Verdict.BLOCK, Set.of(CLIENT_NAME, CONSENT_MISSING), Set.of(), Verdict.BLOCK,
                        Set.of(CLIENT_NAME, PERSON_NAME)),
                outcome(Verdict.BLOCK, Set.of(CLIENT_NAME), Set.of(HEALTH_INFORMATION), Verdict.BLOCK,
                        Set.of(CLIENT_NAME, HEALTH_INFORMATION)),
                outcome(Verdict.ALLOW, Set.of(), Set.of(), Verdict.BLOCK, Set.of(MINOR))));
        assertThat(s.recall(CLIENT_NAME)).hasValue(1.0);
        assertThat(s.precision(CLIENT_NAME)).hasValue(1.0);
        assertThat(s.recall(CONSENT_MISSING)).hasValue(0.0);
        assertThat(s.precision(CONSENT_MISSING)).isEmpty(); // never reported
        assertThat(s.precision(PERSON_NAME)).hasValue(0.0);
        assertThat(s.recall(PERSON_NAME)).isEmpty(); // never labelled
        assertThat(s.precision(HEALTH_INFORMATION)).as("allowed: neither hit nor false alarm").isEmpty();
        assertThat(s.precision(MINOR)).hasValue(0.0);
        assertThat(s.verdictAccuracy()).isEqualTo(2.0 / 3);
        assertThat(s.labelledTypes()).containsExactlyInAnyOrder(CLIENT_NAME, CONSENT_MISSING);
        assertThat(s.metrics()).containsEntry("theme.names", 2.0 / 3).containsKey("recall.CONSENT_MISSING")
                .doesNotContainKey("precision.CONSENT_MISSING");
    }

    @Test
    void listsEveryPostThatIsNotCleanAndOnlyThose() {
        Outcome clean = outcome(Verdict.REVIEW, Set.of(PERSON_NAME), Set.of(), Verdict.REVIEW, Set.of(PERSON_NAME));
        Outcome falseAlarm = outcome(Verdict.REVIEW, Set.of(PERSON_NAME), Set.of(), Verdict.BLOCK,
                Set.of(PERSON_NAME, MINOR));
        List<String> misses = new Scores(List.of(clean, falseAlarm)).misses();
        assertThat(misses).hasSize(1);
        assertThat(misses.get(0)).startsWith(falseAlarm.post().id()).contains("REVIEW -> BLOCK", "unexpected MINOR");
    }

    @Test
    void floorsSitTheMarginBelowTodaysFigures() {
        Scores s = new Scores(List.of(
                outcome(Verdict.BLOCK, Set.of(CLIENT_NAME), Set.of(), Verdict.BLOCK, Set.of(CLIENT_NAME)),
                outcome(Verdict.BLOCK, Set.of(CLIENT_NAME), Set.of(), Verdict.ALLOW, Set.of())));
        assertThat(CorpusReport.floors(s)).contains("recall.CLIENT_NAME=0.47\n", "precision.CLIENT_NAME=0.97\n",
                "verdict.accuracy=0.47\n").doesNotContain("theme.");
    }

    @Property(tries = 200)
    void everyLabelledTypeIsAHitOrAMissAndFiguresAreFractions(@ForAll("outcomes") List<Outcome> outcomes) {
        Scores s = new Scores(outcomes);
        for (FindingType t : FindingType.values()) {
            long labelled = outcomes.stream().filter(o -> o.post().expect().types().contains(t)).count();
            long hits = outcomes.stream().filter(o -> o.post().expect().types().contains(t) && o.found().contains(t))
                    .count();
            if (labelled == 0) {
                assertThat(s.recall(t)).isEmpty();
            } else {
                assertThat(s.recall(t)).hasValue((double) hits / labelled);
            }
        }
        assertThat(s.metrics().values()).allSatisfy(v -> assertThat(v).isBetween(0.0, 1.0));
    }

    @Provide
    Arbitrary<List<Outcome>> outcomes() {
        Arbitrary<Set<FindingType>> types = Arbitraries.of(CLIENT_NAME, CONSENT_MISSING, HEALTH_INFORMATION, MINOR,
                PERSON_NAME).set().ofMaxSize(3).map(t -> t.isEmpty() ? EnumSet.noneOf(FindingType.class)
                : EnumSet.copyOf(t));
        Arbitrary<Verdict> verdicts = Arbitraries.of(Verdict.class);
        return Combinators.combine(verdicts, types, verdicts, types)
                .as((e, labelled, g, found) -> outcome(e, labelled, Set.of(), g, found)).list().ofMaxSize(20);
    }
}
