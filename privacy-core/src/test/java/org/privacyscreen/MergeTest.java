package org.privacyscreen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.privacyscreen.spi.TextDetector;

/** Overlapping findings of one kind merge into one, and the merge never lowers what the post is judged by. */
class MergeTest {
    private static final String TEXT = "Call Ann Lee on 0791 123 4567 today";

    private static TextDetector finding(String id, FindingType type, Severity severity, int start, int end,
                                        String subject, double confidence) {
        return TestDetectors.of(id, 0, c -> {
            Finding.Builder b = Finding.builder(type).span(c.post().text(), start, end).severity(severity)
                    .confidence(confidence).message("Found a " + type + ".");
            if (subject != null) {
                b.subject(subject);
            }
            return List.of(b.build());
        });
    }

    private static ScreeningReport screen(ScreeningPolicy policy, TextDetector... detectors) {
        Screener.Builder b = Screener.builder().discover(false).policy(policy);
        for (TextDetector d : detectors) {
            b.detector(d);
        }
        return b.build().screen(TestDetectors.post(TEXT));
    }

    @Test
    void merge_moreSpecificButLowerFinding_doesNotLowerTheVerdict() {
        // a checked id rated LOW must not swallow the HIGH phone number on the same digits
        ScreeningReport r = screen(ScreeningPolicy.defaults(),
                finding("ids", FindingType.NATIONAL_ID, Severity.LOW, 16, 29, null, 0.99),
                finding("phones", FindingType.PHONE_NUMBER, Severity.HIGH, 16, 29, null, 0.7));
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(FindingType.PHONE_NUMBER);
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
            assertThat(f.confidence()).isEqualTo(0.99);
        });
        assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
    }

    @Test
    void merge_policyRatesTheGenericTypeHigher_keepsItWithTheSubjectAndTheUnionSpan() {
        ScreeningPolicy clientsLow = ScreeningPolicy.builder().severity(FindingType.CLIENT_NAME, Severity.LOW).build();
        ScreeningReport r = screen(clientsLow,
                finding("clients", FindingType.CLIENT_NAME, Severity.HIGH, 5, 8, "c-1", 0.9),
                finding("names", FindingType.PERSON_NAME, Severity.MEDIUM, 5, 12, null, 0.6));
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(FindingType.PERSON_NAME);
            assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(f.subject()).contains("c-1");
            assertThat(f.location()).isEqualTo(Location.text(5, 12));
            assertThat(f.confidence()).isEqualTo(0.9);
        });
        assertThat(r.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(r.redactedText()).contains("Call [NAME] on 0791 123 4567 today");
    }

    @Test
    void merge_equalSeverity_prefersTheKnownClient() {
        ScreeningReport r = screen(ScreeningPolicy.defaults(),
                finding("names", FindingType.PERSON_NAME, Severity.HIGH, 5, 12, null, 0.9),
                finding("clients", FindingType.CLIENT_NAME, Severity.HIGH, 5, 8, "c-1", 0.8));
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(FindingType.CLIENT_NAME);
            assertThat(f.location()).isEqualTo(Location.text(5, 12));
        });
    }

    record Pair(FindingType a, Severity sa, FindingType b, Severity sb, int startB, int endB) {
    }

    @Provide
    Arbitrary<Pair> pairs() {
        Arbitrary<FindingType> numbers = Arbitraries.of(FindingType.PHONE_NUMBER, FindingType.NATIONAL_ID,
                FindingType.MEDICAL_RECORD_NUMBER, FindingType.PAYMENT_CARD);
        Arbitrary<Severity> severities = Arbitraries.of(Severity.LOW, Severity.MEDIUM, Severity.HIGH);
        return net.jqwik.api.Combinators.combine(numbers, severities, numbers, severities,
                Arbitraries.integers().between(16, 28), Arbitraries.integers().between(17, 35))
                .filter((a, sa, b, sb, s, e) -> e > s).as(Pair::new);
    }

    @Property(tries = 200)
    void merge_keepsTheHighestSeverityAndCoversBothSpans(@ForAll("pairs") Pair p) {
        ScreeningReport r = screen(ScreeningPolicy.defaults(),
                finding("a", p.a(), p.sa(), 16, 29, null, 0.8),
                finding("b", p.b(), p.sb(), p.startB(), p.endB(), null, 0.8));
        Severity max = p.sa().compareTo(p.sb()) >= 0 ? p.sa() : p.sb();
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(max);
            assertThat(f.location()).isEqualTo(Location.text(16, Math.max(29, p.endB())));
        });
    }
}
