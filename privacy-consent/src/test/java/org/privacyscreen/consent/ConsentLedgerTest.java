package org.privacyscreen.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.privacyscreen.Consent;
import org.privacyscreen.ConsentStatus;
import org.privacyscreen.ConsentUse;
import org.privacyscreen.ErrorCode;
import org.privacyscreen.Evidence;
import org.privacyscreen.InMemoryConsentStore;
import org.privacyscreen.Permission;
import org.privacyscreen.Post;
import org.privacyscreen.PrivacyScreenException;
import org.privacyscreen.Purpose;
import org.privacyscreen.ScreeningPolicy;
import org.privacyscreen.ScreeningReport;
import org.privacyscreen.Verdict;
import org.privacyscreen.spi.AuditEvent;
import org.privacyscreen.spi.AuditSink;

class ConsentLedgerTest {
    private static final Instant T0 = Instant.parse("2026-01-10T09:00:00Z");
    private final AtomicReference<Instant> now = new AtomicReference<>(T0);
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final InMemoryConsentStore store = new InMemoryConsentStore(clock);
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final ConsentLedger ledger = ConsentLedger.builder(store, audit)
            .policy(ScreeningPolicy.builder().coolingOffDays(90).build()).clock(clock).build();

    private static Consent grant(String id, int maxUses) {
        return Consent.builder(id, "client-1").permissions(Permission.SHARE).maxUses(maxUses)
                .evidence(Evidence.Kind.WRITTEN, "f-1").build();
    }

    private static Consent refusal(String id) {
        return Consent.builder(id, "client-1").status(ConsentStatus.REFUSED).permissions(Permission.SHARE).build();
    }

    private static Post post(String id, String channel, Instant at) {
        return Post.builder().id(id).text("A good day").channel(channel).createdAt(at).build();
    }

    @Test
    void recordPublication_countsAtomicallyAndKeepsWhatWasPublishedUnderWhichConsent() {
        ledger.record(grant("k-1", 2));
        assertThat(ledger.recordPublication("k-1", post("p-1", "instagram", T0))).isTrue();
        assertThat(ledger.recordPublication("k-1", post("p-2", "facebook", T0.plusSeconds(60)))).isTrue();
        assertThat(ledger.recordPublication("k-1", post("p-3", "instagram", T0.plusSeconds(120)))).isFalse();
        assertThat(ledger.publicationsOf("client-1")).containsExactly(
                new Publication("p-1", "k-1", "instagram", Purpose.SOCIAL_POST, T0),
                new Publication("p-2", "k-1", "facebook", Purpose.SOCIAL_POST, T0.plusSeconds(60)));
        assertThat(ledger.trailOf("client-1")).extracting(AuditEvent::action)
                .containsExactly("granted", "published", "published", "publication-refused");
        assertThat(ledger.trailOf("client-1").get(3).detail()).endsWith("refused: exhausted");
    }

    @Test
    @SuppressWarnings("deprecation")
    void recordPublication_olderFormWithoutPurpose_countsASocialPostInThePracticesZone() {
        ConsentLedger la = ConsentLedger.builder(store, audit).timeZone(ZoneId.of("America/Los_Angeles"))
                .clock(clock).build();
        la.record(Consent.builder("k-1", "client-1").permissions(Permission.SHARE)
                .validUntil(LocalDate.of(2026, 3, 31)).build());
        assertThat(la.recordPublication("k-1", "p-1", "instagram", Instant.parse("2026-04-01T06:30:00Z"))).isTrue();
        assertThat(store.uses("k-1")).singleElement().satisfies(u -> {
            assertThat(u.purpose()).isEqualTo(Purpose.SOCIAL_POST);
            assertThat(u.zone()).isEqualTo(ZoneId.of("America/Los_Angeles"));
        });
    }

