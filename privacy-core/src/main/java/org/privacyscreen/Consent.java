package org.privacyscreen;

import jakarta.validation.Valid;
import jakarta.validation.valueextraction.Unwrapping;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.privacyscreen.constraints.ValidPeriod;
import org.privacyscreen.constraints.ValidUseLimit;

/**
 * What one person (client or staff member) agreed to, or refused: which permissions, on which channels ("*" for
 * all), for which purposes, how many uses, for which period, on what evidence, with which guardian for a minor,
 * and when it was revoked.
 *
 * <p>The constructor checks only structure (no nulls, immutable copies). The record's shape (ids present, a
 * period that does not end before it starts, a positive use limit) is declared with Bean Validation constraints
 * and checked as a whole, every violation named, by the stores and loaders in {@code privacy-consent} before a
 * record is stored or used.
 *
 * @param id          stable id of the consent record
 * @param personId    the client or staff member it belongs to
 * @param status      granted or refused
 * @param permissions capture, share, name
 * @param channels    channel names, or "*" for every channel
 * @param purposes    purposes covered
 * @param maxUses     how many publications it allows; empty for no limit
 * @param validFrom   first day covered (UTC), inclusive
 * @param validUntil  last day covered (UTC), inclusive: the whole day counts
 * @param evidence    how it was recorded
 * @param guardian    the guardian who consented for a minor
 * @param revokedAt   when it was withdrawn
 */
@ValidPeriod
@ValidUseLimit
public record Consent(@NotBlank String id, @NotBlank String personId, @NotNull ConsentStatus status,
                      @NotEmpty Set<@NotNull Permission> permissions, @NotEmpty Set<@NotBlank String> channels,
                      @NotEmpty Set<@NotNull Purpose> purposes,
                      @NotNull(payload = Unwrapping.Skip.class) OptionalInt maxUses,
                      Optional<LocalDate> validFrom, Optional<LocalDate> validUntil, Optional<@Valid Evidence> evidence,
                      Optional<@Valid Guardian> guardian, Optional<Instant> revokedAt) {

    /** The channel name that stands for every channel. */
    public static final String ALL_CHANNELS = "*";

    public Consent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(status, "status");
        permissions = Set.copyOf(Objects.requireNonNull(permissions, "permissions"));
        channels = Set.copyOf(Objects.requireNonNull(channels, "channels"));
        purposes = Set.copyOf(Objects.requireNonNull(purposes, "purposes"));
        Objects.requireNonNull(maxUses, "maxUses");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(guardian, "guardian");
        Objects.requireNonNull(revokedAt, "revokedAt");
    }

    /** The use limit as Bean Validation sees it. */
    @Positive
    Integer maxUsesValue() {
        return maxUses.isPresent() ? maxUses.getAsInt() : null;
    }

    public boolean granted() {
        return status == ConsentStatus.GRANTED;
    }

    public boolean covers(Permission permission) {
        return permissions.contains(permission);
    }

    public boolean coversChannel(String channel) {
        return channels.contains(ALL_CHANNELS) || channels.contains(channel);
    }

    public boolean coversPurpose(Purpose purpose) {
        return purposes.contains(purpose);
    }

    /** Whether it was revoked at or before {@code at}. */
    public boolean revokedBy(Instant at) {
        return revokedAt.map(r -> !r.isAfter(at)).orElse(false);
    }

    /**
     * Whether one more publication at {@code at} may count against this consent: it is granted, not revoked by then,
     * and {@code usedSoFar} is under {@code maxUses}. What every store's atomic check-and-count checks.
     */
    public boolean acceptsUse(Instant at, int usedSoFar) {
        Objects.requireNonNull(at, "at");
        return granted() && !revokedBy(at) && (maxUses.isEmpty() || usedSoFar < maxUses.getAsInt());
    }

    /** Whether {@code at} (UTC) falls within the validity period; a date covers its whole day. */
    public boolean validAt(Instant at) {
        LocalDate day = at.atZone(java.time.ZoneOffset.UTC).toLocalDate();
        return validFrom.map(f -> !day.isBefore(f)).orElse(true) && validUntil.map(u -> !day.isAfter(u)).orElse(true);
    }

    /** This consent, revoked at {@code at}. */
    public Consent revoked(Instant at) {
        return new Consent(id, personId, status, permissions, channels, purposes, maxUses, validFrom, validUntil,
                evidence, guardian, Optional.of(Objects.requireNonNull(at, "at")));
    }

    /** Starts a granted consent for {@code personId}; set the rest on the builder. */
    public static Builder builder(String id, String personId) {
        return new Builder(id, personId);
    }

    /** Builds a {@link Consent}. Not thread-safe. */
    public static final class Builder {
        private final String id;
        private final String personId;
        private ConsentStatus status = ConsentStatus.GRANTED;
        private Set<Permission> permissions = Set.of();
        private Set<String> channels = Set.of(ALL_CHANNELS);
        private Set<Purpose> purposes = Set.of(Purpose.SOCIAL_POST);
        private OptionalInt maxUses = OptionalInt.empty();
        private LocalDate validFrom;
        private LocalDate validUntil;
        private Evidence evidence;
        private Guardian guardian;
        private Instant revokedAt;

        private Builder(String id, String personId) {
            this.id = Objects.requireNonNull(id, "id");
            this.personId = Objects.requireNonNull(personId, "personId");
        }

        public Builder status(ConsentStatus s) {
            this.status = Objects.requireNonNull(s, "status");
            return this;
        }

        public Builder permissions(Permission... p) {
            this.permissions = Set.of(p);
            return this;
        }

        public Builder channels(String... c) {
            this.channels = Set.of(c);
            return this;
        }

        public Builder purposes(Purpose... p) {
            this.purposes = Set.of(p);
            return this;
        }

        public Builder maxUses(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("maxUses must be at least 1: " + n);
            }
            this.maxUses = OptionalInt.of(n);
            return this;
        }

        public Builder validFrom(LocalDate d) {
            this.validFrom = Objects.requireNonNull(d, "validFrom");
            return this;
        }

        public Builder validUntil(LocalDate d) {
            this.validUntil = Objects.requireNonNull(d, "validUntil");
            return this;
        }

        public Builder evidence(Evidence.Kind kind, String reference) {
            this.evidence = Evidence.of(kind, reference);
            return this;
        }

        public Builder guardian(String name, String relationship) {
            this.guardian = new Guardian(name, relationship);
            return this;
        }

        public Builder revokedAt(Instant at) {
            this.revokedAt = Objects.requireNonNull(at, "revokedAt");
            return this;
        }

        public Consent build() {
            return new Consent(id, personId, status, permissions, channels, purposes, maxUses,
                    Optional.ofNullable(validFrom), Optional.ofNullable(validUntil), Optional.ofNullable(evidence),
                    Optional.ofNullable(guardian), Optional.ofNullable(revokedAt));
        }
    }
}
