package org.privacyscreen.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.privacyscreen.Consent;
import org.privacyscreen.ConsentStatus;
import org.privacyscreen.ErrorCode;
import org.privacyscreen.Evidence;
import org.privacyscreen.Permission;
import org.privacyscreen.PrivacyScreenException;
import org.privacyscreen.Purpose;
import org.privacyscreen.ScreeningPolicy;
import org.privacyscreen.spi.AuditEvent;
import org.privacyscreen.InMemoryConsentStore;

class ConsentLedgerTest {
    private static final Instant T0 = Instant.parse("2026-01-10T09:00:00Z");
    private final AtomicReference<Instant> now = new AtomicReference<>(T0);
    private final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final InMemoryConsentStore store = new InMemoryConsentStore();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final ConsentLedger ledger = new ConsentLedger(store, audit,
            ScreeningPolicy.builder().coolingOffDays(90).build(), clock);

    private static Consent grant(String id, int maxUses) {
        return Consent.builder(id, "client-1").permissions(Permission.SHARE).maxUses(maxUses)
                .evidence(Evidence.Kind.WRITTEN, "f-1").build();
    }

    private static Consent refusal(String id) {
        return Consent.builder(id, "client-1").status(ConsentStatus.REFUSED).permissions(Permission.SHARE).build();
    }

    @Test
    void recordPublication_countsAtomicallyAndAuditsWhatWasPublishedUnderWhichConsent() {
        ledger.record(grant("k-1", 2));
        assertThat(ledger.recordPublication("k-1", "p-1", "instagram", T0)).isTrue();
        assertThat(ledger.recordPublication("k-1", "p-2", "facebook", T0.plusSeconds(60))).isTrue();
        assertThat(ledger.recordPublication("k-1", "p-3", "instagram", T0.plusSeconds(120))).isFalse();
        assertThat(ledger.publicationsOf("client-1")).containsExactly(
                new Publication("p-1", "k-1", "instagram", T0),
                new Publication("p-2", "k-1", "facebook", T0.plusSeconds(60)));
        assertThat(ledger.trailOf("client-1")).extracting(AuditEvent::action)
                .containsExactly("granted", "published", "published", "publication-refused");
    }

    @Test
    void recordPublication_unknownConsent_unknownReference() {
        assertThatThrownBy(() -> ledger.recordPublication("k-9", "p-1", "x", T0))
                .isInstanceOfSatisfying(PrivacyScreenException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_REFERENCE));
    }

    @Test
    void revoke_takesEffectForEveryLaterPublication() {
        ledger.record(grant("k-1", 5));
        ledger.revoke("k-1", T0.plusSeconds(3600));
        assertThat(ledger.recordPublication("k-1", "p-1", "x", T0.plusSeconds(3599))).isTrue();
        assertThat(ledger.recordPublication("k-1", "p-2", "x", T0.plusSeconds(3600))).isFalse();
        ledger.revoke("k-1", T0.plusSeconds(7200));
        assertThat(store.find("k-1").orElseThrow().revokedAt()).contains(T0.plusSeconds(3600));
        assertThat(ledger.trailOf("client-1")).extracting(AuditEvent::action).containsOnlyOnce("revoked");
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
                    assertThat(e.getMessage()).contains("k-r").contains("2026-04-10");
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
    void override_isAudited() {
        ledger.override("p-7", "client-1", "staff-1", "client asked us to post it");
        assertThat(ledger.trailOf("client-1")).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("override");
            assertThat(e.postId()).contains("p-7");
        });
        assertThatThrownBy(() -> ledger.override("p-7", "client-1", "staff-1", " "))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
