package org.privacyscreen.consent.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.privacyscreen.Consent;
import org.privacyscreen.ConsentStatus;
import org.privacyscreen.ConsentUse;
import org.privacyscreen.Evidence;
import org.privacyscreen.FindingType;
import org.privacyscreen.Permission;
import org.privacyscreen.ScreeningReport;
import org.privacyscreen.Verdict;

/** Invariants of the consent rule over random consents. */
class ConsentRulePropertyTest {
    @Provide
    Arbitrary<List<Consent>> consents() {
        return consent().list().ofMaxSize(4);
    }

    private Arbitrary<Consent> consent() {
        Arbitrary<Boolean> refused = Arbitraries.of(true, false, false, false);
        Arbitrary<String> channel = Arbitraries.of("instagram", "facebook", "*");
        Arbitrary<Integer> validUntilOffset = Arbitraries.integers().between(-3, 3);
        Arbitrary<Integer> revokedOffsetHours = Arbitraries.integers().between(-3, 3).injectNull(0.5);
        Arbitrary<Integer> maxUses = Arbitraries.integers().between(1, 3).injectNull(0.3);
        return Combinators.combine(refused, channel, validUntilOffset, revokedOffsetHours, maxUses)
                .as((r, ch, until, revoked, max) -> {
                    Consent.Builder b = Consent.builder("k-" + ch.hashCode() + "-" + until, "c-1")
                            .status(r ? ConsentStatus.REFUSED : ConsentStatus.GRANTED)
                            .permissions(Permission.CAPTURE, Permission.SHARE, Permission.NAME).channels(ch)
                            .evidence(Evidence.Kind.WRITTEN, "f")
                            .validUntil(LocalDate.of(2026, 11, 21).plusDays(until));
                    if (revoked != null) {
                        b.revokedAt(Fixture.NOW.plus(Duration.ofHours(revoked)));
                    }
                    if (max != null) {
                        b.maxUses(max);
                    }
                    return b.build();
                });
    }

    @Property(tries = 50)
    void apply_anyConsents_allowOnlyWithAValidGrantAndRefusalAlwaysWins(
            @ForAll("consents") List<Consent> consents, @ForAll("uses") int priorUses) {
        Fixture fx = new Fixture();
        consents.forEach(fx.consents::save);
        List<Consent> stored = fx.consents.consentsOf("c-1");
        for (Consent c : stored) {
            for (int i = 0; i < priorUses; i++) {
                fx.consents.importUse(new ConsentUse(c.id(), "old-" + i, "instagram", Fixture.NOW.minusSeconds(99)));
            }
        }
        ScreeningReport r = fx.screen(Fixture.post("A good day").subject("c-1").build());
        boolean refusal = stored.stream().anyMatch(c -> !c.granted() && !c.revokedBy(Fixture.NOW));
        boolean validGrant = stored.stream().anyMatch(c -> c.granted() && !c.revokedBy(Fixture.NOW)
                && c.validAt(Fixture.NOW, java.time.ZoneOffset.UTC) && c.coversChannel("instagram")
                && (c.maxUses().isEmpty() || priorUses < c.maxUses().getAsInt()));
        if (refusal) {
            assertThat(Fixture.uncovered(r)).containsExactly(FindingType.CONSENT_REFUSED);
        }
        assertThat(r.verdict() == Verdict.ALLOW).isEqualTo(!refusal && validGrant);
        assertThat(r.findings()).allSatisfy(f -> assertThat(f.message()).doesNotContain("Dana").isNotBlank());
    }

    @Provide
    Arbitrary<Integer> uses() {
        return Arbitraries.integers().between(0, 3);
    }
}
