package org.privacyscreen.consent.rules;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.privacyscreen.Consent;
import org.privacyscreen.ConsentUse;
import org.privacyscreen.Evidence;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.Permission;
import org.privacyscreen.Person;
import org.privacyscreen.Post;
import org.privacyscreen.consent.internal.Facts;
import org.privacyscreen.consent.internal.Words;
import org.privacyscreen.spi.PostRule;
import org.privacyscreen.spi.RuleResult;
import org.privacyscreen.spi.ScreeningContext;

/**
 * Nothing about a person goes out without their explicit, specific consent. Checks every declared client subject,
 * every declared staff subject of a post with photos, every client the detectors identified (in the text or in text
 * read from a photo) and everyone a face detector recognised; reports the first thing that fails (refused, missing,
 * revoked, expired, scope, exhausted), a minor's consent without a guardian and naming without a documented name
 * permission, each with the consent's id as a field. What a valid consent covers (name, handle, health details, a
 * minor's details) is covered with the consent's id, and the post relies on that consent.
 *
 * <p>Faces: each declared subject whose consent allows capture and share accounts for one face per photo (see
 * {@link SubjectFaces}); every other face stays as the detector reported it.
 *
 * <p>Consent is read at the post's time, its dates as days in the practice's time zone, with the same check the
 * ledger counts a publication with ({@link Consent#denial}). Skips a post to a staff-only group (internal) and an
 * adult client answered in a reply after they engaged publicly first (unless they are a declared subject of a
 * photo); a minor's guardian rule holds even then.
 */
public final class ConsentRule implements PostRule {
    public static final String ID = "consent";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int priority() {
        return 300;
    }

    /** One consent's first failing check; a later stage is the more specific answer. */
    private record Problem(int stage, FindingType type, String message) {
    }

    @Override
    public RuleResult apply(ScreeningContext ctx) {
        if (Facts.staffOnlyGroup(ctx)) {
            return RuleResult.NONE;
        }
        Post post = ctx.post();
        boolean images = Facts.hasImages(ctx);
        RuleResult.Builder out = RuleResult.builder();
        Map<String, Boolean> people = new LinkedHashMap<>(); // id -> declared by the author
        Set<String> unknown = new LinkedHashSet<>();
        for (String s : post.subjects()) {
            Optional<Person> p = ctx.directory().find(s);
            if (p.isEmpty()) {
                unknown.add(s);
            } else if (p.get().isClient() || images) {
                people.put(s, true);
            }
        }
        for (Finding f : ctx.findings()) {
            if (Facts.aboutClient(ctx, f)) {
                people.putIfAbsent(f.subject().orElseThrow(), false);
            } else if (f.type() == FindingType.FACE && f.subject().isPresent()
                    && ctx.directory().find(f.subject().get()).isPresent()) {
                people.putIfAbsent(f.subject().get(), false); // a pictured staff member, recognised
            }
        }
        for (String s : unknown) {
            out.add(Words.finding(ID, FindingType.CONSENT_MISSING, s, "A declared subject is not in the practice's "
                    + "directory, so no consent can be found for them."));
        }
        Optional<String> engaged = Facts.engagedReplyTarget(ctx);
        Map<String, Consent> pictured = new LinkedHashMap<>();
        people.forEach((id, declared) -> {
            Person person = ctx.directory().find(id).orElseThrow();
            boolean reply = engaged.filter(id::equals).isPresent() && !(declared && images);
            if (reply && !person.isMinorAt(post.createdAt())) {
                return; // answering an adult client who spoke first publicly is not publishing about them
            }
            check(ctx, person, declared, images, reply, out).filter(c -> declared && images)
                    .ifPresent(c -> pictured.put(id, c));
        });
        SubjectFaces.cover(ctx, pictured, out);
        return out.build();
    }

