package org.privacyscreen;

/**
 * Every kind of finding, with its default severity and the placeholder that replaces it in redacted text.
 * The names are part of the JSON contract and never change.
 */
public enum FindingType {
    PERSON_NAME(Severity.MEDIUM, "[NAME]", Remediation.REDACT),
    CLIENT_NAME(Severity.HIGH, "[CLIENT]", Remediation.REDACT),
    /** HIGH when the handle is a known client's (the finding has a subject), MEDIUM otherwise. */
    SOCIAL_HANDLE(Severity.MEDIUM, "[HANDLE]", Remediation.REMOVE_MENTION),
    PHONE_NUMBER(Severity.HIGH, "[PHONE]", Remediation.REDACT),
    EMAIL_ADDRESS(Severity.HIGH, "[EMAIL]", Remediation.REDACT),
    POSTAL_ADDRESS(Severity.HIGH, "[ADDRESS]", Remediation.REDACT),
    DATE_OF_BIRTH(Severity.HIGH, "[DATE]", Remediation.REDACT),
    NATIONAL_ID(Severity.HIGH, "[ID]", Remediation.REDACT),
    MEDICAL_RECORD_NUMBER(Severity.HIGH, "[RECORD]", Remediation.REDACT),
    PAYMENT_CARD(Severity.HIGH, "[CARD]", Remediation.REDACT),
    HEALTH_INFORMATION(Severity.HIGH, "[HEALTH]", Remediation.REDACT),
    QUASI_IDENTIFIER(Severity.MEDIUM, "[DETAIL]", Remediation.REDACT),
    MINOR(Severity.HIGH, "[MINOR]", Remediation.OBTAIN_CONSENT),
    MEDICAL_ADVICE(Severity.MEDIUM, "[ADVICE]", Remediation.ADD_DISCLAIMER),
    FACE(Severity.HIGH, "[FACE]", Remediation.BLUR),
    DOCUMENT_TEXT(Severity.HIGH, "[DOCUMENT]", Remediation.BLUR),
    BARCODE(Severity.HIGH, "[CODE]", Remediation.BLUR),
    IMAGE_METADATA(Severity.MEDIUM, "[METADATA]", Remediation.STRIP_METADATA),
    CONSENT_MISSING(Severity.HIGH, "", Remediation.OBTAIN_CONSENT),
    CONSENT_REFUSED(Severity.HIGH, "", Remediation.REMOVE_MENTION),
    CONSENT_REVOKED(Severity.HIGH, "", Remediation.REMOVE_MENTION),
    CONSENT_EXPIRED(Severity.HIGH, "", Remediation.OBTAIN_CONSENT),
    CONSENT_SCOPE(Severity.HIGH, "", Remediation.OBTAIN_CONSENT),
    CONSENT_EXHAUSTED(Severity.HIGH, "", Remediation.OBTAIN_CONSENT),
    NAMING_CONSENT_MISSING(Severity.HIGH, "", Remediation.REDACT),
    GUARDIAN_CONSENT_MISSING(Severity.HIGH, "", Remediation.OBTAIN_CONSENT),
    UNSOLICITED_CONTACT(Severity.HIGH, "", Remediation.REMOVE_MENTION),
    AUDIENCE_OUTSIDER(Severity.HIGH, "", Remediation.RESTRICT_AUDIENCE),
    PERSONAL_ACCOUNT_CLIENT_CONTENT(Severity.HIGH, "", Remediation.REMOVE_MENTION),
    /** A detector failed or ran out of time; never below MEDIUM, so a post is never allowed on its silence. */
    DETECTOR_FAILURE(Severity.MEDIUM, "", Remediation.REVIEW);

    private final Severity defaultSeverity;
    private final String placeholder;
    private final Remediation defaultRemediation;

    FindingType(Severity defaultSeverity, String placeholder, Remediation defaultRemediation) {
        this.defaultSeverity = defaultSeverity;
        this.placeholder = placeholder;
        this.defaultRemediation = defaultRemediation;
    }

    /** The severity CONTRACT.md gives this type (for SOCIAL_HANDLE, the one without a known subject). */
    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /** The default severity of a finding of this type, given whether its subject is known. */
    public Severity defaultSeverity(boolean subjectKnown) {
        return this == SOCIAL_HANDLE && subjectKnown ? Severity.HIGH : defaultSeverity;
    }

    /** What replaces a value of this type in redacted text, such as {@code [CLIENT]}. */
    public String placeholder() {
        return placeholder;
    }

    /** The remediation a finding of this type gets unless its detector says otherwise. */
    public Remediation defaultRemediation() {
        return defaultRemediation;
    }

    /** The lowest severity a policy may give this type. */
    public Severity minimumSeverity() {
        return this == DETECTOR_FAILURE ? Severity.MEDIUM : Severity.OFF;
    }
}
