package org.privacyscreen.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.Post;
import org.privacyscreen.Screener;
import org.privacyscreen.ScreeningReport;
import org.privacyscreen.Severity;
import org.privacyscreen.Verdict;
import org.privacyscreen.spi.Detector;
import org.privacyscreen.spi.DetectorProvider;
import org.privacyscreen.testkit.DetectorChecks;

class TextDetectorsTest {
    private static final List<String> IDS = List.of("client-directory", "person-names", "phone-numbers",
            "email-addresses", "postal-addresses", "social-handles", "national-ids", "payment-cards",
            "medical-record-numbers", "dates-of-birth", "health-information", "quasi-identifiers", "minors",
            "medical-advice");

    @Test
    void detectors_listsEveryDetectorOnce() {
        List<Detector> detectors = new TextDetectors().detectors();
        assertThat(detectors).extracting(Detector::id).containsExactlyInAnyOrderElementsOf(IDS);
        detectors.forEach(DetectorChecks::checkId);
        assertThat(new TextDetectors().detectors()).isSameAs(detectors);
    }

    @Test
    void serviceLoader_findsTheProvider() {
        assertThat(ServiceLoader.load(DetectorProvider.class).stream().map(ServiceLoader.Provider::type))
                .contains(TextDetectors.class);
    }

    @Test
    void screener_discoversTheDetectors() {
        Screener s = Screener.builder().clientDirectory(Fixtures.DIRECTORY).build();
        assertThat(s.detectors()).extracting(d -> d.id()).containsAll(IDS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Three stretches to ease lower back pain after long drives.",
            "Book online or call +44 161 496 0123 - hello@harbourside.example",
            "Meet Priya, our new sports massage therapist!", "Follow @harboursidetherapy for tips",
            "Visit us at 14 Quay Street, Manchester M3 3HN", "Botox can help with migraines.",
            "The grace period for renewals ends on Friday."})
    void screen_safePosts_allow(String text) {
        ScreeningReport r = Fixtures.screener().screen(Fixtures.post(text));
        assertThat(r.findings()).noneMatch(f -> f.severity().atLeast(Severity.MEDIUM));
        assertThat(r.verdict()).isEqualTo(Verdict.ALLOW);
    }

    @Test
    void screen_namedClientWithHealth_blocksAndRedacts() {
        Post post = Fixtures.post("Well done H.a.r.r.i.e.t O.k.a.f.o.r on getting back to netball after your ACL rehab!");
        ScreeningReport r = Fixtures.screener().screen(post);
        assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(r.findings()).extracting(Finding::type)
                .contains(FindingType.CLIENT_NAME, FindingType.HEALTH_INFORMATION);
        assertThat(r.remediated().text()).isEqualTo("Well done [CLIENT] on getting back to netball after your [HEALTH]!");
    }

    @Test
    void warmUp_loadsWithoutError() {
        TextDetectors.warmUp();
    }
}