    /** Reports what fails for {@code person} and covers what a valid consent allows; that consent, if any. */
    private static Optional<Consent> check(ScreeningContext ctx, Person person, boolean declared, boolean images,
                                           boolean reply, RuleResult.Builder out) {
        Instant at = ctx.post().createdAt();
        String who = Words.who(person);
        List<Consent> all = ctx.consents().consentsOf(person.id());
        Optional<Consent> refusal = all.stream().filter(c -> !c.granted() && !c.revokedBy(at))
                .min(Comparator.comparing(Consent::id));
        if (refusal.isPresent()) {
            out.add(Words.finding(ID, FindingType.CONSENT_REFUSED, person.id(), refusal.get().id(),
                    Words.capital(who) + " refused consent: nothing about them may be published."));
            return Optional.empty();
        }
        List<Consent> granted = all.stream().filter(Consent::granted).sorted(Comparator.comparing(Consent::id))
                .toList();
        if (granted.isEmpty()) {
            out.add(Words.finding(ID, FindingType.CONSENT_MISSING, person.id(), "There is no consent on record for "
                    + who + "; ask them before publishing anything about them."));
            return Optional.empty();
        }
        Set<Permission> needed = images ? EnumSet.of(Permission.SHARE, Permission.CAPTURE)
                : EnumSet.of(Permission.SHARE);
        boolean minor = person.isMinorAt(at);
        // in a reply to a client who spoke first, addressing them by name needs no naming consent
        boolean named = !reply && person.isClient() && named(ctx, person, declared);
        Consent best = null;
        int bestScore = -1;
        Problem worst = null;
        Consent worstOf = null;
        for (Consent c : granted) {
            Optional<Problem> p = problem(ctx, c, needed);
            if (p.isEmpty()) {
                int score = (!minor || c.guardian().isPresent() ? 2 : 0) + (nameOk(c) ? 1 : 0);
                if (score > bestScore) {
                    best = c;
                    bestScore = score;
                }
            } else if (worst == null || p.get().stage() > worst.stage()) {
                worst = p.get();
                worstOf = c;
            }
        }
        if (best == null) {
            out.add(Words.finding(ID, worst.type(), person.id(), worstOf.id(), worst.message()));
            return Optional.empty();
        }
        Consent c = best;
        boolean guardianMissing = minor && c.guardian().isEmpty();
        if (guardianMissing) {
            out.add(Words.finding(ID, FindingType.GUARDIAN_CONSENT_MISSING, person.id(), c.id(), Words.capital(who)
                    + " is under 18 on the post's date, and the consent was not given by a parent or guardian."));
        }
        if (named && !nameOk(c)) {
            String why = !c.covers(Permission.NAME) ? "the consent does not allow naming them"
                    : "the consent to be named was " + (c.evidence().isPresent() ? "only given verbally"
                    : "not documented") + "; naming needs written or electronic consent";
            out.add(Words.finding(ID, FindingType.NAMING_CONSENT_MISSING, person.id(), c.id(),
                    Words.capital(who) + " is named in the post, but " + why + "."));
        }
        if (guardianMissing) {
            return Optional.empty();
        }
        int covered = 0;
        for (Finding f : ctx.findings()) {
            if (f.covered() || f.subject().filter(person.id()::equals).isEmpty()) {
                continue;
            }
            Optional<String> reason = reason(ctx, f, c, reply);
            if (reason.isPresent()) {
                out.cover(f, reason.get(), c.id());
                covered++;
            }
        }
        if (declared || covered > 0) {
            out.relyOn(c.id());
        }
        return Optional.of(c);
    }

    /**
     * What {@code c} covers of a finding about its person, read in the text or in a photo alike; faces are
     * {@link SubjectFaces}' to cover. In a reply (to a minor, with a guardian's consent) the name and handle are
     * covered as addressing them, and health details stay: the post may not add what they did not make public.
     */
    private static Optional<String> reason(ScreeningContext ctx, Finding f, Consent c, boolean reply) {
        String replying = Facts.replyReason(ctx.post().channel()) + ", with a guardian's consent";
        String reason = switch (f.type()) {
            case CLIENT_NAME -> reply ? replying : nameOk(c) ? "named with " + evidence(c) + " consent" : null;
            case SOCIAL_HANDLE -> reply ? replying : nameOk(c) ? "tagged with " + evidence(c) + " consent" : null;
            case HEALTH_INFORMATION -> reply ? null : "shared with consent";
            case MINOR -> c.guardian().isPresent() ? "a guardian's consent covers the post" : null;
            default -> null;
        };
        return Optional.ofNullable(reason);
    }

