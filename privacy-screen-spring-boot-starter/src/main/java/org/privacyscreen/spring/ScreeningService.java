package org.privacyscreen.spring;

import java.util.Objects;
import java.util.Optional;
import org.privacyscreen.Post;
import org.privacyscreen.PrivacyScreenException;
import org.privacyscreen.ScreeningReport;
import org.privacyscreen.Screener;
import org.privacyscreen.micrometer.ScreeningMetrics;

/**
 * Screens posts with the application's {@link Screener} and counts each screening in the application's metrics when
 * it has a Micrometer registry: inject this where posts are screened (the {@code Screener} bean is there too, for
 * calls that should not be counted). Thread-safe.
 */
public class ScreeningService {
    private final Screener screener;
    private final Optional<ScreeningMetrics> metrics;

    public ScreeningService(Screener screener, Optional<ScreeningMetrics> metrics) {
        this.screener = Objects.requireNonNull(screener, "screener");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    /**
     * Screens {@code post}; its verdict, findings and detector times go to the metrics.
     *
     * @throws PrivacyScreenException as {@link Screener#screen(Post)} does; counted by error code first
     */
    public ScreeningReport screen(Post post) {
        try {
            ScreeningReport report = screener.screen(post);
            metrics.ifPresent(m -> m.record(report));
            return report;
        } catch (PrivacyScreenException e) {
            metrics.ifPresent(m -> m.recordFailure(e));
            throw e;
        }
    }

    public Screener screener() {
        return screener;
    }
}
