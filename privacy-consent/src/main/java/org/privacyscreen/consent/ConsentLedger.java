package org.privacyscreen.consent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.privacyscreen.Consent;
import org.privacyscreen.ConsentUse;
import org.privacyscreen.ErrorCode;
import org.privacyscreen.Evidence;
import org.privacyscreen.Post;
import org.privacyscreen.PrivacyScreenException;
import org.privacyscreen.Purpose;
import org.privacyscreen.ScreeningPolicy;
import org.privacyscreen.ScreeningReport;
import org.privacyscreen.Verdict;
import org.privacyscreen.consent.jdbc.Jdbc;
import org.privacyscreen.spi.AuditEvent;
import org.privacyscreen.spi.AuditSink;
import org.privacyscreen.spi.ConsentStore;

/**
 * The practice's consent ledger: records consents given and refused, counts each publication against its consent
 * atomically with the check (period in the practice's time zone, channel, purpose, revocation, {@code maxUses}),
 * revokes, respects a refusal's cooling-off period ("don't pester"), and writes every decision and override to an
 * append-only audit trail. Thread-safe as its store and sink are.
 *
 * <p>Every change is audited, and a change whose audit record cannot be written fails with it. When the store and
 * the sink are kept in the same database ({@link Jdbc.Backed} on one {@code DataSource}) the change and its record
 * commit together or not at all; otherwise the change is made first and a failing sink makes the call throw, with
 * the change made (a revocation takes effect, a counted use stays counted: never a publication more than allowed).
 *
 * <p>Audit details hold types, channels, purposes, times and reasons, never a host id: ids go to the event's
 * {@code postId}, {@code personId} and {@code consentId}.
 *
 * <p>A refusal stays on record and wins over any grant. Asking the person again inside the policy's
 * {@code coolingOffDays} after it is refused with {@code COOLING_OFF}; a grant recorded after that period
 * withdraws the older refusal (it is marked revoked at the grant's time), so later posts may go out.
 */
public final class ConsentLedger {
    private static final String PUBLISHED = "published";
    private static final String REVOKED = "revoked";

    private final ConsentStore store;
    private final AuditSink audit;
    private final ScreeningPolicy policy;
    private final ZoneId zone;
    private final Clock clock;
    private final RecordValidator validator = RecordValidator.create();

    /** A ledger for a practice in UTC on the system clock; see {@link #builder} for the practice's time zone. */
    public ConsentLedger(ConsentStore store, AuditSink audit, ScreeningPolicy policy) {
        this(builder(store, audit).policy(policy));
    }

    private ConsentLedger(Builder b) {
        this.store = b.store;
        this.audit = b.audit;
        this.policy = b.policy;
        this.zone = b.zone;
        this.clock = b.clock;
    }

    /** Starts a ledger over {@code store} that audits to {@code audit}. */
    public static Builder builder(ConsentStore store, AuditSink audit) {
        return new Builder(store, audit);
    }

    /** The practice's time zone, in which a consent's dates are read. */
    public ZoneId timeZone() {
        return zone;
    }

    /**
     * Records a consent given or refused, after checking its shape ({@code INVALID_RECORD}, nothing stored).
     * A grant asked for inside the cooling-off period of the person's refusal is refused with {@code COOLING_OFF}.
     */
    public synchronized void record(Consent consent) {
        validator.check("consent", consent);
        Instant now = clock.instant();
        atomically("recording a consent", () -> {
            if (consent.granted()) {
                List<Consent> refusals = activeRefusals(consent.personId(), now);
                if (!refusals.isEmpty()) {
                    requireCooledOff(refusals, now);
                    for (Consent r : refusals) {
                        store.revoke(r.id(), now);
                        log(now, "refusal-withdrawn", null, consent.personId(), r.id(),
                                "superseded by the grant recorded with it");
                    }
                }
            }
            store.save(consent);
            log(now, consent.granted() ? "granted" : "refused", null, consent.personId(), consent.id(),
                    "permissions=" + consent.permissions().stream().map(p -> p.wireName()).sorted().toList()
                            + " channels=" + consent.channels().stream().sorted().toList()
                            + " purposes=" + consent.purposes().stream().map(p -> p.wireName()).sorted().toList()
                            + consent.evidence().map(e -> " evidence=" + e.kind().name().toLowerCase(Locale.ROOT))
                            .orElse(""));
            return null;
        });
    }

    /**
     * Notes that the practice asks {@code personId} for consent again, or refuses with {@code COOLING_OFF} when a
     * refusal on record is younger than the policy's cooling-off period (or has no date).
     */
    public synchronized void askAgain(String personId) {
        Objects.requireNonNull(personId, "personId");
        Instant now = clock.instant();
        requireCooledOff(activeRefusals(personId, now), now);
        log(now, "asked", null, personId, null, "asked for consent");
    }

