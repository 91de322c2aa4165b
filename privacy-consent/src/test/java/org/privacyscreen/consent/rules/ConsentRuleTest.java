package org.privacyscreen.consent.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacyscreen.consent.rules.Fixture.NOW;
import static org.privacyscreen.consent.rules.Fixture.post;
import static org.privacyscreen.consent.rules.Fixture.uncovered;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.privacyscreen.Consent;
import org.privacyscreen.ConsentStatus;
import org.privacyscreen.ConsentUse;
import org.privacyscreen.Evidence;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.Permission;
import org.privacyscreen.Purpose;
import org.privacyscreen.ScreeningReport;
import org.privacyscreen.Severity;
import org.privacyscreen.Verdict;

class ConsentRuleTest {
    private final Fixture fx = new Fixture();

    private static Consent.Builder full(String id, String person) {
        return Consent.builder(id, person).permissions(Permission.CAPTURE, Permission.SHARE, Permission.NAME)
                .channels("instagram").evidence(Evidence.Kind.WRITTEN, "form-1");
    }

    private static Finding only(ScreeningReport r, FindingType type) {
        assertThat(r.findings(type)).hasSize(1);
        return r.findings(type).get(0);
    }

    @Test
    void apply_declaredClientWithoutConsent_consentMissing() {
        ScreeningReport r = fx.screen(post("Great session today!").subject("c-2").build());
        assertThat(uncovered(r)).containsExactly(FindingType.CONSENT_MISSING);
        assertThat(only(r, FindingType.CONSENT_MISSING).subject()).contains("c-2");
        assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
    }

    @Test
    void apply_unknownSubject_consentMissingSaysUnknown() {
        ScreeningReport r = fx.screen(post("Great session today!").subject("c-404").build());
        Finding missing = only(r, FindingType.CONSENT_MISSING);
        assertThat(missing.subject()).contains("c-404");
        assertThat(missing.message()).contains("not in the practice's directory").doesNotContain("c-404");
    }

    @Test
    void apply_clientNamedButNotDeclared_stillNeedsConsent() {
        fx.emit(FindingType.CLIENT_NAME, "c-2", "Omar");
        ScreeningReport r = fx.screen(post("Omar did well today").build());
        assertThat(uncovered(r)).containsExactlyInAnyOrder(FindingType.CLIENT_NAME, FindingType.CONSENT_MISSING);
    }

    @Test
    void apply_refusalOnRecord_refusalWinsOverGrant() {
        fx.consents.save(full("k-1", "c-1").build());
        fx.consents.save(full("k-2", "c-1").status(ConsentStatus.REFUSED).build());
        ScreeningReport r = fx.screen(post("Great session today!").subject("c-1").build());
        assertThat(uncovered(r)).containsExactly(FindingType.CONSENT_REFUSED);
        assertThat(only(r, FindingType.CONSENT_REFUSED).consentId()).contains("k-2");
    }

    @Test
    void apply_refusalWithdrawnBeforePost_grantApplies() {
        fx.consents.save(full("k-1", "c-1").build());
        fx.consents.save(full("k-2", "c-1").status(ConsentStatus.REFUSED).revokedAt(NOW.minusSeconds(60)).build());
        assertThat(fx.screen(post("Great session today!").subject("c-1").build()).findings()).isEmpty();
    }

    @Test
    void apply_revokedBeforePost_consentRevoked() {
        fx.consents.save(full("k-1", "c-1").revokedAt(NOW.minus(Duration.ofHours(1))).build());
        ScreeningReport r = fx.screen(post("Great session today!").subject("c-1").build());
        assertThat(uncovered(r)).containsExactly(FindingType.CONSENT_REVOKED);
        assertThat(only(r, FindingType.CONSENT_REVOKED).consentId()).contains("k-1");
        assertThat(only(r, FindingType.CONSENT_REVOKED).message()).contains("withdrawn on 2026-11-21 09:00 (Z)")
                .doesNotContain("k-1");
    }

    @Test
    void apply_revokedAnHourAfterPost_stillValid() {
        fx.consents.save(full("k-1", "c-1").revokedAt(NOW.plus(Duration.ofHours(1))).build());
        ScreeningReport r = fx.screen(post("Great session today!").subject("c-1").build());
        assertThat(r.findings()).isEmpty();
        assertThat(r.verdict()).isEqualTo(Verdict.ALLOW);
    }

