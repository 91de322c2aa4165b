package org.privacyscreen.consent.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.privacyscreen.Consent;
import org.privacyscreen.Evidence;
import org.privacyscreen.FindingType;
import org.privacyscreen.Post;
import org.privacyscreen.spi.ConsentStore;

/**
 * Whether the consents a published post relied on still hold at a time: each still on record, granted, not revoked,
 * within its validity period (days in the practice's zone), with no refusal of its person given since.
 */
public final class ConsentStanding {
    private final Set<FindingType> reasons;
    private final Set<String> people;
    private final boolean anotherMightCover;

    private ConsentStanding(Set<FindingType> reasons, Set<String> people, boolean anotherMightCover) {
        this.reasons = reasons;
        this.people = people;
        this.anotherMightCover = anotherMightCover;
    }

    public static ConsentStanding of(ConsentStore store, List<String> consentIds, Post post, Instant at, ZoneId zone) {
        Set<FindingType> reasons = new LinkedHashSet<>();
        Set<String> people = new LinkedHashSet<>();
        boolean another = false;
        for (String id : consentIds) {
            Optional<Consent> found = store.find(id);
            if (found.isEmpty()) {
                reasons.add(FindingType.CONSENT_MISSING); // the record the post relied on is gone
                continue;
            }
            Consent c = found.get();
            List<Consent> theirs = store.consentsOf(c.personId());
            FindingType failed = refusedSince(theirs, at) ? FindingType.CONSENT_REFUSED
                    : !c.granted() || c.revokedBy(at) ? FindingType.CONSENT_REVOKED
                    : !c.validAt(at, zone) ? FindingType.CONSENT_EXPIRED : null;
            if (failed == null) {
                continue;
            }
            reasons.add(failed);
            people.add(c.personId());
            if (failed != FindingType.CONSENT_REFUSED) {
                another |= theirs.stream().anyMatch(o -> !o.id().equals(c.id()) && o.granted() && !o.revokedBy(at)
                        && o.validAt(at, zone) && o.coversChannel(post.channel())
                        && o.coversPurpose(post.purpose()));
            }
        }
        return new ConsentStanding(reasons, people, another);
    }

    /** A refusal of the person that stands at {@code at}: given by then and not withdrawn. */
    private static boolean refusedSince(List<Consent> theirs, Instant at) {
        return theirs.stream().anyMatch(r -> !r.granted() && !r.revokedBy(at)
                && r.evidence().flatMap(Evidence::takenAt).map(t -> !t.isAfter(at)).orElse(true));
    }

    /** Whether every consent still holds. */
    public boolean holds() {
        return reasons.isEmpty();
    }

    /** Whether the person of a failed consent holds another that might cover the post: screen it again then. */
    public boolean anotherConsentMightCover() {
        return anotherMightCover;
    }

    public List<FindingType> reasons() {
        return new ArrayList<>(reasons);
    }

    public List<String> people() {
        return new ArrayList<>(people);
    }
}
