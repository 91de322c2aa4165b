package org.privacyscreen;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * One publication counted against a consent: which post, where, for what, when, and the practice's time zone, which
 * decides the calendar day the consent's validity period is read against.
 *
 * @param consentId the consent it counts against
 * @param postId    the post published
 * @param channel   where it was published
 * @param purpose   what for: a consent covers only the purposes it names
 * @param at        when
 * @param zone      the practice's time zone ({@link Organisation#timeZone()}): "valid until 31 March" ends at
 *                  midnight there
 */
public record ConsentUse(@NotBlank String consentId, @NotBlank String postId, @NotBlank String channel,
                         @NotNull Purpose purpose, @NotNull Instant at, @NotNull ZoneId zone) {
    public ConsentUse {
        Objects.requireNonNull(consentId, "consentId");
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(at, "at");
        zone = Objects.requireNonNull(zone, "zone").normalized(); // "UTC" and "Z" are one zone
    }

    /**
     * A social post read in UTC: the shape of a use recorded before purposes and time zones were kept (history
     * loaded from elsewhere). A live publication names its purpose and zone: {@link #of(String, Post, ZoneId)}.
     */
    public ConsentUse(String consentId, String postId, String channel, Instant at) {
        this(consentId, postId, channel, Purpose.SOCIAL_POST, at, ZoneOffset.UTC);
    }

    /** The publication of {@code post} under {@code consentId}: its id, channel, purpose and time. */
    public static ConsentUse of(String consentId, Post post, ZoneId zone) {
        Objects.requireNonNull(post, "post");
        return new ConsentUse(consentId, post.id(), post.channel(), post.purpose(), post.createdAt(), zone);
    }

    /** The calendar day of the use where the practice is. */
    public LocalDate day() {
        return at.atZone(zone).toLocalDate();
    }
}