    @Test
    void publicationsOf_readFromTheStoreNotTheAuditText() {
        ledger.record(grant("k-1", 5));
        store.importUse(new ConsentUse("k-1", "p-0", "print-run", T0.minusSeconds(60)));
        assertThat(ledger.publicationsOf("client-1")).singleElement()
                .isEqualTo(new Publication("p-0", "k-1", "print-run", Purpose.SOCIAL_POST, T0.minusSeconds(60)));
    }

    @Test
    void recordPublication_otherPurposeOrChannel_refusedAndAuditedWithTheReason() {
        ledger.record(Consent.builder("k-1", "client-1").permissions(Permission.SHARE).channels("instagram")
                .purposes(Purpose.SOCIAL_POST).build());
        Post advert = post("p-1", "instagram", T0).toBuilder().purpose(Purpose.ADVERT).build();
        assertThat(ledger.recordPublication("k-1", advert)).isFalse();
        assertThat(ledger.recordPublication("k-1", post("p-2", "facebook", T0))).isFalse();
        assertThat(store.uses("k-1")).isEmpty();
        assertThat(ledger.trailOf("client-1")).extracting(AuditEvent::detail).filteredOn(d -> d.contains("refused"))
                .satisfiesExactly(d -> assertThat(d).endsWith("refused: purpose"),
                        d -> assertThat(d).endsWith("refused: channel"));
    }

