package org.privacyscreen.consent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.privacyscreen.Consent;
import org.privacyscreen.ConsentUse;
import org.privacyscreen.ErrorCode;
import org.privacyscreen.Evidence;
import org.privacyscreen.PrivacyScreenException;
import org.privacyscreen.ScreeningPolicy;
import org.privacyscreen.spi.AuditEvent;
import org.privacyscreen.spi.AuditSink;
import org.privacyscreen.spi.ConsentStore;

/**
 * The practice's consent ledger: records consents given and refused, counts each publication against its consent
 * atomically (two posts at once never exceed {@code maxUses}), revokes, respects a refusal's cooling-off period
 * ("don't pester"), and writes every decision and override to an append-only audit trail that can show, for a
 * person, what was published under which consent. Thread-safe as its store and sink are.
 *
 * <p>A refusal stays on record and wins over any grant. Asking the person again inside the policy's
 * {@code coolingOffDays} after it is refused with {@code COOLING_OFF}; a grant recorded after that period
 * withdraws the older refusal (it is marked revoked at the grant's time), so later posts may go out.
 */
public final class ConsentLedger {
    private static final String PUBLISHED = "published";

    private final ConsentStore store;
    private final AuditSink audit;
    private final ScreeningPolicy policy;
    private final Clock clock;
    private final RecordValidator validator = RecordValidator.create();

    public ConsentLedger(ConsentStore store, AuditSink audit, ScreeningPolicy policy) {
        this(store, audit, policy, Clock.systemUTC());
    }

    public ConsentLedger(ConsentStore store, AuditSink audit, ScreeningPolicy policy, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Records a consent given or refused, after checking its shape ({@code INVALID_RECORD}, nothing stored).
     * A grant asked for inside the cooling-off period of the person's refusal is refused with {@code COOLING_OFF}.
     */
    public synchronized void record(Consent consent) {
        validator.check("consent", consent);
        Instant now = clock.instant();
        if (consent.granted()) {
            List<Consent> refusals = activeRefusals(consent.personId(), now);
            if (!refusals.isEmpty()) {
                requireCooledOff(consent.personId(), refusals, now);
                for (Consent r : refusals) {
                    store.revoke(r.id(), now);
                    log(now, "refusal-withdrawn", null, consent.personId(), r.id(),
                            "superseded by consent " + consent.id());
                }
            }
        }
        store.save(consent);
        log(now, consent.granted() ? "granted" : "refused", null, consent.personId(), consent.id(),
                "permissions=" + consent.permissions().stream().map(p -> p.wireName()).sorted().toList()
                        + " channels=" + consent.channels().stream().sorted().toList()
                        + consent.evidence().map(e -> " evidence=" + e.kind().name().toLowerCase(java.util.Locale.ROOT))
                        .orElse(""));
    }

    /**
     * Notes that the practice asks {@code personId} for consent again, or refuses with {@code COOLING_OFF} when a
     * refusal on record is younger than the policy's cooling-off period (or has no date).
     */
    public synchronized void askAgain(String personId) {
        Objects.requireNonNull(personId, "personId");
        Instant now = clock.instant();
        requireCooledOff(personId, activeRefusals(personId, now), now);
        log(now, "asked", null, personId, null, "asked for consent");
    }

    /**
     * Counts a publication against {@code consentId}, atomically. Returns false, recording nothing, when the
     * consent is refused, revoked by {@code at} or used up; throws {@code UNKNOWN_REFERENCE} when there is no such
     * consent. Either way the decision is audited.
     */
    public boolean recordPublication(String consentId, String postId, String channel, Instant at) {
        ConsentUse use = new ConsentUse(Objects.requireNonNull(consentId, "consentId"),
                Objects.requireNonNull(postId, "postId"), Objects.requireNonNull(channel, "channel"),
                Objects.requireNonNull(at, "at"));
        validator.check("use", use);
        Optional<Consent> c = store.find(consentId);
        if (c.isEmpty()) {
            throw new PrivacyScreenException(ErrorCode.UNKNOWN_REFERENCE, "use.consentId: names no consent on record");
        }
        boolean ok = store.recordUse(use);
        log(clock.instant(), ok ? PUBLISHED : "publication-refused", postId, c.get().personId(), consentId,
                "channel=" + channel + " at=" + at + (ok ? "" : " (refused, revoked or used up)"));
        return ok;
    }

    /** Withdraws {@code consentId} at {@code at}; an earlier withdrawal stands. */
    public synchronized void revoke(String consentId, Instant at) {
        Objects.requireNonNull(at, "at");
        Consent c = store.find(Objects.requireNonNull(consentId, "consentId")).orElseThrow(() ->
                new PrivacyScreenException(ErrorCode.UNKNOWN_REFERENCE, "consentId: names no consent on record"));
        if (c.revokedBy(at)) {
            return;
        }
        store.revoke(consentId, at);
        log(clock.instant(), "revoked", null, c.personId(), consentId, "effective " + at);
    }

    /** Records that a person ({@code by}) published or held a post against the screener's verdict, and why. */
    public void override(String postId, String personId, String by, String reason) {
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank() || by.isBlank()) {
            throw new IllegalArgumentException("by and reason must not be blank");
        }
        log(clock.instant(), "override", postId, personId, null, "by " + by + ": " + reason);
    }