    /**
     * Counts {@code post}'s publication against {@code consentId}, read in the practice's time zone; see
     * {@link #recordPublications}.
     */
    public boolean recordPublication(String consentId, Post post) {
        return recordPublication(ConsentUse.of(consentId, post, zone));
    }

    /**
     * Counts a social post published at {@code at} against {@code consentId}, read in the practice's time zone.
     *
     * @deprecated names no purpose, and counts one consent at a time; use {@link #recordPublications} (all the
     *     post's consents, all or nothing) or {@link #recordPublication(Post, ScreeningReport)}
     */
    @Deprecated
    public boolean recordPublication(String consentId, String postId, String channel, Instant at) {
        return recordPublication(new ConsentUse(consentId, postId, channel, Purpose.SOCIAL_POST, at, zone));
    }

    /** Counts one publication against its consent; see {@link #recordPublications}. */
    public boolean recordPublication(ConsentUse use) {
        return recordPublications(List.of(use));
    }

    /**
     * Counts the publication of {@code post}, which {@code report} screened, against every consent the post relies
     * on ({@link ScreeningReport#consentsUsed()}); true when the report allows the post and each consent accepted
     * it. Call it just before publishing, and publish only on true.
     */
    public boolean recordPublication(Post post, ScreeningReport report) {
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(report, "report");
        if (!report.postId().equals(post.id())) {
            throw new IllegalArgumentException("report: screened another post");
        }
        if (report.verdict() != Verdict.ALLOW) {
            return false;
        }
        return recordPublications(report.consentsUsed().stream().map(id -> ConsentUse.of(id, post, zone)).toList());
    }

    /**
     * Counts publications against their consents, atomically with the check and all or nothing: false, counting
     * none, when a consent does not allow its use ({@link Consent#denial}: refused, revoked, outside its period,
     * another channel or purpose, no share permission, used up); {@code UNKNOWN_REFERENCE} when a use names no
     * consent on record. Every decision is audited, and an audit failure fails the call. A post already counted
     * against a consent is not counted twice.
     *
     * <p>All or nothing holds where the store and sink share a database; elsewhere the uses counted before a refusal
     * stay counted (a use spent, never a publication more than allowed). Either way false means: do not publish.
     */
    public boolean recordPublications(List<ConsentUse> uses) {
        Objects.requireNonNull(uses, "uses");
        Map<String, Consent> consents = new LinkedHashMap<>();
        for (int i = 0; i < uses.size(); i++) {
            ConsentUse use = uses.get(i);
            validator.check("uses[" + i + "]", use);
            consents.put(use.consentId(), store.find(use.consentId()).orElseThrow(Jdbc::unknownConsent));
        }
        try {
            atomically("recording a publication", () -> {
                for (ConsentUse use : uses) {
                    if (!store.recordUse(use)) {
                        throw new Refused(use, denialOf(use)); // rolls back the uses counted before it
                    }
                    logUse(PUBLISHED, consents.get(use.consentId()), use, "");
                }
                return null;
            });
            return true;
        } catch (Refused r) {
            logUse("publication-refused", consents.get(r.use.consentId()), r.use, " refused: " + wire(r.denial));
            return false;
        }
    }

    /** Withdraws {@code consentId} at {@code at}; an earlier withdrawal stands. */
    public synchronized void revoke(String consentId, Instant at) {
        Objects.requireNonNull(at, "at");
        Consent c = store.find(Objects.requireNonNull(consentId, "consentId")).orElseThrow(() ->
                new PrivacyScreenException(ErrorCode.UNKNOWN_REFERENCE, "consentId: names no consent on record"));
        atomically("revoking a consent", () -> {
            if (!c.revokedBy(at)) {
                store.revoke(consentId, at);
            } else if (revocationAudited(c)) {
                return null;
            }
            // also when an earlier call revoked but could not audit: the trail gets its record now
            log(clock.instant(), REVOKED, null, c.personId(), consentId,
                    "effective " + store.find(consentId).flatMap(Consent::revokedAt).orElse(at));
            return null;
        });
    }