    @Test
    void recordPublication_unknownConsent_unknownReference() {
        assertThatThrownBy(() -> ledger.recordPublication("k-9", post("p-1", "x", T0)))
                .isInstanceOfSatisfying(PrivacyScreenException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_REFERENCE));
    }

    @Test
    void revoke_takesEffectForEveryLaterPublication() {
        ledger.record(grant("k-1", 5));
        ledger.revoke("k-1", T0.plusSeconds(3600));
        assertThat(ledger.recordPublication("k-1", post("p-1", "x", T0.plusSeconds(3599)))).isTrue();
        assertThat(ledger.recordPublication("k-1", post("p-2", "x", T0.plusSeconds(3600)))).isFalse();
        ledger.revoke("k-1", T0.plusSeconds(7200));
        assertThat(store.find("k-1").orElseThrow().revokedAt()).contains(T0.plusSeconds(3600));
        assertThat(ledger.trailOf("client-1")).extracting(AuditEvent::action).containsOnlyOnce("revoked");
    }

    @Test
    void revoke_inEffectNow_refusesAPublicationDatedBeforeIt() {
        ledger.record(grant("k-1", 5));
        now.set(T0.plus(Duration.ofHours(2)));
        ledger.revoke("k-1", T0.plus(Duration.ofHours(1)));
        assertThat(ledger.recordPublication("k-1", post("p-late", "x", T0))).as("scheduled before, published now")
                .isFalse();
        assertThat(ledger.trailOf("client-1").get(ledger.trailOf("client-1").size() - 1).detail())
                .endsWith("refused: revoked");
    }

    @Test
    void recordPublication_timeZoneOfThePractice_decidesTheLastValidDay() {
        // Los Angeles, Pacific daylight time: 23:30 on 31 March there is 06:30 on 1 April in UTC
        Consent untilMarch = Consent.builder("k-1", "client-1").permissions(Permission.SHARE)
                .validUntil(LocalDate.of(2026, 3, 31)).build();
        ConsentLedger la = ConsentLedger.builder(store, audit).timeZone(ZoneId.of("America/Los_Angeles"))
                .clock(clock).build();
        la.record(untilMarch);
        assertThat(la.recordPublication("k-1", post("p-1", "x", Instant.parse("2026-04-01T06:30:00Z")))).isTrue();
        assertThat(la.recordPublication("k-1", post("p-2", "x", Instant.parse("2026-04-01T07:30:00Z"))))
                .as("00:30 on 1 April in Los Angeles").isFalse();
        assertThat(ledger.recordPublication("k-1", post("p-3", "x", Instant.parse("2026-04-01T06:30:00Z"))))
                .as("the same moment for a practice in UTC").isFalse();
        assertThat(store.uses("k-1")).extracting(ConsentUse::zone).containsExactly(ZoneId.of("America/Los_Angeles"));
    }

    @Test
    void recordPublication_failingAuditSink_failsTheCallAndNeverAllowsMore() {
        store.save(grant("k-1", 1));
        ConsentLedger broken = ConsentLedger.builder(store, failing()).clock(clock).build();
        assertThatThrownBy(() -> broken.recordPublication("k-1", post("p-1", "x", T0)))
                .isInstanceOfSatisfying(PrivacyScreenException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.STORE_FAILURE));
        // store and sink apart: the use stays counted, so the failure can only spend a use, never add one
        assertThat(store.useCount("k-1")).isEqualTo(1);
        assertThat(ledger.recordPublication("k-1", post("p-2", "x", T0))).isFalse();
    }

    @Test
    void revoke_auditFailedOnce_revocationStandsAndTheRetryAuditsIt() {
        store.save(grant("k-1", 5));
        assertThatThrownBy(() -> ConsentLedger.builder(store, failing()).clock(clock).build().revoke("k-1", T0))
                .isInstanceOf(PrivacyScreenException.class);
        assertThat(store.find("k-1").orElseThrow().revokedBy(T0)).as("takes effect at once").isTrue();
        ledger.revoke("k-1", T0);
        assertThat(ledger.trailOf("client-1")).extracting(AuditEvent::action).containsExactly("revoked");
    }

    @Test
    void recordPublication_ofAScreenedPost_countsEveryConsentItReliesOn() {
        ledger.record(grant("k-1", 1));
        ledger.record(Consent.builder("k-2", "staff-1").permissions(Permission.SHARE, Permission.CAPTURE).build());
        Post p = post("p-1", "instagram", T0);
        ScreeningReport allowed = ScreeningReport.builder("p-1", Verdict.ALLOW).consentsUsed(List.of("k-1", "k-2"))
                .remediated(p).build();
        assertThat(ledger.recordPublication(p, allowed)).isTrue();
        assertThat(ledger.recordPublication(p, allowed)).as("a retry counts nothing twice").isTrue();
        assertThat(store.uses("k-1")).hasSize(1);
        assertThat(store.uses("k-2")).hasSize(1);
        Post next = post("p-2", "instagram", T0);
        assertThat(ledger.recordPublication(next, ScreeningReport.builder("p-2", Verdict.ALLOW)
                .consentsUsed(List.of("k-2", "k-1")).remediated(next).build())).as("k-1 is used up").isFalse();
        assertThat(ledger.recordPublication(next, ScreeningReport.builder("p-2", Verdict.REVIEW)
                .consentsUsed(List.of("k-2")).remediated(next).build())).as("not allowed").isFalse();
        assertThat(store.uses("k-2")).as("in memory, a use counted before a refusal stays spent").hasSize(2);
        assertThatThrownBy(() -> ledger.recordPublication(p, ScreeningReport.builder("p-1", Verdict.ALLOW)
                .consentsUsed(List.of("k-404")).remediated(p).build())).isInstanceOfSatisfying(PrivacyScreenException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_REFERENCE));
        assertThatThrownBy(() -> ledger.recordPublication(next, allowed))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void record_badRecord_refusedAndNothingStoredOrAudited() {
        Consent bad = new Consent("k-1", "client-1", ConsentStatus.GRANTED, Set.of(), Set.of("*"),
                Set.of(Purpose.SOCIAL_POST), OptionalInt.of(0), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
        assertThatThrownBy(() -> ledger.record(bad)).isInstanceOfSatisfying(PrivacyScreenException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.INVALID_RECORD);
            assertThat(e.getMessage()).contains("maxUses must be at least 1").contains("permissions");
        });
        assertThat(store.find("k-1")).isEmpty();
        assertThat(audit.events()).isEmpty();
    }

    @Test
    void askAgain_insideCoolingOff_refusedDontPester() {
        ledger.record(refusal("k-r"));
        now.set(T0.plus(Duration.ofDays(89)));
        assertThatThrownBy(() -> ledger.askAgain("client-1")).isInstanceOfSatisfying(PrivacyScreenException.class,
                e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.COOLING_OFF);
                    assertThat(e.getMessage()).contains("2026-04-10").doesNotContain("k-r").doesNotContain("client-1");
                });
        assertThatThrownBy(() -> ledger.record(grant("k-1", 1))).isInstanceOfSatisfying(
                PrivacyScreenException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.COOLING_OFF));
        assertThat(store.find("k-1")).isEmpty();
    }

    @Test
    void askAgain_afterCoolingOff_allowedAndGrantWithdrawsTheRefusal() {
        ledger.record(refusal("k-r"));
        now.set(T0.plus(Duration.ofDays(90)));
        ledger.askAgain("client-1");
        ledger.record(grant("k-1", 1));
        Consent r = store.find("k-r").orElseThrow();
        assertThat(r.status()).isEqualTo(ConsentStatus.REFUSED);
        assertThat(r.revokedAt()).contains(T0.plus(Duration.ofDays(90)));
        assertThat(ledger.trailOf("client-1")).extracting(AuditEvent::action)
                .containsExactly("refused", "asked", "refusal-withdrawn", "granted");
    }

    @Test
    void askAgain_refusalWithEvidenceTime_coolingOffCountsFromIt() {
        store.save(Consent.builder("k-r", "client-1").status(ConsentStatus.REFUSED).permissions(Permission.SHARE)
                .build());
        assertThatThrownBy(() -> ledger.askAgain("client-1")).hasMessageContaining("not on record");
        store.save(new Consent("k-r", "client-1", ConsentStatus.REFUSED, Set.of(Permission.SHARE), Set.of("*"),
                Set.of(Purpose.SOCIAL_POST), OptionalInt.empty(), Optional.empty(), Optional.empty(),
                Optional.of(new Evidence(Evidence.Kind.WRITTEN, Optional.empty(), Optional.empty(),
                        Optional.of(T0.minus(Duration.ofDays(100))))), Optional.empty(), Optional.empty()));
        ledger.askAgain("client-1");
    }

    @Test
    void override_auditedInTheTrailsOfTheClientAndOfWhoOverrode() {
        ledger.override("p-7", "client-1", "staff-1", "client asked us to post it");
        assertThat(ledger.trailOf("client-1")).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("override");
            assertThat(e.postId()).contains("p-7");
        });
        assertThat(ledger.trailOf("staff-1")).singleElement().satisfies(e ->
                assertThat(e.action()).isEqualTo("override-made"));
        assertThatThrownBy(() -> ledger.override("p-7", "client-1", "staff-1", " "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void auditDetails_neverCarryAHostId() {
        List<String> ids = List.of("KX9-client", "QZ7-consent", "RV3-refusal", "WM2-post", "JT5-staff");
        ledger.record(Consent.builder(ids.get(2), ids.get(0)).status(ConsentStatus.REFUSED)
                .permissions(Permission.SHARE).build());
        now.set(T0.plus(Duration.ofDays(91)));
        ledger.askAgain(ids.get(0));
        ledger.record(Consent.builder(ids.get(1), ids.get(0)).permissions(Permission.SHARE).maxUses(1).build());
        ledger.recordPublication(ids.get(1), post(ids.get(3), "instagram", now.get()));
        ledger.recordPublication(ids.get(1), post(ids.get(3) + "b", "instagram", now.get()));
        ledger.revoke(ids.get(1), now.get());
        ledger.override(ids.get(3), ids.get(0), ids.get(4), "posted by hand");
        List<AuditEvent> all = new ArrayList<>(audit.events());
        assertThat(all).hasSizeGreaterThan(6);
        for (AuditEvent e : all) {
            for (String id : ids) {
                assertThat(e.detail()).as(e.action()).doesNotContain(id.substring(0, 3));
            }
        }
    }

    private static AuditSink failing() {
        return event -> {
            throw new PrivacyScreenException(ErrorCode.STORE_FAILURE, "writing the audit trail failed (08006)");
        };
    }
}
