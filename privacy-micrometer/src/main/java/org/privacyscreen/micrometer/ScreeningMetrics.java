package org.privacyscreen.micrometer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.privacyscreen.ErrorCode;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.PrivacyScreenException;
import org.privacyscreen.ScreeningReport;
import org.privacyscreen.Severity;
import org.privacyscreen.Verdict;

/**
 * Records screening into a Micrometer {@link MeterRegistry}: posts by verdict, findings by type and severity, the
 * time each detector and rule took, and screenings that failed by error code.
 *
 * <p>Tags hold only closed sets (verdicts, finding types, severities, error codes) and detector ids, which name code,
 * never a person: no post id, subject, consent id, text or value ever becomes a tag, so a metrics endpoint cannot leak
 * what a post held, and the number of time series stays bounded. The counters of every verdict, type and error code
 * are registered at once, so a dashboard sees zeros rather than gaps. Thread-safe; make one per registry.
 *
 * <pre>{@code
 * ScreeningMetrics metrics = new ScreeningMetrics(registry);
 * ScreeningReport report = screener.screen(post);
 * metrics.record(report);
 * }</pre>
 */
public final class ScreeningMetrics {
    /** Counter of screened posts, tagged {@code verdict}. */
    public static final String POSTS = "privacy.screen.posts";
    /** Counter of findings, tagged {@code type} and {@code severity}. */
    public static final String FINDINGS = "privacy.screen.findings";
    /** Timer of each detector and rule, tagged {@code detector} (its id). */
    public static final String DETECTOR_TIME = "privacy.screen.detector";
    /** Counter of screenings that threw, tagged {@code code} (the {@link ErrorCode}). */
    public static final String FAILURES = "privacy.screen.failures";

    private final MeterRegistry registry;
    private final Map<Verdict, Counter> posts = new EnumMap<>(Verdict.class);
    private final Map<FindingType, Map<Severity, Counter>> findings = new EnumMap<>(FindingType.class);
    private final Map<ErrorCode, Counter> failures = new EnumMap<>(ErrorCode.class);
    private final Map<String, Timer> detectors = new ConcurrentHashMap<>();

    /** Registers the meters in {@code registry}. */
    public ScreeningMetrics(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
        for (Verdict v : Verdict.values()) {
            posts.put(v, Counter.builder(POSTS).description("Posts screened, by verdict")
                    .tag("verdict", v.name()).register(registry));
        }
        for (FindingType t : FindingType.values()) {
            Map<Severity, Counter> bySeverity = new EnumMap<>(Severity.class);
            for (Severity s : Severity.values()) {
                bySeverity.put(s, Counter.builder(FINDINGS).description("Findings in screened posts, by type and severity")
                        .tag("type", t.name()).tag("severity", s.name()).register(registry));
            }
            findings.put(t, bySeverity);
        }
        for (ErrorCode c : ErrorCode.values()) {
            failures.put(c, Counter.builder(FAILURES).description("Screenings that threw, by error code")
                    .tag("code", c.name()).register(registry));
        }
    }

    /** Counts the report's verdict and findings and times its detectors and rules. */
    public void record(ScreeningReport report) {
        Objects.requireNonNull(report, "report");
        posts.get(report.verdict()).increment();
        for (Finding f : report.findings()) {
            findings.get(f.type()).get(f.severity()).increment();
        }
        report.timings().forEach(this::recordDetector);
    }

    /** Counts a screening that threw instead of giving a report (bad input, a store down, a bug). */
    public void recordFailure(PrivacyScreenException failure) {
        failures.get(Objects.requireNonNull(failure, "failure").code()).increment();
    }

    private void recordDetector(String detectorId, Duration took) {
        detectors.computeIfAbsent(detectorId, id -> Timer.builder(DETECTOR_TIME)
                .description("Time a detector or rule took on one post").tag("detector", id)
                .register(registry)).record(took);
    }
}