    /** Records that a person ({@code by}) published or held a post against the screener's verdict, and why. */
    public void override(String postId, String personId, String by, String reason) {
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank() || by.isBlank()) {
            throw new IllegalArgumentException("by and reason must not be blank");
        }
        Instant now = clock.instant();
        atomically("recording an override", () -> {
            // one event in the trail of the person the post is about, one in that of who overrode
            if (personId != null) {
                log(now, "override", postId, personId, null, "against the verdict: " + reason);
            }
            log(now, "override-made", postId, by, null, "against the verdict: " + reason);
            return null;
        });
    }

    /** Everything the audit trail holds about {@code personId}, oldest first. */
    public List<AuditEvent> trailOf(String personId) {
        return audit.eventsOf(Objects.requireNonNull(personId, "personId"));
    }

    /** What was published about {@code personId}, under which consent, oldest first: the store's counted uses. */
    public List<Publication> publicationsOf(String personId) {
        Objects.requireNonNull(personId, "personId");
        return store.consentsOf(personId).stream().flatMap(c -> store.uses(c.id()).stream()).map(Publication::of)
                .sorted(Comparator.comparing(Publication::at).thenComparing(Publication::consentId)
                        .thenComparing(Publication::postId))
                .toList();
    }

    /** The store and sink share a database: one transaction; otherwise in turn. */
    private <T> T atomically(String what, Supplier<T> work) {
        if (store instanceof Jdbc.Backed s && audit instanceof Jdbc.Backed a && s.dataSource() == a.dataSource()) {
            return Jdbc.inTransaction(s.dataSource(), what, work);
        }
        return work.get();
    }

    /** Why the store refused {@code use}, read again after the fact (for the audit's wording only). */
    private Consent.Denial denialOf(ConsentUse use) {
        return store.find(use.consentId())
                .flatMap(c -> c.denial(use, store.useCount(use.consentId()), clock.instant()))
                .orElse(Consent.Denial.EXHAUSTED); // refused under a limit reached between the two reads
    }

    private boolean revocationAudited(Consent c) {
        return audit.eventsOf(c.personId()).stream().anyMatch(e -> e.action().equals(REVOKED)
                && e.consentId().filter(c.id()::equals).isPresent());
    }

    private List<Consent> activeRefusals(String personId, Instant now) {
        return store.consentsOf(personId).stream().filter(c -> !c.granted() && !c.revokedBy(now)).toList();
    }

    private void requireCooledOff(List<Consent> refusals, Instant now) {
        Duration cooling = Duration.ofDays(policy.coolingOffDays());
        for (Consent r : refusals.stream().sorted(Comparator.comparing(Consent::id)).toList()) {
            Optional<Instant> when = refusedAt(r);
            if (when.isEmpty()) {
                throw new PrivacyScreenException(ErrorCode.COOLING_OFF, "personId: the person refused consent at a "
                        + "time not on record; record when the refusal was taken before asking again");
            }
            Instant until = when.get().plus(cooling);
            if (now.isBefore(until)) {
                throw new PrivacyScreenException(ErrorCode.COOLING_OFF, "personId: the person refused consent on "
                        + day(when.get()) + "; do not ask again before " + day(until));
            }
        }
    }

    private String day(Instant at) {
        return at.atZone(zone).toLocalDate().toString();
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

    private void logUse(String action, Consent consent, ConsentUse use, String outcome) {
        log(clock.instant(), action, use.postId(), consent.personId(), use.consentId(), "channel=" + use.channel()
                + " purpose=" + use.purpose().wireName() + " at=" + use.at() + " zone=" + use.zone().getId()
                + outcome);
    }

    private static String wire(Consent.Denial d) {
        return d.name().toLowerCase(Locale.ROOT);
    }

    private void log(Instant at, String action, String postId, String personId, String consentId, String detail) {
        audit.record(new AuditEvent(at, action, Optional.ofNullable(postId), Optional.ofNullable(personId),
                Optional.ofNullable(consentId), detail));
    }

    /** A use refused inside an all-or-nothing publication: rolls back the uses counted before it. */
    private static final class Refused extends RuntimeException {
        private final transient ConsentUse use;
        private final Consent.Denial denial;

        Refused(ConsentUse use, Consent.Denial denial) {
            super(null, null, false, false);
            this.use = use;
            this.denial = denial;
        }
    }

    /** Builds a {@link ConsentLedger}. Not thread-safe. */
    public static final class Builder {
        private final ConsentStore store;
        private final AuditSink audit;
        private ScreeningPolicy policy = ScreeningPolicy.defaults();
        private ZoneId zone = ZoneOffset.UTC;
        private Clock clock = Clock.systemUTC();

        private Builder(ConsentStore store, AuditSink audit) {
            this.store = Objects.requireNonNull(store, "store");
            this.audit = Objects.requireNonNull(audit, "audit");
        }

        /** The policy whose {@code coolingOffDays} applies; the defaults otherwise. */
        public Builder policy(ScreeningPolicy p) {
            this.policy = Objects.requireNonNull(p, "policy");
            return this;
        }

        /** The practice's time zone ({@code Organisation.timeZone()}), in which consent dates are read; UTC else. */
        public Builder timeZone(ZoneId z) {
            this.zone = Objects.requireNonNull(z, "timeZone");
            return this;
        }

        /** The clock that dates audit events and decides what "now" is; the system's otherwise. */
        public Builder clock(Clock c) {
            this.clock = Objects.requireNonNull(c, "clock");
            return this;
        }

        public ConsentLedger build() {
            return new ConsentLedger(this);
        }
    }
}
