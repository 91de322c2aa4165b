package org.privacyscreen;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.privacyscreen.spi.ConsentStore;

/**
 * A {@link ConsentStore} in memory. Thread-safe: every method holds one lock, so check-and-count is atomic. Records
 * are checked only for structure here; {@code privacy-consent} validates their shape before they reach a store.
 */
public final class InMemoryConsentStore implements ConsentStore {
    private final Map<String, Consent> consents = new HashMap<>();
    private final Map<String, List<ConsentUse>> uses = new HashMap<>();
    private final Clock clock;

    public InMemoryConsentStore() {
        this(Clock.systemUTC());
    }

    /** A store whose clock says when a use is recorded: a revocation in effect by then refuses it. */
    public InMemoryConsentStore(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public InMemoryConsentStore(List<Consent> initial) {
        this();
        Objects.requireNonNull(initial, "initial").forEach(this::save);
    }

    @Override
    public synchronized List<Consent> consentsOf(String personId) {
        Objects.requireNonNull(personId, "personId");
        return consents.values().stream().filter(c -> c.personId().equals(personId))
                .sorted(Comparator.comparing(Consent::id)).toList();
    }

    @Override
    public synchronized Optional<Consent> find(String consentId) {
        return Optional.ofNullable(consents.get(Objects.requireNonNull(consentId, "consentId")));
    }

    @Override
    public synchronized List<ConsentUse> uses(String consentId) {
        return List.copyOf(uses.getOrDefault(Objects.requireNonNull(consentId, "consentId"), List.of()));
    }

    @Override
    public synchronized void save(Consent consent) {
        Objects.requireNonNull(consent, "consent");
        consents.put(consent.id(), consent);
    }

    @Override
    public synchronized boolean recordUse(ConsentUse use) {
        Objects.requireNonNull(use, "use");
        Consent c = consents.get(use.consentId());
        if (c == null) {
            throw new PrivacyScreenException(ErrorCode.UNKNOWN_REFERENCE,
                    "use.consentId: names no consent on record");
        }
        List<ConsentUse> list = uses.computeIfAbsent(c.id(), k -> new ArrayList<>());
        // a retried publication is checked again but not counted twice
        boolean counted = list.stream().anyMatch(u -> u.postId().equals(use.postId()));
        if (!c.acceptsUse(use, list.size() - (counted ? 1 : 0), clock.instant())) {
            return false;
        }
        if (!counted) {
            list.add(use);
        }
        return true;
    }

    /** Adds a past publication as it was recorded elsewhere, without the limit check (for loading history). */
    public synchronized void importUse(ConsentUse use) {
        Objects.requireNonNull(use, "use");
        if (!consents.containsKey(use.consentId())) {
            throw new PrivacyScreenException(ErrorCode.UNKNOWN_REFERENCE,
                    "use.consentId: names no consent on record");
        }
        uses.computeIfAbsent(use.consentId(), k -> new ArrayList<>()).add(use);
    }

    @Override
    public synchronized void revoke(String consentId, Instant at) {
        Objects.requireNonNull(at, "at");
        Consent c = consents.get(Objects.requireNonNull(consentId, "consentId"));
        if (c == null) {
            throw new PrivacyScreenException(ErrorCode.UNKNOWN_REFERENCE, "consentId: names no consent on record");
        }
        if (!c.revokedBy(at)) { // an earlier revocation stands: moving it later would revive the consent
            consents.put(consentId, c.revoked(at));
        }
    }
}
