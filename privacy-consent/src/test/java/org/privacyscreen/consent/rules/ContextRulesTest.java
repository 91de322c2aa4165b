package org.privacyscreen.consent.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacyscreen.consent.rules.Fixture.NOW;
import static org.privacyscreen.consent.rules.Fixture.post;
import static org.privacyscreen.consent.rules.Fixture.uncovered;

import java.time.Duration;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.privacyscreen.AccountKind;
import org.privacyscreen.Audience;
import org.privacyscreen.Author;
import org.privacyscreen.Consent;
import org.privacyscreen.Engagement;
import org.privacyscreen.Evidence;
import org.privacyscreen.FindingType;
import org.privacyscreen.Permission;
import org.privacyscreen.Purpose;
import org.privacyscreen.ScreeningReport;
import org.privacyscreen.Screener;
import org.privacyscreen.Verdict;
import org.privacyscreen.spi.DetectorProvider;

/** First move, audience and personal-account rules, and their registration. */
class ContextRulesTest {
    private final Fixture fx = new Fixture();

    @Test
    void firstMove_tagOfClientWhoNeverEngaged_unsolicitedContact() {
        fx.emit(FindingType.SOCIAL_HANDLE, "c-1", "@dee_runs");
        ScreeningReport r = fx.screen(post("Great to see @dee_runs in the gym").build());
        assertThat(uncovered(r)).contains(FindingType.UNSOLICITED_CONTACT);
        assertThat(r.findings(FindingType.UNSOLICITED_CONTACT).get(0).subject()).contains("c-1");
        assertThat(r.findings(FindingType.UNSOLICITED_CONTACT).get(0).message()).contains("tags a client")
                .contains("instagram").doesNotContain("dee_runs").doesNotContain("c-1");
    }

    @Test
    void firstMove_tagOfClientWhoEngagedPublicly_noUnsolicitedContact() {
        fx.engagements.add(new Engagement("c-1", "instagram", NOW.minus(Duration.ofDays(3)), true));
        fx.emit(FindingType.SOCIAL_HANDLE, "c-1", "@dee_runs");
        ScreeningReport r = fx.screen(post("Great to see @dee_runs in the gym").build());
        assertThat(r.findings(FindingType.UNSOLICITED_CONTACT)).isEmpty();
    }

    @Test
    void firstMove_replyToEngagedClient_nameCoveredNoConsentNeededButHealthStays() {
        fx.engagements.add(new Engagement("c-1", "facebook", NOW.minus(Duration.ofDays(3)), true));
        fx.emit(FindingType.CLIENT_NAME, "c-1", "Dana").emit(FindingType.HEALTH_INFORMATION, "c-1", "knee");
        ScreeningReport r = fx.screen(post("Thanks Dana, hope the knee is better").channel("facebook")
                .purpose(Purpose.REPLY).inReplyTo("c-1").build());
        assertThat(r.findings(FindingType.CLIENT_NAME).get(0).coveredBy())
                .contains("replying to a client who engaged publicly first on facebook");
        assertThat(uncovered(r)).containsExactly(FindingType.HEALTH_INFORMATION);
    }

    @Test
    void firstMove_replyToEngagedClientByNameOnly_allowed() {
        fx.engagements.add(new Engagement("c-1", "facebook", NOW.minus(Duration.ofDays(3)), true));
        fx.emit(FindingType.CLIENT_NAME, "c-1", "Dana");
        ScreeningReport r = fx.screen(post("Thank you for the review, Dana!").channel("facebook")
                .purpose(Purpose.REPLY).inReplyTo("c-1").build());
        assertThat(r.verdict()).isEqualTo(Verdict.ALLOW);
    }

    @Test
    void firstMove_replyToClientWhoNeverEngaged_unsolicitedContact() {
        ScreeningReport r = fx.screen(post("Thank you!").channel("facebook").inReplyTo("c-1").build());
        assertThat(r.findings(FindingType.UNSOLICITED_CONTACT).get(0).message()).contains("answers a client");
        assertThat(r.findings(FindingType.UNSOLICITED_CONTACT).get(0).subject()).contains("c-1");
    }

    @Test
    void firstMove_engagementNearMisses_stillUnsolicited() {
        for (Engagement e : List.of(new Engagement("c-1", "instagram", NOW.minusSeconds(60), true),
                new Engagement("c-1", "facebook", NOW.minusSeconds(60), false),
                new Engagement("c-1", "facebook", NOW.plusSeconds(60), true))) {
            Fixture f = new Fixture();
            f.engagements.add(e);
            ScreeningReport r = f.screen(post("Thank you!").channel("facebook").inReplyTo("c-1").build());
            assertThat(uncovered(r)).as(e.toString()).contains(FindingType.UNSOLICITED_CONTACT);
        }
    }

