package org.privacyscreen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class FindingTypeTest {

    @ParameterizedTest
    @CsvSource({
        "PERSON_NAME, MEDIUM", "CLIENT_NAME, HIGH", "SOCIAL_HANDLE, MEDIUM", "PHONE_NUMBER, HIGH",
        "EMAIL_ADDRESS, HIGH", "POSTAL_ADDRESS, HIGH", "DATE_OF_BIRTH, HIGH", "NATIONAL_ID, HIGH",
        "MEDICAL_RECORD_NUMBER, HIGH", "PAYMENT_CARD, HIGH", "HEALTH_INFORMATION, HIGH", "QUASI_IDENTIFIER, MEDIUM",
        "MINOR, HIGH", "MEDICAL_ADVICE, MEDIUM", "FACE, HIGH", "DOCUMENT_TEXT, HIGH", "BARCODE, HIGH",
        "IMAGE_METADATA, MEDIUM", "CONSENT_MISSING, HIGH", "CONSENT_REFUSED, HIGH", "CONSENT_REVOKED, HIGH",
        "CONSENT_EXPIRED, HIGH", "CONSENT_SCOPE, HIGH", "CONSENT_EXHAUSTED, HIGH", "NAMING_CONSENT_MISSING, HIGH",
        "GUARDIAN_CONSENT_MISSING, HIGH", "UNSOLICITED_CONTACT, HIGH", "AUDIENCE_OUTSIDER, HIGH",
        "PERSONAL_ACCOUNT_CLIENT_CONTENT, HIGH", "DETECTOR_FAILURE, MEDIUM"})
    void defaultSeverity_isTheContracts(FindingType type, Severity expected) {
        assertThat(type.defaultSeverity()).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(FindingType.class)
    void defaultSeverity_isRaisedForKnownSubjectOnlyForHandles(FindingType type) {
        Severity expected = type == FindingType.SOCIAL_HANDLE ? Severity.HIGH : type.defaultSeverity();
        assertThat(type.defaultSeverity(true)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void values_coverEveryTypeOfTheContract() {
        assertThat(FindingType.values()).hasSize(30);
    }

    @ParameterizedTest
    @CsvSource({"HIGH, BLOCK", "MEDIUM, REVIEW", "LOW, ALLOW"})
    void verdictOf_mapsWorstSeverity(Severity worst, Verdict verdict) {
        assertThat(Verdict.of(worst)).isEqualTo(verdict);
    }
}
