package org.privacyscreen.consent;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.privacyscreen.Finding;
import org.privacyscreen.ConsentUse;
import org.privacyscreen.FindingType;
import org.privacyscreen.Post;
import org.privacyscreen.Screener;
import org.privacyscreen.ScreeningReport;
import org.privacyscreen.Severity;
import org.privacyscreen.Verdict;
import org.privacyscreen.consent.internal.ConsentStanding;
import org.privacyscreen.consent.internal.PublicationIndex;
import org.privacyscreen.spi.ClientDirectory;
import org.privacyscreen.spi.ConsentStore;

/**
 * Finds the published posts that breach now that consent has changed: a client revoked, a consent expired, a refusal
 * was recorded (DESIGN rule 10). A post stays up only while the consents it relies on hold at the sweep's time.
 *
 * <p>Cheap first. A post whose publication the ledger recorded (the consent uses naming its id) is judged from that
 * record: each consent it used must still be granted, unrevoked and valid at the sweep's time, with no refusal of
 * the person since; such a post is not screened again and its photos are not decoded. Only a post with no recorded
 * use, or whose recorded consent failed while the person holds another consent that might cover it, is screened
 * again, as if published at the sweep's time; its own recorded use does not count against its consent's limit.
 *
 * <p>The uses are read once, when the sweep is built: build a sweep for each run. Thread-safe when the screener and
 * stores are (they are for the library's own).
 */
public final class ConsentSweep {
    private final Screener screener;
    private final ConsentStore consents;
    private final ZoneId zone;
    private final PublicationIndex publications;

    private ConsentSweep(Screener screener, ConsentStore consents, PublicationIndex publications, ZoneId zone) {
        this.screener = Objects.requireNonNull(screener, "screener");
        this.consents = Objects.requireNonNull(consents, "consents");
        this.publications = publications;
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * A sweep over the publications recorded in {@code consents} for the people of {@code directory}, re-screening
     * with {@code screener} where the record does not suffice. The screener should read the same directory and
     * consent store. Consent dates are days in the organisation's time zone.
     */
    public static ConsentSweep of(Screener screener, ConsentStore consents, ClientDirectory directory) {
        Objects.requireNonNull(directory, "directory");
        return new ConsentSweep(screener, consents, PublicationIndex.of(directory, Objects.requireNonNull(consents,
                "consents")), directory.organisation().timeZone());
    }

    /**
     * A sweep over {@code publications}, the consent uses the host's ledger recorded (each names the post and the
     * consent it counted against); consent dates are days in {@code zone}.
     */
    public static ConsentSweep of(Screener screener, ConsentStore consents, Collection<ConsentUse> publications,
                                  ZoneId zone) {
        return new ConsentSweep(screener, consents, PublicationIndex.of(List.copyOf(publications)), zone);
    }

    /** The posts of {@code published} that breach at {@code at}, in input order. */
    public List<Takedown> sweep(List<Post> published, Instant at) {
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(at, "at");
        List<Takedown> out = new ArrayList<>();
        for (Post p : published) {
            check(p, at).ifPresent(out::add);
        }
        return out;
    }

    /**
     * Whether {@code post}, already published, breaches at {@code at}.
     *
     * @throws org.privacyscreen.PrivacyScreenException with a bad-input code when the post cannot be screened
     */
    public Optional<Takedown> check(Post post, Instant at) {
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(at, "at");
        List<String> used = publications.consentsUsedBy(post.id());
        if (!used.isEmpty()) {
            ConsentStanding standing = ConsentStanding.of(consents, used, post, at, zone);
            if (standing.holds()) {
                return Optional.empty();
            }
            if (!standing.anotherConsentMightCover()) {
                return Optional.of(new Takedown(post.id(), Verdict.BLOCK, standing.reasons(), standing.people()));
            }
        }
        return rescreen(post, at);
    }

    private Optional<Takedown> rescreen(Post post, Instant at) {
        ScreeningReport report = screener.screen(post.toBuilder().createdAt(at).build());
        Set<FindingType> reasons = new LinkedHashSet<>();
        Set<String> people = new LinkedHashSet<>();
        boolean unchecked = false;
        for (Finding f : report.findings()) {
            if (f.type() == FindingType.DETECTOR_FAILURE) {
                unchecked = true;
                reasons.add(f.type());
            } else if (f.severity() == Severity.HIGH) {
                reasons.add(f.type());
                f.subject().ifPresent(people::add);
            }
        }
        if (reasons.isEmpty()) {
            return Optional.empty();
        }
        boolean breach = reasons.stream().anyMatch(t -> t != FindingType.DETECTOR_FAILURE);
        if (!breach && !unchecked) {
            return Optional.empty();
        }
        return Optional.of(new Takedown(post.id(), breach ? Verdict.BLOCK : Verdict.REVIEW, List.copyOf(reasons),
                List.copyOf(people)));
    }

    /** How many posts the recorded uses name: for a host's progress report. */
    public int recordedPosts() {
        return publications.size();
    }
}
