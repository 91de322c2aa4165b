package com.example.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.privacyscreen.DetectorInfo;
import org.privacyscreen.FindingType;
import org.privacyscreen.Post;
import org.privacyscreen.Screener;
import org.privacyscreen.ScreeningReport;
import org.privacyscreen.Verdict;

/** The plugin end to end: found by ServiceLoader through META-INF/services, run by a real screener. */
class PluginDiscoveryTest {
    private static final Screener SCREENER = Screener.builder().build(); // discovery is on by default

    @Test
    void build_discovery_findsDetectorAndRule() {
        assertThat(SCREENER.problems()).isEmpty();
        assertThat(SCREENER.detectors()).extracting(DetectorInfo::id, DetectorInfo::kind)
                .contains(org.assertj.core.groups.Tuple.tuple("appointment-refs", "text"),
                        org.assertj.core.groups.Tuple.tuple("room-numbers", "rule"));
        assertThat(SCREENER.detectors()).filteredOn(d -> d.id().equals("appointment-refs"))
                .singleElement().extracting(DetectorInfo::type).isEqualTo(AppointmentReferences.class.getName());
    }

    @Test
    void screen_appointmentReference_blocksAndRedacts() {
        ScreeningReport report = SCREENER.screen(Post.builder()
                .text("Your appointment APT-12345674 is confirmed.").build());
        assertThat(report.findings()).anySatisfy(f -> {
            assertThat(f.detector()).isEqualTo("appointment-refs");
            assertThat(f.type()).isEqualTo(FindingType.MEDICAL_RECORD_NUMBER);
        });
        assertThat(report.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(report.remediated().text()).isEqualTo("Your appointment [RECORD] is confirmed.");
    }

    @Test
    void screen_roomWithTime_needsReview() {
        ScreeningReport report = SCREENER.screen(Post.builder().text("See you in Room 4B at 10:30 tomorrow.").build());
        assertThat(report.findings()).anySatisfy(f -> {
            assertThat(f.detector()).isEqualTo("room-numbers");
            assertThat(f.type()).isEqualTo(FindingType.QUASI_IDENTIFIER);
        });
        assertThat(report.verdict()).isEqualTo(Verdict.REVIEW);
    }

    @Test
    void screen_safePost_isAllowed() {
        ScreeningReport report = SCREENER.screen(Post.builder().text("Our new ramp is open for everyone.").build());
        assertThat(report.findings()).isEmpty();
        assertThat(report.verdict()).isEqualTo(Verdict.ALLOW);
    }
}