    @Test
    void firstMove_replyToUnknownId_unsolicitedContact() {
        ScreeningReport r = fx.screen(post("Thank you!").inReplyTo("c-404").build());
        assertThat(uncovered(r)).containsExactly(FindingType.UNSOLICITED_CONTACT);
    }

    @Test
    void audience_mixedGroup_outsiderNamingHowMany() {
        ScreeningReport r = fx.screen(post("Session moved to 4pm").purpose(Purpose.GROUP_MESSAGE)
                .audience(Audience.group("team", List.of("s-1", "s-2", "c-2", "x-9"))).build());
        assertThat(uncovered(r)).containsExactly(FindingType.AUDIENCE_OUTSIDER, FindingType.AUDIENCE_OUTSIDER);
        assertThat(r.findings(FindingType.AUDIENCE_OUTSIDER)).extracting(f -> f.subject().orElseThrow())
                .containsExactlyInAnyOrder("c-2", "x-9");
        assertThat(r.findings(FindingType.AUDIENCE_OUTSIDER)).allSatisfy(f -> assertThat(f.message())
                .contains("2 members").doesNotContain("c-2").doesNotContain("x-9"));
    }

    @Test
    void audience_staffOnlyGroup_internalCoversClientFindingsAndNeedsNoConsent() {
        fx.emit(FindingType.CLIENT_NAME, "c-2", "Omar").emit(FindingType.HEALTH_INFORMATION, "c-2", "knee");
        ScreeningReport r = fx.screen(post("Omar's knee session moved to 4pm").purpose(Purpose.GROUP_MESSAGE)
                .subject("c-2").audience(Audience.group("team", List.of("s-1", "s-2"))).build());
        assertThat(uncovered(r)).isEmpty();
        assertThat(r.findings()).allSatisfy(f ->
                assertThat(f.coveredBy()).contains(AudienceRule.INTERNAL));
        assertThat(r.verdict()).isEqualTo(Verdict.ALLOW);
    }

    @Test
    void personalAccount_clientContent_flagged() {
        fx.consents.save(Consent.builder("k-1", "c-1").permissions(Permission.SHARE, Permission.NAME)
                .evidence(Evidence.Kind.WRITTEN, "f").build());
        fx.emit(FindingType.CLIENT_NAME, "c-1", "Dana");
        ScreeningReport r = fx.screen(post("Saw Dana today").author(Author.of("s-1", AccountKind.PERSONAL))
                .build());
        assertThat(uncovered(r)).containsExactly(FindingType.PERSONAL_ACCOUNT_CLIENT_CONTENT);
        assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
    }

    @Test
    void personalAccount_healthWithoutSubject_flagged() {
        fx.emitted.add(p -> org.privacyscreen.Finding.builder(FindingType.HEALTH_INFORMATION).span(p.text(), 11, 15).message("Health.").build());
        ScreeningReport r = fx.screen(post("Someone's back is a mess").author(Author.of("s-1",
                AccountKind.PERSONAL)).build());
        assertThat(uncovered(r)).contains(FindingType.PERSONAL_ACCOUNT_CLIENT_CONTENT);
    }

    @Test
    void personalAccount_noClientContent_fine() {
        ScreeningReport r = fx.screen(post("Lovely run this morning").author(Author.of("s-1",
                AccountKind.PERSONAL)).build());
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void personalAccount_officialAccount_notFlagged() {
        fx.emit(FindingType.CLIENT_NAME, "c-1", "Dana");
        ScreeningReport r = fx.screen(post("Saw Dana today").build());
        assertThat(r.findings(FindingType.PERSONAL_ACCOUNT_CLIENT_CONTENT)).isEmpty();
    }

    @Test
    void provider_discoveredThroughServiceLoader_registersEveryRule() {
        assertThat(StreamSupport.stream(ServiceLoader.load(DetectorProvider.class).spliterator(), false))
                .anyMatch(p -> p instanceof ConsentRulesProvider);
        Screener s = Screener.builder().build();
        assertThat(s.detectors()).extracting(d -> d.id())
                .contains("audience", "first-move", "consent", "personal-account");
        assertThat(s.detectors()).allSatisfy(d -> assertThat(d.id()).isEqualTo(d.id().toLowerCase()));
    }
}
