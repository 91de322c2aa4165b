package org.privacyscreen;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Objects;

/**
 * One publication counted against a consent.
 *
 * @param consentId the consent it counts against
 * @param postId    the post published
 * @param channel   where it was published
 * @param at        when
 */
public record ConsentUse(@NotBlank String consentId, @NotBlank String postId, @NotBlank String channel, @NotNull Instant at) {
    public ConsentUse {
        Objects.requireNonNull(consentId, "consentId");
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(at, "at");
    }
}
