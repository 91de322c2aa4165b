package org.privacyscreen.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NotBlank;
import net.jqwik.api.constraints.NumericChars;
import org.junit.jupiter.api.Test;
import org.privacyscreen.ErrorCode;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.Location;
import org.privacyscreen.Post;
import org.privacyscreen.PrivacyScreenException;
import org.privacyscreen.ScreeningReport;
import org.privacyscreen.Severity;
import org.privacyscreen.Verdict;

class ScreeningMetricsTest {

    private static ScreeningReport report(String postId, Verdict verdict, List<Finding> findings,
                                          Map<String, Duration> timings) {
        return ScreeningReport.builder(postId, verdict).findings(findings).timings(timings)
                .remediated(Post.builder().id(postId).text("redacted").build()).build();
    }

    private static double count(SimpleMeterRegistry registry, String name, String... tags) {
        return registry.get(name).tags(tags).counter().count();
    }

    @Test
    void record_countsPostsByVerdictAndFindingsByTypeAndSeverity() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        ScreeningMetrics metrics = new ScreeningMetrics(registry);
        String text = "Call Sam on 07700 900123";
        Finding phone = Finding.builder(FindingType.PHONE_NUMBER).detector("contact").span(text, 12, 24)
                .message("A phone number.").build();
        Finding name = Finding.builder(FindingType.CLIENT_NAME).detector("client-directory").subject("client-8")
                .span(text, 5, 8)
                .message("Names a client.").build();
        Finding covered = Finding.builder(FindingType.CLIENT_NAME).detector("client-directory").subject("client-9")
                .span(text, 5, 8).coveredBy("named with written consent c-1")
                .message("Names a client.").build();

        metrics.record(report("p-1", Verdict.BLOCK, List.of(phone, name, covered), Map.of()));
        metrics.record(report("p-2", Verdict.BLOCK, List.of(phone), Map.of()));
        metrics.record(report("p-3", Verdict.ALLOW, List.of(), Map.of()));

        assertThat(count(registry, ScreeningMetrics.POSTS, "verdict", "BLOCK")).isEqualTo(2.0);
        assertThat(count(registry, ScreeningMetrics.POSTS, "verdict", "ALLOW")).isEqualTo(1.0);
        assertThat(count(registry, ScreeningMetrics.POSTS, "verdict", "REVIEW")).isZero();
        assertThat(count(registry, ScreeningMetrics.FINDINGS, "type", "PHONE_NUMBER", "severity", "HIGH"))
                .isEqualTo(2.0);
        assertThat(count(registry, ScreeningMetrics.FINDINGS, "type", "CLIENT_NAME", "severity", "HIGH"))
                .isEqualTo(1.0);
        assertThat(count(registry, ScreeningMetrics.FINDINGS, "type", "CLIENT_NAME", "severity", "LOW"))
                .isEqualTo(1.0);
        assertThat(count(registry, ScreeningMetrics.FINDINGS, "type", "FACE", "severity", "HIGH")).isZero();
    }

    @Test
    void record_timesEachDetectorFromTheReportsTimings() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        ScreeningMetrics metrics = new ScreeningMetrics(registry);
        Map<String, Duration> first = new LinkedHashMap<>();
        first.put("faces", Duration.ofMillis(40));
        first.put("client-directory", Duration.ofNanos(400_000));
        metrics.record(report("p-1", Verdict.REVIEW, List.of(), first));
        metrics.record(report("p-2", Verdict.ALLOW, List.of(), Map.of("faces", Duration.ofMillis(20))));

        Timer faces = registry.get(ScreeningMetrics.DETECTOR_TIME).tag("detector", "faces").timer();
        assertThat(faces.count()).isEqualTo(2);
        assertThat(faces.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(60.0);
        assertThat(faces.max(TimeUnit.MILLISECONDS)).isEqualTo(40.0);
        Timer directory = registry.get(ScreeningMetrics.DETECTOR_TIME).tag("detector", "client-directory").timer();
        assertThat(directory.count()).isEqualTo(1);
        assertThat(directory.totalTime(TimeUnit.MICROSECONDS)).isEqualTo(400.0);
    }

    @Test
    void newMetrics_registersZeroCountersForEveryVerdictAndErrorCode() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        new ScreeningMetrics(registry);
        assertThat(registry.find(ScreeningMetrics.POSTS).counters()).hasSize(Verdict.values().length);
        assertThat(registry.find(ScreeningMetrics.FAILURES).counters()).hasSize(ErrorCode.values().length);
        assertThat(registry.find(ScreeningMetrics.FINDINGS).counters())
                .hasSize(FindingType.values().length * Severity.values().length)
                .allSatisfy(c -> assertThat(c.count()).isZero());
    }

    @Test
    void recordFailure_countsByErrorCode() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        ScreeningMetrics metrics = new ScreeningMetrics(registry);
        metrics.recordFailure(new PrivacyScreenException(ErrorCode.IMAGE_INVALID, "images[0]: truncated"));
        metrics.recordFailure(new PrivacyScreenException(ErrorCode.IMAGE_INVALID, "images[1]: truncated"));
        metrics.recordFailure(new PrivacyScreenException(ErrorCode.STORE_FAILURE, "ledger down"));
        assertThat(count(registry, ScreeningMetrics.FAILURES, "code", "IMAGE_INVALID")).isEqualTo(2.0);
        assertThat(count(registry, ScreeningMetrics.FAILURES, "code", "STORE_FAILURE")).isEqualTo(1.0);
        assertThat(count(registry, ScreeningMetrics.FAILURES, "code", "TEXT_TOO_LONG")).isZero();
    }

    @Test
    void nullArguments_areRejectedByName() {
        assertThatThrownBy(() -> new ScreeningMetrics(null)).hasMessageContaining("registry");
        ScreeningMetrics metrics = new ScreeningMetrics(new SimpleMeterRegistry());
        assertThatThrownBy(() -> metrics.record(null)).hasMessageContaining("report");
        assertThatThrownBy(() -> metrics.recordFailure(null)).hasMessageContaining("failure");
    }

    /** Whatever a post and its findings hold, no tag of any meter carries a post id, subject, consent or excerpt. */
    @Property(tries = 200)
    void tags_neverHoldAPostIdSubjectConsentOrExcerpt(@ForAll @AlphaChars @NotBlank String postId,
                                                      @ForAll @NumericChars @NotBlank String subject,
                                                      @ForAll Verdict verdict, @ForAll FindingType type) {
        String postKey = "post-" + postId;
        String subjectKey = "client-" + subject;
        String consentKey = "consent-" + subject;
        String text = "Seen today: " + subject;
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        ScreeningMetrics metrics = new ScreeningMetrics(registry);
        Finding f = Finding.builder(type).detector("d").subject(subjectKey).consentId(consentKey)
                .location(Location.text(12, text.length())).excerpt(subject).message("A finding.").build();
        metrics.record(report(postKey, verdict, List.of(f), Map.of("d", Duration.ofMillis(1))));

        for (Meter m : registry.getMeters()) {
            for (Tag t : m.getId().getTags()) {
                assertThat(t.getValue()).doesNotContain(postKey, subjectKey, consentKey, subject);
            }
        }
        assertThat(count(registry, ScreeningMetrics.POSTS, "verdict", verdict.name())).isEqualTo(1.0);
        assertThat(count(registry, ScreeningMetrics.FINDINGS, "type", type.name(), "severity",
                f.severity().name())).isEqualTo(1.0);
    }
}
