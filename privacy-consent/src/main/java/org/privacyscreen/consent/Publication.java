package org.privacyscreen.consent;

import java.time.Instant;
import java.util.Objects;
import org.privacyscreen.ConsentUse;
import org.privacyscreen.Purpose;

/**
 * A post published about a person under a consent, as the store counted it.
 *
 * @param postId    the post
 * @param consentId the consent it counted against
 * @param channel   where it went out
 * @param purpose   what for
 * @param at        when
 */
public record Publication(String postId, String consentId, String channel, Purpose purpose, Instant at) {
    public Publication {
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(consentId, "consentId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(at, "at");
    }

    /** The publication a counted use records. */
    public static Publication of(ConsentUse use) {
        return new Publication(use.postId(), use.consentId(), use.channel(), use.purpose(), use.at());
    }
}
