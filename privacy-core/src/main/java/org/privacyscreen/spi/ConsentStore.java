package org.privacyscreen.spi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.privacyscreen.Consent;
import org.privacyscreen.ConsentUse;

/**
 * What each person agreed to, and the publications counted against it. Read by rules on pool threads and written by
 * the host; must be thread-safe. {@link #recordUse} is an atomic check-and-count: two publications at once never
 * exceed a consent's {@code maxUses}.
 */
public interface ConsentStore {
    /** Every consent record of {@code personId}, granted or refused. */
    List<Consent> consentsOf(String personId);

    /** The consent with {@code consentId}. */
    Optional<Consent> find(String consentId);

    /** The publications counted against {@code consentId}. */
    List<ConsentUse> uses(String consentId);

    /** How many publications count against {@code consentId}. */
    default int useCount(String consentId) {
        return uses(consentId).size();
    }

    /**
     * Stores {@code consent}, replacing a record with the same id. A record of the wrong shape is refused with a
     * {@link org.privacyscreen.PrivacyScreenException} ({@code INVALID_RECORD}) and the store is unchanged.
     */
    void save(Consent consent);

    /**
     * Counts {@code use} against its consent, atomically with the check: returns false, storing nothing, when
     * {@link Consent#denial} finds a reason (refused, revoked by the use's time or by now, outside the validity
     * period in the use's time zone, another channel or purpose, no share permission, {@code maxUses} reached). A use
     * for a post already counted against the consent is checked again but not counted twice. A use naming no consent
     * is refused with {@code UNKNOWN_REFERENCE}.
     */
    boolean recordUse(ConsentUse use);

    /** Revokes {@code consentId} at {@code at}; every later check sees it. */
    void revoke(String consentId, Instant at);
}
