package org.privacyscreen;

import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import java.util.Objects;

/**
 * A client's own interaction with the practice on a channel. {@code isPublic} means the client made the first
 * public move there.
 *
 * @param personId the client
 * @param channel  the channel
 * @param at       when
 * @param isPublic whether it was public
 */
public record Engagement(@NotBlank String personId, @NotBlank String channel, Instant at, boolean isPublic) {
    public Engagement {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(at, "at");
    }
}