    /** Whether the person is named: a name finding about them, or a declared subject whose name is in the text. */
    private static boolean named(ScreeningContext ctx, Person person, boolean declared) {
        for (Finding f : ctx.findings()) {
            if (f.type() == FindingType.CLIENT_NAME && f.subject().filter(person.id()::equals).isPresent()) {
                return true;
            }
        }
        return declared && Facts.namedInText(ctx.post().text(), person);
    }

    private static boolean nameOk(Consent c) {
        return c.covers(Permission.NAME) && c.evidence().map(e -> e.kind().documented()).orElse(false);
    }

    private static String evidence(Consent c) {
        return c.evidence().map(Evidence::kind).map(k -> k.name().toLowerCase(Locale.ROOT)).orElse("");
    }

    /**
     * Why {@code c} does not allow this post, in the ledger's own terms ({@link Consent#denial} of the use this post
     * would be), plus the capture permission a photo needs.
     */
    private static Optional<Problem> problem(ScreeningContext ctx, Consent c, Set<Permission> needed) {
        Post post = ctx.post();
        Instant at = post.createdAt();
        ZoneId zone = ctx.organisation().timeZone();
        ConsentUse use = ConsentUse.of(c.id(), post, zone);
        int used = Facts.usesByOtherPosts(ctx, c.id());
        Optional<Consent.Denial> denial = c.denial(use, used, at);
        if ((denial.isEmpty() || denial.get() == Consent.Denial.EXHAUSTED)
                && needed.contains(Permission.CAPTURE) && !c.covers(Permission.CAPTURE)) {
            return Optional.of(new Problem(3, FindingType.CONSENT_SCOPE,
                    "The consent does not give permission to take the photo (capture)."));
        }
        if (denial.isEmpty()) {
            return Optional.empty();
        }
        String day = Words.day(at, zone);
        return Optional.of(switch (denial.get()) {
            case REFUSED -> throw new IllegalStateException("refusals are checked first");
            case REVOKED -> new Problem(1, FindingType.CONSENT_REVOKED, "The consent was withdrawn on "
                    + Words.minute(c.revokedAt().orElseThrow(), zone) + ", before this post's time ("
                    + Words.minute(at, zone) + ").");
            case EXPIRED -> new Problem(2, FindingType.CONSENT_EXPIRED, "The consent ran out on "
                    + c.validUntil().orElseThrow() + "; this post is dated " + day + " where the practice is.");
            case NOT_YET_VALID -> new Problem(2, FindingType.CONSENT_EXPIRED, "The consent only starts on "
                    + c.validFrom().orElseThrow() + "; this post is dated " + day + " where the practice is.");
            case CHANNEL -> new Problem(3, FindingType.CONSENT_SCOPE, "The consent covers "
                    + String.join(", ", c.channels().stream().sorted().toList()) + " only, not " + post.channel()
                    + ".");
            case PURPOSE -> new Problem(3, FindingType.CONSENT_SCOPE, "The consent covers "
                    + String.join(", ", c.purposes().stream().map(p -> p.wireName()).sorted().toList())
                    + " only, not " + post.purpose().wireName() + ".");
            case NO_SHARE -> new Problem(3, FindingType.CONSENT_SCOPE,
                    "The consent does not give permission to publish (share).");
            case EXHAUSTED -> {
                int max = c.maxUses().orElseThrow();
                yield new Problem(4, FindingType.CONSENT_EXHAUSTED, "The consent allows " + max
                        + (max == 1 ? " use" : " uses") + ", and " + used + " already went out.");
            }
        });
    }
}
