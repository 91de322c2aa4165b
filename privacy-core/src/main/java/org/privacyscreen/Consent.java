package org.privacyscreen;

import jakarta.validation.Valid;
import jakarta.validation.valueextraction.Unwrapping;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * @param validFrom   first day covered, inclusive, as a calendar day in the practice's time zone
 * @param validUntil  last day covered, inclusive: the whole day in the practice's time zone counts
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

    /** Why a consent does not accept a use; see {@link #denial}. */
    public enum Denial {
        /** The person refused. */
        REFUSED,
        /** Withdrawn by the time of the use, or by the time it is recorded. */
        REVOKED,
        /** The use falls before the first valid day. */
        NOT_YET_VALID,
        /** The use falls after the last valid day. */
        EXPIRED,
        /** The consent does not cover the use's channel. */
        CHANNEL,
        /** The consent does not cover the use's purpose. */
        PURPOSE,
        /** The consent does not allow publishing (share). */
        NO_SHARE,
        /** {@code maxUses} publications already count against it. */
        EXHAUSTED
    }

    /**
     * Why one more publication may not count against this consent, or empty when it may: the consent is granted,
     * allows sharing, covers the use's channel and purpose, the use's day (in the use's time zone) lies within the
     * validity period, it is not revoked by the use's time nor by {@code now} (a revocation takes effect at once,
     * whatever time the use claims), and {@code usedSoFar} is under {@code maxUses}. What every store's atomic
     * check-and-count checks.
     *
     * @param use       the publication to count
     * @param usedSoFar publications already counted against this consent
     * @param now       when the use is being recorded
     * @return the first reason found, in the order of {@link Denial}
     */
    public Optional<Denial> denial(ConsentUse use, int usedSoFar, Instant now) {
        Objects.requireNonNull(use, "use");
        Objects.requireNonNull(now, "now");
        if (!use.consentId().equals(id)) {
            throw new IllegalArgumentException("use.consentId: names another consent");
        }
        Denial d = !granted() ? Denial.REFUSED
                : revokedBy(use.at().isAfter(now) ? use.at() : now) ? Denial.REVOKED
                : validFrom.filter(use.day()::isBefore).isPresent() ? Denial.NOT_YET_VALID
                : validUntil.filter(use.day()::isAfter).isPresent() ? Denial.EXPIRED
                : !coversChannel(use.channel()) ? Denial.CHANNEL
                : !coversPurpose(use.purpose()) ? Denial.PURPOSE
                : !covers(Permission.SHARE) ? Denial.NO_SHARE
                : maxUses.isPresent() && usedSoFar >= maxUses.getAsInt() ? Denial.EXHAUSTED
                : null;
        return Optional.ofNullable(d);
    }

    /** Whether {@link #denial} finds nothing against counting {@code use}. */
    public boolean acceptsUse(ConsentUse use, int usedSoFar, Instant now) {
        return denial(use, usedSoFar, now).isEmpty();
    }

    /**
     * Whether {@code at} falls within the validity period, read as calendar days in {@code zone} (the practice's
     * time zone): "valid until 31 March" covers 31 March up to midnight where the practice is.
     */
    public boolean validAt(Instant at, ZoneId zone) {
        LocalDate day = Objects.requireNonNull(at, "at").atZone(Objects.requireNonNull(zone, "zone")).toLocalDate();
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