    /** Everything the audit trail holds about {@code personId}, oldest first. */
    public List<AuditEvent> trailOf(String personId) {
        return audit.eventsOf(Objects.requireNonNull(personId, "personId"));
    }

    /** What was published about {@code personId}, under which consent, oldest first. */
    public List<Publication> publicationsOf(String personId) {
        List<Publication> out = new ArrayList<>();
        for (AuditEvent e : trailOf(personId)) {
            if (e.action().equals(PUBLISHED) && e.postId().isPresent() && e.consentId().isPresent()) {
                String channel = e.detail().replaceFirst("^channel=(\\S+).*$", "$1");
                Instant at = Instant.parse(e.detail().replaceFirst("^.* at=(\\S+).*$", "$1"));
                out.add(new Publication(e.postId().get(), e.consentId().get(), channel, at));
            }
        }
        return List.copyOf(out);
    }

    private List<Consent> activeRefusals(String personId, Instant now) {
        return store.consentsOf(personId).stream().filter(c -> !c.granted() && !c.revokedBy(now)).toList();
    }

    private void requireCooledOff(String personId, List<Consent> refusals, Instant now) {
        Duration cooling = Duration.ofDays(policy.coolingOffDays());
        for (Consent r : refusals.stream().sorted(Comparator.comparing(Consent::id)).toList()) {
            Optional<Instant> when = refusedAt(r);
            if (when.isEmpty()) {
                throw new PrivacyScreenException(ErrorCode.COOLING_OFF, "personId: " + personId + " refused consent ("
                        + r.id() + ") at a time not on record; record when the refusal was taken before asking again");
            }
            Instant until = when.get().plus(cooling);
            if (now.isBefore(until)) {
                throw new PrivacyScreenException(ErrorCode.COOLING_OFF, "personId: " + personId + " refused consent ("
                        + r.id() + ") on " + when.get().toString().substring(0, 10) + "; do not ask again before "
                        + until.toString().substring(0, 10));
            }
        }
    }

    /** When a refusal was taken: its evidence's time, else when this ledger recorded it. */
    private Optional<Instant> refusedAt(Consent refusal) {
        Optional<Instant> taken = refusal.evidence().flatMap(Evidence::takenAt);
        if (taken.isPresent()) {
            return taken;
        }
        return audit.eventsOf(refusal.personId()).stream()
                .filter(e -> e.action().equals("refused") && e.consentId().filter(refusal.id()::equals).isPresent())
                .map(AuditEvent::at).max(Comparator.naturalOrder());
    }

    private void log(Instant at, String action, String postId, String personId, String consentId, String detail) {
        audit.record(new AuditEvent(at, action, Optional.ofNullable(postId), Optional.ofNullable(personId),
                Optional.ofNullable(consentId), detail));
    }
}
