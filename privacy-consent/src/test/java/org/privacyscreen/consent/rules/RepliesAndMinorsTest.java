package org.privacyscreen.consent.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacyscreen.consent.rules.Fixture.NOW;
import static org.privacyscreen.consent.rules.Fixture.post;
import static org.privacyscreen.consent.rules.Fixture.uncovered;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.privacyscreen.Consent;
import org.privacyscreen.Engagement;
import org.privacyscreen.Evidence;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.Permission;
import org.privacyscreen.Purpose;
import org.privacyscreen.ScreeningReport;
import org.privacyscreen.Severity;
import org.privacyscreen.Verdict;

/**
 * Rule 4 in replies (the client spoke first: name and handle may be used, health details they did not make public
 * may not be added) and rule 7 for minors (a guardian's consent, even where the minor spoke first).
 */
class RepliesAndMinorsTest {
    private static Fixture engaged(String client) {
        Fixture fx = new Fixture();
        fx.engagements.add(new Engagement(client, "facebook", NOW.minus(Duration.ofDays(1)), true));
        return fx;
    }

    static Stream<Arguments> repliesAddingHealthDetails() {
        return Stream.of(
                Arguments.of("a diagnosis", "Thanks Dana, and good luck with the diabetes", "diabetes"),
                Arguments.of("a treatment", "Dana, glad the physio on your shoulder helped", "physio"),
                Arguments.of("a medication", "Lovely to hear from you Dana! Keep up the inhaler", "inhaler"),
                Arguments.of("a procedure, with share consent on record", "Dana, hope recovery from the scan goes ok",
                        "scan"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("repliesAddingHealthDetails")
    void replyToEngagedClient_nameCoveredButHealthDetailsStayHigh(String why, String text, String health) {
        Fixture fx = engaged("c-1");
        fx.consents.save(Consent.builder("k-1", "c-1").permissions(Permission.SHARE).channels("*").build());
        fx.emit(FindingType.CLIENT_NAME, "c-1", "Dana").emit(FindingType.HEALTH_INFORMATION, "c-1", health);
        ScreeningReport r = fx.screen(post(text).channel("facebook").purpose(Purpose.REPLY).inReplyTo("c-1")
                .build());
        assertThat(r.findings(FindingType.CLIENT_NAME).get(0).covered()).as(why).isTrue();
        Finding h = r.findings(FindingType.HEALTH_INFORMATION).get(0);
        assertThat(h.covered()).as(why).isFalse();
        assertThat(h.severity()).isEqualTo(Severity.HIGH);
        assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
    }

    static Stream<Arguments> repliesThatAreFine() {
        return Stream.of(
                Arguments.of("thanks by name", "Thank you so much, Dana!"),
                Arguments.of("a greeting by handle", "Great to hear from you @dee_runs"),
                Arguments.of("by name, asking them to call", "Dana, please ring reception and we will help"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("repliesThatAreFine")
    void replyToEngagedClient_addressingThemOnly_allowedWithoutConsent(String why, String text) {
        Fixture fx = engaged("c-1");
        if (text.contains("@dee_runs")) {
            fx.emit(FindingType.SOCIAL_HANDLE, "c-1", "@dee_runs");
        } else {
            fx.emit(FindingType.CLIENT_NAME, "c-1", "Dana");
        }
        ScreeningReport r = fx.screen(post(text).channel("facebook").purpose(Purpose.REPLY).inReplyTo("c-1")
                .build());
        assertThat(r.verdict()).as(why).isEqualTo(Verdict.ALLOW);
        assertThat(r.consentsUsed()).isEmpty();
    }

    @Test
    void replyToEngagedMinor_withoutGuardiansConsent_blocked() {
        Fixture fx = engaged("c-kid");
        fx.emit(FindingType.CLIENT_NAME, "c-kid", "Tobias");
        ScreeningReport r = fx.screen(post("Thanks Tobias, see you Friday").channel("facebook")
                .purpose(Purpose.REPLY).inReplyTo("c-kid").build());
        assertThat(uncovered(r)).containsExactlyInAnyOrder(FindingType.CLIENT_NAME, FindingType.CONSENT_MISSING);
        assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
    }

    @Test
    void replyToEngagedMinor_ownConsentWithoutGuardian_guardianMissing() {
        Fixture fx = engaged("c-kid");
        fx.consents.save(Consent.builder("k-1", "c-kid").permissions(Permission.SHARE, Permission.NAME)
                .channels("*").purposes(Purpose.REPLY).evidence(Evidence.Kind.ELECTRONIC, "portal").build());
        fx.emit(FindingType.CLIENT_NAME, "c-kid", "Tobias");
        ScreeningReport r = fx.screen(post("Thanks Tobias, see you Friday").channel("facebook")
                .purpose(Purpose.REPLY).inReplyTo("c-kid").build());
        assertThat(uncovered(r)).containsExactlyInAnyOrder(FindingType.CLIENT_NAME,
                FindingType.GUARDIAN_CONSENT_MISSING);
    }

    @Test
    void replyToEngagedMinor_withGuardiansConsent_nameCoveredHealthStays() {
        Fixture fx = engaged("c-kid");
        // specific consent: this one names replies among its purposes
        fx.consents.save(Consent.builder("k-1", "c-kid").permissions(Permission.SHARE).channels("*")
                .purposes(Purpose.SOCIAL_POST, Purpose.REPLY).guardian("A Renn", "father").build());
        fx.emit(FindingType.CLIENT_NAME, "c-kid", "Tobias");
        ScreeningReport ok = fx.screen(post("Thanks Tobias, see you Friday").channel("facebook")
                .purpose(Purpose.REPLY).inReplyTo("c-kid").build());
        assertThat(ok.verdict()).isEqualTo(Verdict.ALLOW);
        assertThat(ok.findings(FindingType.CLIENT_NAME).get(0).consentId()).contains("k-1");
        assertThat(ok.consentsUsed()).containsExactly("k-1");
        fx.emit(FindingType.HEALTH_INFORMATION, "c-kid", "asthma");
        ScreeningReport health = fx.screen(post("Thanks Tobias, good luck with the asthma").channel("facebook")
                .purpose(Purpose.REPLY).inReplyTo("c-kid").build());
        assertThat(uncovered(health)).containsExactly(FindingType.HEALTH_INFORMATION);
    }

    @Test
    void minorWhoEngagedFirst_taggedInAPost_stillNeedsAGuardian() {
        Fixture fx = engaged("c-kid");
        fx.consents.save(Consent.builder("k-1", "c-kid").permissions(Permission.SHARE, Permission.NAME)
                .channels("*").evidence(Evidence.Kind.WRITTEN, "f").build());
        fx.emit(FindingType.MINOR, "c-kid", "Tobias");
        ScreeningReport r = fx.screen(post("Shout out to Tobias for the fundraiser").channel("facebook").build());
        assertThat(r.findings(FindingType.UNSOLICITED_CONTACT)).isEmpty();
        assertThat(uncovered(r)).containsExactlyInAnyOrder(FindingType.MINOR, FindingType.GUARDIAN_CONSENT_MISSING);
    }

    @Test
    void adultWhoEngagedFirst_replyNeedsNoConsentAtAll() {
        Fixture fx = engaged("c-2");
        fx.emit(FindingType.CLIENT_NAME, "c-2", "Omar");
        ScreeningReport r = fx.screen(post("Cheers Omar!").channel("facebook").purpose(Purpose.REPLY)
                .inReplyTo("c-2").build());
        assertThat(r.verdict()).isEqualTo(Verdict.ALLOW);
        assertThat(List.copyOf(r.findings())).allSatisfy(f -> assertThat(f.covered()).isTrue());
    }
}
