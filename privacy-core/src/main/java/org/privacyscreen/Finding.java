package org.privacyscreen;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing found in a post: what it is, how much it matters, how sure the detector is, where it is, whom it is
 * about, a masked excerpt, a plain-language message citing the rule, and what to do.
 *
 * <p>A finding never holds a detected value in clear: {@link #excerpt()} is masked and messages must not quote
 * the value. A finding that consent or context covers has severity LOW and says what covers it in
 * {@link #coveredBy()}.
 *
 * @param type        what was found
 * @param severity    how much it matters; never {@link Severity#OFF}
 * @param confidence  how sure the detector is, from 0 to 1
 * @param detector    id of the detector or rule that found it
 * @param location    where it is
 * @param subject     id of the client or staff member it is about, where known
 * @param excerpt     the masked excerpt, where the location is text
 * @param message     a plain-language message that cites the rule; holds no detected value
 * @param remediation what to do
 * @param coveredBy   what covers it (consent, context), where something does
 */
public record Finding(FindingType type, Severity severity, double confidence, String detector, Location location,
                      Optional<String> subject, Optional<String> excerpt, String message, Remediation remediation,
                      Optional<String> coveredBy) {

    public Finding {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(detector, "detector");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(excerpt, "excerpt");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(remediation, "remediation");
        Objects.requireNonNull(coveredBy, "coveredBy");
        if (severity == Severity.OFF) {
            throw new IllegalArgumentException("severity: a finding cannot be OFF");
        }
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be within [0, 1]: " + confidence);
        }
        if (detector.isBlank()) {
            throw new IllegalArgumentException("detector must not be blank");
        }
        if (message.isBlank()) {
            throw new IllegalArgumentException("message must not be blank");
        }
        if (subject.isPresent() && subject.get().isBlank()) {
            throw new IllegalArgumentException("subject must not be blank");
        }
    }

    /** A builder for a finding of {@code type}; severity defaults to the type's, remediation too. */
    public static Builder builder(FindingType type) {
        return new Builder(type);
    }

    /** The text span, when this finding is located in the text. */
    public Optional<Location.Text> textSpan() {
        return location instanceof Location.Text t ? Optional.of(t) : Optional.empty();
    }

    /** Whether consent or context covers this finding. */
    public boolean covered() {
        return coveredBy.isPresent();
    }

    /** This finding, covered by {@code reason} ("named with written consent c-1"): LOW, saying why. */
    public Finding coveredBy(String reason) {
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("reason must not be blank");
        }
        String said = message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
        return new Finding(type, Severity.LOW, confidence, detector, location, subject, excerpt,
                said + "; covered: " + reason + ".", remediation, Optional.of(reason));
    }

    /** This finding with severity {@code newSeverity}. */
    public Finding withSeverity(Severity newSeverity) {
        return new Finding(type, newSeverity, confidence, detector, location, subject, excerpt, message, remediation,
                coveredBy);
    }

    /** This finding attributed to {@code detectorId}. */
    public Finding withDetector(String detectorId) {
        return new Finding(type, severity, confidence, detectorId, location, subject, excerpt, message, remediation,
                coveredBy);
    }

    /** A copy to change. */
    public Builder toBuilder() {
        Builder b = new Builder(type);
        b.severity = severity;
        b.confidence = confidence;
        b.detector = detector;
        b.location = location;
        b.subject = subject.orElse(null);
        b.excerpt = excerpt.orElse(null);
        b.message = message;
        b.remediation = remediation;
        b.coveredBy = coveredBy.orElse(null);
        return b;
    }

    /** Builds a {@link Finding}; each call validates its argument. Not thread-safe. */
    public static final class Builder {
        private final FindingType type;
        private Severity severity;
        private double confidence = 1.0;
        private String detector;
        private Location location = Location.POST;
        private String subject;
        private String excerpt;
        private String message;
        private Remediation remediation;
        private String coveredBy;

        private Builder(FindingType type) {
            this.type = Objects.requireNonNull(type, "type");
        }

        public Builder severity(Severity severity) {
            this.severity = Objects.requireNonNull(severity, "severity");
            return this;
        }

        public Builder confidence(double confidence) {
            if (!(confidence >= 0.0 && confidence <= 1.0)) {
                throw new IllegalArgumentException("confidence must be within [0, 1]: " + confidence);
            }
            this.confidence = confidence;
            return this;
        }

        public Builder detector(String detector) {
            this.detector = Objects.requireNonNull(detector, "detector");
            return this;
        }

        public Builder location(Location location) {
            this.location = Objects.requireNonNull(location, "location");
            return this;
        }

        /** Locates the finding at {@code start..end} of {@code text} and masks that excerpt. */
        public Builder span(CharSequence text, int start, int end) {
            Objects.requireNonNull(text, "text");
            if (end > text.length()) {
                throw new IllegalArgumentException("end beyond the text: " + end + " > " + text.length());
            }
            Location.Text t = Location.text(start, end);
            this.location = t;
            this.excerpt = Excerpts.mask(text, t);
            return this;
        }

        public Builder subject(String subject) {
            Objects.requireNonNull(subject, "subject");
            this.subject = subject;
            return this;
        }

        /** Sets an excerpt; it is masked here, so a clear value never survives. */
        public Builder excerpt(String excerpt) {
            this.excerpt = Excerpts.mask(Objects.requireNonNull(excerpt, "excerpt"));
            return this;
        }

        public Builder message(String message) {
            this.message = Objects.requireNonNull(message, "message");
            return this;
        }

        public Builder remediation(Remediation remediation) {
            this.remediation = Objects.requireNonNull(remediation, "remediation");
            return this;
        }

        public Builder coveredBy(String reason) {
            this.coveredBy = Objects.requireNonNull(reason, "reason");
            return this;
        }

        public Finding build() {
            Severity s = coveredBy != null ? Severity.LOW
                    : severity != null ? severity : type.defaultSeverity(subject != null);
            return new Finding(type, s, confidence, detector == null ? "unknown" : detector, location,
                    Optional.ofNullable(subject), Optional.ofNullable(excerpt),
                    message == null ? "" : message,
                    remediation != null ? remediation : type.defaultRemediation(), Optional.ofNullable(coveredBy));
        }
    }
}
