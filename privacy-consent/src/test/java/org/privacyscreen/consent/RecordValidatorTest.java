package org.privacyscreen.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.privacyscreen.Consent;
import org.privacyscreen.ConsentStatus;
import org.privacyscreen.ConsentUse;
import org.privacyscreen.Engagement;
import org.privacyscreen.ErrorCode;
import org.privacyscreen.Evidence;
import org.privacyscreen.Guardian;
import org.privacyscreen.Permission;
import org.privacyscreen.PrivacyScreenException;
import org.privacyscreen.Purpose;

class RecordValidatorTest {
    private final RecordValidator validator = RecordValidator.create();

    private static Consent consent(String id, String person, Set<Permission> perms, Set<String> channels,
                                   OptionalInt maxUses, LocalDate from, LocalDate until, Guardian guardian) {
        return new Consent(id, person, ConsentStatus.GRANTED, perms, channels, Set.of(Purpose.SOCIAL_POST), maxUses,
                Optional.ofNullable(from), Optional.ofNullable(until), Optional.of(Evidence.of(Evidence.Kind.WRITTEN,
                "form-1")), Optional.ofNullable(guardian), Optional.empty());
    }

    @Test
    void violations_wellFormedConsent_none() {
        Consent c = Consent.builder("k-1", "client-1").permissions(Permission.SHARE).maxUses(1)
                .validFrom(LocalDate.of(2026, 1, 1)).validUntil(LocalDate.of(2026, 1, 1))
                .evidence(Evidence.Kind.VERBAL, "v-1").guardian("A Parent", "mother").build();
        assertThat(validator.violations(c)).isEmpty();
    }

    @Test
    void violations_periodEndingBeforeStart_namesValidUntil() {
        Consent c = consent("k-1", "client-1", Set.of(Permission.SHARE), Set.of("*"), OptionalInt.empty(),
                LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 1), null);
        assertThat(validator.violations(c)).containsExactly("validUntil must not be before validFrom");
    }

    @Test
    void violations_everyBadField_namedOnce() {
        Consent c = consent(" ", "", Set.of(), Set.of(""), OptionalInt.of(0), null, null, new Guardian("", " "));
        List<String> v = validator.violations(c);
        assertThat(v).anyMatch(s -> s.startsWith("id "))
                .anyMatch(s -> s.startsWith("personId "))
                .anyMatch(s -> s.startsWith("permissions "))
                .anyMatch(s -> s.startsWith("channels"))
                .anyMatch(s -> s.startsWith("maxUses must be at least 1"))
                .anyMatch(s -> s.startsWith("guardian.name "))
                .anyMatch(s -> s.startsWith("guardian.relationship "));
        assertThat(v).doesNotHaveDuplicates();
    }

    @Test
    void check_badRecord_throwsInvalidRecordNamingWhereAndFieldsWithoutValues() {
        Consent c = consent("k-secret", "Jane Doe", Set.of(), Set.of("*"), OptionalInt.empty(),
                LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 1), null);
        assertThatThrownBy(() -> validator.check("consents[2]", c))
                .isInstanceOfSatisfying(PrivacyScreenException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_RECORD);
                    assertThat(e.getMessage()).startsWith("consents[2]: ")
                            .contains("permissions must not be empty")
                            .contains("validUntil must not be before validFrom")
                            .doesNotContain("Jane").doesNotContain("\n");
                });
    }

    @Test
    void check_blankEvidenceReference_refused() {
        Consent c = Consent.builder("k-1", "client-1").permissions(Permission.SHARE)
                .evidence(Evidence.Kind.WRITTEN, " ").build();
        assertThat(validator.violations(c)).containsExactly("evidence.reference must not be blank");
    }

    @Test
    void check_goodRecord_passes() {
        validator.check("engagements[0]", new Engagement("client-1", "instagram", Instant.EPOCH, true));
    }

    @Test
    void violations_blankEngagementChannel_named() {
        assertThat(validator.violations(new Engagement("client-1", " ", Instant.EPOCH, true)))
                .containsExactly("channel must not be blank");
    }

    @Test
    void checkUses_useNamingNoConsent_unknownReference() {
        Consent c = Consent.builder("k-1", "client-1").permissions(Permission.SHARE).build();
        List<ConsentUse> uses = List.of(new ConsentUse("k-1", "p-1", "instagram", Instant.EPOCH),
                new ConsentUse("k-9", "p-2", "instagram", Instant.EPOCH));
        assertThatThrownBy(() -> RecordValidator.checkUses(List.of(c), uses))
                .isInstanceOfSatisfying(PrivacyScreenException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_REFERENCE);
                    assertThat(e.getMessage()).isEqualTo("uses[1].consentId: names no consent on record");
                });
    }

    @Test
    void checkUses_blankPostId_invalidRecord() {
        Consent c = Consent.builder("k-1", "client-1").permissions(Permission.SHARE).build();
        assertThatThrownBy(() -> RecordValidator.checkUses(List.of(c),
                List.of(new ConsentUse("k-1", "", "instagram", Instant.EPOCH))))
                .hasMessage("uses[0]: postId must not be blank");
    }

    @Test
    void create_returnsThreadSafeSharedInstance() {
        assertThat(RecordValidator.create()).isSameAs(RecordValidator.create());
    }
}
