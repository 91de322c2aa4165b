package org.privacyscreen.consent;

import java.time.Instant;
import java.util.Objects;

/**
 * A post published about a person under a consent, as the audit trail shows it.
 *
 * @param postId    the post
 * @param consentId the consent it counted against
 * @param channel   where it went out
 * @param at        when
 */
public record Publication(String postId, String consentId, String channel, Instant at) {
    public Publication {
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(consentId, "consentId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(at, "at");
    }
}
