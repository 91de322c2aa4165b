package org.privacyscreen;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How findings become a verdict for one practice: severity overrides per type, the confidence below which a finding
 * is dropped, detectors turned off, the cooling-off period after a refusal, the time budgets of screening and of
 * remediation, and the input limits. An immutable value; build one with {@link #builder()} or take
 * {@link #defaults()}.
 *
 * @param severities         base severity per type, overriding the defaults; OFF drops the type
 * @param disabledDetectors  ids of detectors not to run
 * @param minConfidence      findings below this confidence are dropped (DETECTOR_FAILURE never is)
 * @param coolingOffDays     days after a refusal before a person may be asked again
 * @param detectorTimeout    time budget of one post's screening, from the call to {@code screen()}: every detector,
 *                           reader and rule of the post share it (JSON {@code detectorTimeoutMillis})
 * @param limits             input limits
 * @param remediationTimeout time budget of making one remediated post ({@code ScreeningReport.remediated()}; JSON
 *                           {@code remediationTimeoutMillis})
 */
public record ScreeningPolicy(@NotNull Map<FindingType, Severity> severities, @NotNull Set<String> disabledDetectors,
                              @DecimalMin("0.0") @DecimalMax("1.0") double minConfidence,
                              @Min(0) @Max(3650) int coolingOffDays, @NotNull Duration detectorTimeout,
                              @NotNull @Valid Limits limits, @NotNull Duration remediationTimeout) {

    private static final ScreeningPolicy DEFAULTS = builder().build();

    public ScreeningPolicy {
        Objects.requireNonNull(severities, "severities");
        Objects.requireNonNull(disabledDetectors, "disabledDetectors");
        Objects.requireNonNull(detectorTimeout, "detectorTimeout");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(remediationTimeout, "remediationTimeout");
        severities.forEach(ScreeningPolicy::checkSeverity);
        severities = Map.copyOf(severities);
        disabledDetectors = Set.copyOf(disabledDetectors);
        if (!(minConfidence >= 0.0 && minConfidence <= 1.0)) {
            throw new IllegalArgumentException("minConfidence must be within [0, 1]: " + minConfidence);
        }
        if (coolingOffDays < 0 || coolingOffDays > 3650) {
            throw new IllegalArgumentException("coolingOffDays must be within [0, 3650]: " + coolingOffDays);
        }
        positive(detectorTimeout, "detectorTimeoutMillis");
        positive(remediationTimeout, "remediationTimeoutMillis");
    }

    private static Duration positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + d.toMillis());
        }
        return d;
    }

    /** The defaults: CONTRACT.md's severities, confidence 0.5, 90 days, 10 s a post, 30 s a remediation, the limits. */
    public static ScreeningPolicy defaults() {
        return DEFAULTS;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The severity this policy gives {@code finding}: a covered finding stays LOW; otherwise the policy's override
     * for its type or the severity its detector gave. OFF means drop it.
     */
    public Severity severityOf(Finding finding) {
        if (finding.covered()) {
            return Severity.LOW;
        }
        return severities.getOrDefault(finding.type(), finding.severity());
    }

    public boolean enabled(String detectorId) {
        return !disabledDetectors.contains(detectorId);
    }

    private static void checkSeverity(FindingType type, Severity severity) {
        Objects.requireNonNull(type, "severities: type");
        Objects.requireNonNull(severity, "severities: severity");
        if (severity.compareTo(type.minimumSeverity()) < 0) {
            throw new IllegalArgumentException(
                    "severities." + type + " cannot be set below " + type.minimumSeverity() + ": " + severity);
        }
    }

    /**
     * Input limits.
     *
     * @param maxImagePixels       most pixels an image may have
     * @param maxImageBytes        most bytes an image may have
     * @param maxTextChars         most characters a post's text may have
     * @param maxRemediationPixels most pixels an image may have to be remediated (decoded at full size, blurred and
     *                             encoded again); a larger one makes {@code remediated()} fail with IMAGE_TOO_LARGE.
     *                             Remediators see the smaller of this and {@code maxImagePixels} as the context
     *                             policy's {@code maxImagePixels} (JSON {@code limits.maxRemediationPixels})
     */
    public record Limits(@Positive long maxImagePixels, @Positive long maxImageBytes, @Positive int maxTextChars,
                         @Positive long maxRemediationPixels) {
        /** The default of {@link #maxRemediationPixels}: the same as the default of {@link #maxImagePixels}. */
        public static final long DEFAULT_REMEDIATION_PIXELS = 100_000_000L;
        public static final Limits DEFAULTS = new Limits(100_000_000L, 52_428_800L, 100_000);

        /** Limits with the default {@link #maxRemediationPixels}. */
        public Limits(long maxImagePixels, long maxImageBytes, int maxTextChars) {
            this(maxImagePixels, maxImageBytes, maxTextChars, DEFAULT_REMEDIATION_PIXELS);
        }

        public Limits {
            if (maxImagePixels <= 0) {
                throw new IllegalArgumentException("limits.maxImagePixels must be positive: " + maxImagePixels);
            }
            if (maxImageBytes <= 0) {
                throw new IllegalArgumentException("limits.maxImageBytes must be positive: " + maxImageBytes);
            }
            if (maxTextChars <= 0) {
                throw new IllegalArgumentException("limits.maxTextChars must be positive: " + maxTextChars);
            }
            if (maxRemediationPixels <= 0) {
                throw new IllegalArgumentException(
                        "limits.maxRemediationPixels must be positive: " + maxRemediationPixels);
            }
        }
    }

    /** Builds a {@link ScreeningPolicy}; each call validates its argument. Not thread-safe. */
    public static final class Builder {
        private final Map<FindingType, Severity> severities = new EnumMap<>(FindingType.class);
        private final java.util.Set<String> disabled = new java.util.HashSet<>();
        private double minConfidence = 0.5;
        private int coolingOffDays = 90;
        private Duration detectorTimeout = Duration.ofSeconds(10);
        private Limits limits = Limits.DEFAULTS;
        private Duration remediationTimeout = Duration.ofSeconds(30);

        private Builder() {
        }

        public Builder severity(FindingType type, Severity severity) {
            checkSeverity(type, severity);
            severities.put(type, severity);
            return this;
        }

        public Builder disable(String detectorId) {
            Objects.requireNonNull(detectorId, "detectorId");
            if (detectorId.isBlank()) {
                throw new IllegalArgumentException("detectorId must not be blank");
            }
            disabled.add(detectorId);
            return this;
        }

        public Builder minConfidence(double value) {
            if (!(value >= 0.0 && value <= 1.0)) {
                throw new IllegalArgumentException("minConfidence must be within [0, 1]: " + value);
            }
            this.minConfidence = value;
            return this;
        }

        public Builder coolingOffDays(int days) {
            if (days < 0 || days > 3650) {
                throw new IllegalArgumentException("coolingOffDays must be within [0, 3650]: " + days);
            }
            this.coolingOffDays = days;
            return this;
        }

        /** The time budget of one post: every detector, reader and rule of it together; 10 seconds by default. */
        public Builder detectorTimeout(Duration timeout) {
            this.detectorTimeout = positive(timeout, "detectorTimeout");
            return this;
        }

        public Builder limits(Limits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /** The time budget of making one remediated post; 30 seconds by default. */
        public Builder remediationTimeout(Duration timeout) {
            this.remediationTimeout = positive(timeout, "remediationTimeout");
            return this;
        }

        public ScreeningPolicy build() {
            return new ScreeningPolicy(severities, disabled, minConfidence, coolingOffDays, detectorTimeout, limits,
                    remediationTimeout);
        }
    }
}
