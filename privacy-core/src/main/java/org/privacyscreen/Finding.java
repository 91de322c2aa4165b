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
 * @param consentId   the consent record that covers it, or that a consent finding is about
 * @param faceRole    for a face: a declared subject of the post, or someone in the background
 * @param region      for text in a photo: what carries it (form, screen, label, sign, badge)
 * @param source      where it was made: the text, a photo, text read in a photo, the post as a whole
 */
public record Finding(FindingType type, Severity severity, double confidence, String detector, Location location,
                      Optional<String> subject, Optional<String> excerpt, String message, Remediation remediation,
                      Optional<String> coveredBy, Optional<String> consentId, Optional<FaceRole> faceRole,
                      Optional<RegionKind> region, FindingSource source) {

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
        Objects.requireNonNull(consentId, "consentId");
        Objects.requireNonNull(faceRole, "faceRole");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(source, "source");
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
        if (consentId.isPresent() && consentId.get().isBlank()) {
            throw new IllegalArgumentException("consentId must not be blank");
        }
        if (faceRole.isPresent() && type != FindingType.FACE) {
            throw new IllegalArgumentException("faceRole: only a FACE finding has one, not " + type);
        }
        if (source == FindingSource.IMAGE_TEXT && !(location instanceof Location.Image)) {
            throw new IllegalArgumentException("source: text read in a photo is located by an image box");
        }
        if (source == FindingSource.TEXT && !(location instanceof Location.Text)) {
            throw new IllegalArgumentException("source: a finding in the text is located by a text span");
        }
    }

    /**
     * A finding as the first release made it, with no consent id, face role or region and the source its location
     * implies.
     */
    public Finding(FindingType type, Severity severity, double confidence, String detector, Location location,
                   Optional<String> subject, Optional<String> excerpt, String message, Remediation remediation,
                   Optional<String> coveredBy) {
        this(type, severity, confidence, detector, location, subject, excerpt, message, remediation, coveredBy,
                Optional.empty(), Optional.empty(), Optional.empty(), FindingSource.of(location));
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

    /** This finding, covered by {@code reason} ("named with written consent"): LOW, saying why. */
    public Finding coveredBy(String reason) {
        return coveredBy(reason, Optional.empty());
    }

    /**
     * This finding, covered by {@code reason} on the strength of consent record {@code consentId}: LOW, saying why,
     * with the record's id as a field of its own (never in the message).
     */
    public Finding coveredBy(String reason, Optional<String> consentId) {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(consentId, "consentId");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("reason must not be blank");
        }
        String said = message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
        return new Finding(type, Severity.LOW, confidence, detector, location, subject, excerpt,
                said + "; covered: " + reason + ".", remediation, Optional.of(reason),
                consentId.isPresent() ? consentId : this.consentId, faceRole, region, source);
    }

    /** This finding with severity {@code newSeverity}. */
    public Finding withSeverity(Severity newSeverity) {
        return new Finding(type, newSeverity, confidence, detector, location, subject, excerpt, message, remediation,
                coveredBy, consentId, faceRole, region, source);
    }

    /** This finding attributed to {@code detectorId}. */
    public Finding withDetector(String detectorId) {
        return new Finding(type, severity, confidence, detectorId, location, subject, excerpt, message, remediation,
                coveredBy, consentId, faceRole, region, source);
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
        b.consentId = consentId.orElse(null);
        b.faceRole = faceRole.orElse(null);
        b.region = region.orElse(null);
        b.source = source == FindingSource.of(location) ? null : source;
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
        private String consentId;
        private FaceRole faceRole;
        private RegionKind region;
        private FindingSource source;

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

        /** The consent record that covers this finding, or that a consent finding is about. */
        public Builder consentId(String consentId) {
            this.consentId = Objects.requireNonNull(consentId, "consentId");
            return this;
        }

        /** For a FACE: a declared subject of the post, or someone in the background. */
        public Builder faceRole(FaceRole faceRole) {
            this.faceRole = Objects.requireNonNull(faceRole, "faceRole");
            return this;
        }

        /** For text in a photo: what carries it. */
        public Builder region(RegionKind region) {
            this.region = Objects.requireNonNull(region, "region");
            return this;
        }

        /** Where the finding was made; by default what its location implies (text, image or post). */
        public Builder source(FindingSource source) {
            this.source = Objects.requireNonNull(source, "source");
            return this;
        }

        public Finding build() {
            Severity s = coveredBy != null ? Severity.LOW
                    : severity != null ? severity : type.defaultSeverity(subject != null);
            return new Finding(type, s, confidence, detector == null ? "unknown" : detector, location,
                    Optional.ofNullable(subject), Optional.ofNullable(excerpt),
                    message == null ? "" : message,
                    remediation != null ? remediation : type.defaultRemediation(), Optional.ofNullable(coveredBy),
                    Optional.ofNullable(consentId), Optional.ofNullable(faceRole), Optional.ofNullable(region),
                    source != null ? source : FindingSource.of(location));
        }
    }
}