    @Test
    void apply_expiredYesterday_consentExpired() {
        LocalDate yesterday = NOW.atZone(ZoneOffset.UTC).toLocalDate().minusDays(1);
        fx.consents.save(full("k-1", "c-1").validUntil(yesterday).build());
        ScreeningReport r = fx.screen(post("Great session today!").subject("c-1").build());
        assertThat(uncovered(r)).containsExactly(FindingType.CONSENT_EXPIRED);
        assertThat(only(r, FindingType.CONSENT_EXPIRED).consentId()).contains("k-1");
        assertThat(only(r, FindingType.CONSENT_EXPIRED).message()).contains(yesterday.toString());
    }

    @Test
    void apply_validUntilToday_coversTheWholeDay() {
        LocalDate today = NOW.atZone(ZoneOffset.UTC).toLocalDate();
        fx.consents.save(full("k-1", "c-1").validUntil(today).build());
        ScreeningReport r = fx.screen(post("Great session today!").subject("c-1")
                .createdAt(today.atTime(23, 59).toInstant(ZoneOffset.UTC)).build());
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void apply_validUntil_readInThePracticesTimeZone() {
        // 23:30 on 31 March in Los Angeles (UTC-7 in March) is 06:30 on 1 April in UTC
        fx.consents.save(full("k-1", "c-1").validUntil(LocalDate.of(2026, 3, 31)).build());
        java.time.Instant lateEvening = java.time.Instant.parse("2026-04-01T06:30:00Z");
        fx.timeZone = java.time.ZoneId.of("America/Los_Angeles");
        assertThat(fx.screen(post("Great session today!").subject("c-1").createdAt(lateEvening).build())
                .findings()).isEmpty();
        ScreeningReport afterMidnight = fx.screen(post("Great session today!").subject("c-1")
                .createdAt(lateEvening.plus(Duration.ofHours(1))).build());
        assertThat(only(afterMidnight, FindingType.CONSENT_EXPIRED).message())
                .contains("ran out on 2026-03-31; this post is dated 2026-04-01");
        fx.timeZone = ZoneOffset.UTC;
        assertThat(uncovered(fx.screen(post("Great session today!").subject("c-1").createdAt(lateEvening).build())))
                .as("the same moment for a practice in UTC").containsExactly(FindingType.CONSENT_EXPIRED);
    }

    @Test
    void apply_postAlreadyCountedAgainstTheConsent_notExhaustedByItsOwnUse() {
        fx.consents.save(full("k-1", "c-1").maxUses(1).build());
        fx.consents.importUse(new ConsentUse("k-1", "p-1", "instagram", NOW.minusSeconds(60)));
        assertThat(fx.screen(post("Great session today!").subject("c-1").build()).findings()).isEmpty();
        ScreeningReport other = fx.screen(post("Great session today!").id("p-2").subject("c-1").build());
        assertThat(uncovered(other)).containsExactly(FindingType.CONSENT_EXHAUSTED);
    }

    @Test
    void apply_notYetValid_consentExpired() {
        fx.consents.save(full("k-1", "c-1").validFrom(LocalDate.of(2027, 1, 1)).build());
        ScreeningReport r = fx.screen(post("Great session today!").subject("c-1").build());
        assertThat(only(r, FindingType.CONSENT_EXPIRED).message()).contains("only starts on 2027-01-01");
    }

    @Test
    void apply_consentForAnotherChannel_consentScope() {
        fx.consents.save(full("k-1", "c-1").build());
        ScreeningReport r = fx.screen(post("Great session today!").subject("c-1").channel("facebook").build());
        assertThat(uncovered(r)).containsExactly(FindingType.CONSENT_SCOPE);
        assertThat(only(r, FindingType.CONSENT_SCOPE).message()).contains("instagram only, not facebook");
    }

    @Test
    void apply_allChannels_coversAnyChannel() {
        fx.consents.save(full("k-1", "c-1").channels("*").build());
        assertThat(fx.screen(post("Great session today!").subject("c-1").channel("tiktok").build()).findings())
                .isEmpty();
    }

    @Test
    void apply_otherPurpose_consentScope() {
        fx.consents.save(full("k-1", "c-1").build());
        ScreeningReport r = fx.screen(post("Great session today!").subject("c-1").purpose(Purpose.ADVERT).build());
        assertThat(only(r, FindingType.CONSENT_SCOPE).message()).contains("not advert");
    }

    @Test
    void apply_photoWithoutCapturePermission_consentScope() {
        fx.consents.save(Consent.builder("k-1", "c-1").permissions(Permission.SHARE).channels("*")
                .evidence(Evidence.Kind.WRITTEN, "f").build());
        assertThat(fx.screen(post("Great session today!").subject("c-1").build()).findings()).isEmpty();
        ScreeningReport r = fx.screen(post("Great session today!").subject("c-1").image(Fixture.photo()).build());
        assertThat(only(r, FindingType.CONSENT_SCOPE).message()).contains("capture");
    }

    @Test
    void apply_noSharePermission_consentScope() {
        fx.consents.save(Consent.builder("k-1", "c-1").permissions(Permission.CAPTURE).channels("*").build());
        ScreeningReport r = fx.screen(post("Great session today!").subject("c-1").build());
        assertThat(only(r, FindingType.CONSENT_SCOPE).message()).contains("share");
    }

    @Test
    void apply_usesAllTaken_consentExhausted() {
        fx.consents.save(full("k-1", "c-1").maxUses(2).build());
        fx.consents.importUse(new ConsentUse("k-1", "p-0", "instagram", NOW.minusSeconds(86_400)));
        fx.consents.importUse(new ConsentUse("k-1", "p-00", "instagram", NOW.minusSeconds(3_600)));
        ScreeningReport r = fx.screen(post("Great session today!").subject("c-1").build());
        assertThat(uncovered(r)).containsExactly(FindingType.CONSENT_EXHAUSTED);
        assertThat(only(r, FindingType.CONSENT_EXHAUSTED).consentId()).contains("k-1");
        assertThat(only(r, FindingType.CONSENT_EXHAUSTED).message()).contains("2 uses");
    }

    @Test
    void apply_oneUseLeft_allowed() {
        fx.consents.save(full("k-1", "c-1").maxUses(2).build());
        fx.consents.importUse(new ConsentUse("k-1", "p-0", "instagram", NOW.minusSeconds(86_400)));
        assertThat(fx.screen(post("Great session today!").subject("c-1").build()).findings()).isEmpty();
    }

    @Test
    void apply_oneValidAmongFailingConsents_validOneWins() {
        fx.consents.save(full("k-1", "c-1").channels("facebook").build());
        fx.consents.save(full("k-2", "c-1").build());
        assertThat(fx.screen(post("Great session today!").subject("c-1").build()).findings()).isEmpty();
    }

    @Test
    void apply_namedWithWrittenConsent_nameCoveredLow() {
        fx.consents.save(full("k-1", "c-1").build());
        fx.emit(FindingType.CLIENT_NAME, "c-1", "Dana");
        ScreeningReport r = fx.screen(post("Dana smashed it today").subject("c-1").build());
        Finding name = only(r, FindingType.CLIENT_NAME);
        assertThat(name.severity()).isEqualTo(Severity.LOW);
        assertThat(name.coveredBy()).contains("named with written consent");
        assertThat(name.consentId()).contains("k-1");
        assertThat(r.consentsUsed()).containsExactly("k-1");
        assertThat(r.verdict()).isEqualTo(Verdict.ALLOW);
    }

    @Test
    void apply_namedWithVerbalEvidence_namingConsentMissing() {
        fx.consents.save(full("k-1", "c-1").evidence(Evidence.Kind.VERBAL, "v-1").build());
        fx.emit(FindingType.CLIENT_NAME, "c-1", "Dana");
        ScreeningReport r = fx.screen(post("Dana smashed it today").subject("c-1").build());
        assertThat(uncovered(r)).containsExactlyInAnyOrder(FindingType.CLIENT_NAME,
                FindingType.NAMING_CONSENT_MISSING);
        assertThat(only(r, FindingType.NAMING_CONSENT_MISSING).message()).contains("verbally");
        assertThat(only(r, FindingType.NAMING_CONSENT_MISSING).consentId()).contains("k-1");
    }

    @Test
    void apply_declaredSubjectAliasInTextWithoutNamePermission_namingConsentMissing() {
        fx.consents.save(Consent.builder("k-1", "c-1").permissions(Permission.SHARE).channels("*")
                .evidence(Evidence.Kind.ELECTRONIC, "e-1").build());
        ScreeningReport r = fx.screen(post("Dee smashed it today").subject("c-1").build());
        assertThat(uncovered(r)).containsExactly(FindingType.NAMING_CONSENT_MISSING);
        assertThat(fx.screen(post("Someone smashed it today").subject("c-1").build()).findings()).isEmpty();
    }

    @Test
    void apply_nameInsideAnotherWord_notNamed() {
        fx.consents.save(Consent.builder("k-1", "c-1").permissions(Permission.SHARE).channels("*")
                .evidence(Evidence.Kind.VERBAL, "v-1").build());
        assertThat(fx.screen(post("Our Deep Tissue class and Danash yoga").subject("c-1").build()).findings())
                .isEmpty();
    }

    @Test
    void apply_minorWithoutGuardian_guardianConsentMissing() {
        fx.consents.save(Consent.builder("k-1", "c-kid").permissions(Permission.SHARE).channels("*")
                .evidence(Evidence.Kind.WRITTEN, "f").build());
        fx.emit(FindingType.MINOR, "c-kid", "Tobias");
        ScreeningReport r = fx.screen(post("Tobias hit his goals").subject("c-kid").build());
        assertThat(uncovered(r)).containsExactlyInAnyOrder(FindingType.MINOR,
                FindingType.GUARDIAN_CONSENT_MISSING, FindingType.NAMING_CONSENT_MISSING);
    }

    @Test
    void apply_minorWithGuardian_minorCovered() {
        fx.consents.save(Consent.builder("k-1", "c-kid").permissions(Permission.SHARE).channels("*")
                .evidence(Evidence.Kind.WRITTEN, "f").guardian("A Renn", "father").build());
        fx.emit(FindingType.MINOR, "c-kid", "hit");
        ScreeningReport r = fx.screen(post("He hit his goals").subject("c-kid").build());
        assertThat(uncovered(r)).isEmpty();
        assertThat(only(r, FindingType.MINOR).coveredBy()).contains("a guardian's consent covers the post");
        assertThat(only(r, FindingType.MINOR).consentId()).contains("k-1");
    }

    @Test
    void apply_adultTurnedEighteenBeforePost_noGuardianNeeded() {
        fx.people.add(org.privacyscreen.Person.client("c-18", "Lee Marr").withDateOfBirth(LocalDate.of(2008, 11, 21)));
        fx.consents.save(full("k-1", "c-18").build());
        assertThat(fx.screen(post("Great session today!").subject("c-18").build()).findings()).isEmpty();
    }

    @Test
    void apply_healthInformationWithShareConsent_covered() {
        fx.consents.save(full("k-1", "c-1").build());
        fx.emit(FindingType.HEALTH_INFORMATION, "c-1", "knee");
        ScreeningReport r = fx.screen(post("Back from knee surgery!").subject("c-1").build());
        assertThat(only(r, FindingType.HEALTH_INFORMATION).coveredBy()).contains("shared with consent");
        assertThat(only(r, FindingType.HEALTH_INFORMATION).consentId()).contains("k-1");
    }


    @Test
    void apply_staffNamedWithoutPhoto_noConsentQuestion() {
        ScreeningReport r = fx.screen(post("Meet Priya, our new physio").subject("s-1").build());
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void apply_staffPicturedWithoutConsent_consentMissing() {
        ScreeningReport r = fx.screen(post("Meet Priya").subject("s-1").image(Fixture.photo()).build());
        assertThat(uncovered(r)).containsExactly(FindingType.CONSENT_MISSING);
        assertThat(only(r, FindingType.CONSENT_MISSING).subject()).contains("s-1");
        assertThat(only(r, FindingType.CONSENT_MISSING).message()).contains("the staff member");
    }

    @Test
    void apply_staffPicturedWithConsent_allowed() {
        fx.consents.save(full("k-s", "s-1").build());
        ScreeningReport r = fx.screen(post("Meet Priya").subject("s-1").image(Fixture.photo()).build());
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void apply_messages_holdNoName() {
        fx.emit(FindingType.CLIENT_NAME, "c-2", "Omar");
        ScreeningReport r = fx.screen(post("Omar did well").subject("c-2").build());
        assertThat(r.findings()).allSatisfy(f -> assertThat(f.message()).doesNotContain("Omar"));
    }
}
