package org.privacyscreen.spring;

import java.util.List;
import java.util.Objects;
import org.privacyscreen.PluginProblem;
import org.privacyscreen.Screener;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * {@code /actuator/health/privacyScreen}: UP when the screener has detectors and every plugin loaded; DOWN when a
 * plugin could not be loaded (its detectors are missing, so posts it should check pass unchecked by it) or when
 * nothing at all would be checked. Details: how many detectors and rules run, and each plugin problem's provider and
 * reason (class names and jars, never a post's content).
 */
public class PrivacyScreenHealthIndicator extends AbstractHealthIndicator {
    private final Screener screener;

    public PrivacyScreenHealthIndicator(Screener screener) {
        super("Privacy Screen health check failed");
        this.screener = Objects.requireNonNull(screener, "screener");
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        int detectors = screener.detectors().size();
        List<PluginProblem> problems = screener.problems();
        builder.withDetail("detectors", detectors).withDetail("pluginProblems", problems.size());
        for (int i = 0; i < problems.size(); i++) {
            PluginProblem p = problems.get(i);
            builder.withDetail("pluginProblem" + (i + 1), p.provider() + " from " + p.source() + ": " + p.reason());
        }
        if (detectors == 0 || !problems.isEmpty()) {
            builder.down();
        } else {
            builder.up();
        }
    }
}
