package org.privacyscreen.spring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.privacyscreen.FindingType;
import org.privacyscreen.Severity;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * {@code privacy-screen.*}: the screening policy, from a Policy JSON file ({@code docs/formats.md}) and/or set here
 * (what is set here wins over the file), and whether the consent ledger uses the application's {@code DataSource}.
 *
 * <pre>
 * privacy-screen.policy-file=classpath:privacy-policy.json
 * privacy-screen.severities.QUASI_IDENTIFIER=HIGH
 * privacy-screen.disabled-detectors=medical-advice
 * privacy-screen.min-confidence=0.5
 * privacy-screen.detector-timeout=5s
 * </pre>
 */
@ConfigurationProperties("privacy-screen")
public class PrivacyScreenProperties {
    /** A Policy JSON file; fields set below override it. */
    private Resource policyFile;

    /** A finding type's base severity: HIGH, MEDIUM, LOW or OFF (DETECTOR_FAILURE never below MEDIUM). */
    private Map<FindingType, Severity> severities = new EnumMap<>(FindingType.class);

    /** Ids of detectors and rules to turn off; an id the screener does not have stops the application. */
    private List<String> disabledDetectors = new ArrayList<>();

    /** Findings less sure than this (0 to 1) are dropped; a detector failure never is. */
    private Double minConfidence;

    /** Days after a refusal during which a person is not asked again. */
    private Integer coolingOffDays;

    /** The time budget of screening one post: every detector, reader and rule of the post share it. */
    private Duration detectorTimeout;

    /** The time budget of making one remediated post (blurring its photos, stripping their metadata). */
    private Duration remediationTimeout;

    private final Limits limits = new Limits();

    private final Ledger ledger = new Ledger();

    /** What a post may hold; more is refused as bad input. Unset ones keep the policy's. */
    public static class Limits {
        private Long maxImagePixels;
        private Long maxImageBytes;
        private Integer maxTextChars;

        public Long getMaxImagePixels() {
            return maxImagePixels;
        }

        public void setMaxImagePixels(Long maxImagePixels) {
            this.maxImagePixels = maxImagePixels;
        }

        public Long getMaxImageBytes() {
            return maxImageBytes;
        }

        public void setMaxImageBytes(Long maxImageBytes) {
            this.maxImageBytes = maxImageBytes;
        }

        public Integer getMaxTextChars() {
            return maxTextChars;
        }

        public void setMaxTextChars(Integer maxTextChars) {
            this.maxTextChars = maxTextChars;
        }
    }

    /** The consent ledger: consents, publications, engagements and the audit trail. */
    public static class Ledger {
        /**
         * Keep them in the application's DataSource (tables ps_*, migrated at start-up) when there is one. Off, or
         * with no DataSource, the screener keeps consents in memory unless the application gives its own stores.
         */
        private boolean jdbc = true;

        public boolean isJdbc() {
            return jdbc;
        }

        public void setJdbc(boolean jdbc) {
            this.jdbc = jdbc;
        }
    }

    public Resource getPolicyFile() {
        return policyFile;
    }

    public void setPolicyFile(Resource policyFile) {
        this.policyFile = policyFile;
    }

    public Map<FindingType, Severity> getSeverities() {
        return severities;
    }

    public void setSeverities(Map<FindingType, Severity> severities) {
        this.severities = severities;
    }

    public List<String> getDisabledDetectors() {
        return disabledDetectors;
    }

    public void setDisabledDetectors(List<String> disabledDetectors) {
        this.disabledDetectors = disabledDetectors;
    }

    public Double getMinConfidence() {
        return minConfidence;
    }

    public void setMinConfidence(Double minConfidence) {
        this.minConfidence = minConfidence;
    }

    public Integer getCoolingOffDays() {
        return coolingOffDays;
    }

    public void setCoolingOffDays(Integer coolingOffDays) {
        this.coolingOffDays = coolingOffDays;
    }

    public Duration getDetectorTimeout() {
        return detectorTimeout;
    }

    public void setDetectorTimeout(Duration detectorTimeout) {
        this.detectorTimeout = detectorTimeout;
    }

    public Duration getRemediationTimeout() {
        return remediationTimeout;
    }

    public void setRemediationTimeout(Duration remediationTimeout) {
        this.remediationTimeout = remediationTimeout;
    }

    public Limits getLimits() {
        return limits;
    }

    public Ledger getLedger() {
        return ledger;
    }
}
