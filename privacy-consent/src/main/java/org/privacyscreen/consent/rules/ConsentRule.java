package org.privacyscreen.consent.rules;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.privacyscreen.Consent;
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
 * Nothing about a client goes out without that client's explicit, specific consent. Checks every declared client
 * subject, every staff subject of a post with photos, and every client the detectors identified; reports the
 * first thing that fails (refused, missing, revoked, expired, scope, exhausted), a minor's consent without a
 * guardian and naming without a documented name permission, each naming the consent it checked. What a valid
 * consent covers (name, handle, health details, a minor's details, a face) is covered with the consent's id.
 *
 * <p>Skips a post to a staff-only group (internal) and a client answered in a reply after they engaged publicly
 * first (unless they are a declared subject of a photo).
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

    /** One consent's first failing check; stages run revoked, expired, scope, exhausted. */
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
                people.putIfAbsent(f.subject().get(), false); // a pictured staff member
            }
        }
        for (String s : unknown) {
            out.add(Words.finding(ID, FindingType.CONSENT_MISSING, s, "Subject " + s + " is not in the practice's "
                    + "directory, so no consent can be found for them."));
        }
        Optional<String> engaged = Facts.engagedReplyTarget(ctx);
        people.forEach((id, declared) -> {
            if (engaged.filter(id::equals).isPresent() && !(declared && images)) {
                return; // answering a client who spoke first publicly is not publishing about them
            }
            check(ctx, ctx.directory().find(id).orElseThrow(), declared, images, out);
        });
        return out.build();
    }

    private void check(ScreeningContext ctx, Person person, boolean declared, boolean images,
                       RuleResult.Builder out) {
        Post post = ctx.post();
        Instant at = post.createdAt();
        String who = Words.who(person);
        List<Consent> all = ctx.consents().consentsOf(person.id());
        Optional<Consent> refusal = all.stream().filter(c -> !c.granted() && !c.revokedBy(at))
                .min(Comparator.comparing(Consent::id));
        if (refusal.isPresent()) {
            out.add(Words.finding(ID, FindingType.CONSENT_REFUSED, person.id(), capital(who) + " refused consent"
                    + " (record " + refusal.get().id() + "): nothing about them may be published."));
            return;
        }
        List<Consent> granted = all.stream().filter(Consent::granted).sorted(Comparator.comparing(Consent::id))
                .toList();
        if (granted.isEmpty()) {
            out.add(Words.finding(ID, FindingType.CONSENT_MISSING, person.id(), "There is no consent on record for "
                    + who + "; ask them before publishing anything about them."));
            return;
        }
        Set<Permission> needed = images ? EnumSet.of(Permission.SHARE, Permission.CAPTURE)
                : EnumSet.of(Permission.SHARE);
        boolean minor = person.isMinorAt(at);
        boolean named = person.isClient() && named(ctx, person, declared);
        Consent best = null;
        int bestScore = -1;
        Problem worst = null;
        for (Consent c : granted) {
            Problem p = problem(ctx, c, needed);
            if (p == null) {
                int score = (!minor || c.guardian().isPresent() ? 2 : 0) + (nameOk(c) ? 1 : 0);
                if (score > bestScore) {
                    best = c;
                    bestScore = score;
                }
            } else if (worst == null || p.stage() > worst.stage()) {
                worst = p;
            }
        }
        if (best == null) {
            out.add(Words.finding(ID, worst.type(), person.id(), worst.message()));
            return;
        }
        Consent c = best;
        if (minor && c.guardian().isEmpty()) {
            out.add(Words.finding(ID, FindingType.GUARDIAN_CONSENT_MISSING, person.id(), capital(who)
                    + " is under 18 on the post's date, and consent " + c.id()
                    + " was not given by a parent or guardian."));
        }
        if (named && !nameOk(c)) {
            String why = !c.covers(Permission.NAME) ? "consent " + c.id() + " does not allow naming them"
                    : "consent " + c.id() + " to be named was " + (c.evidence().isPresent()
                    ? "only given verbally" : "not documented") + "; naming needs written or electronic consent";
            out.add(Words.finding(ID, FindingType.NAMING_CONSENT_MISSING, person.id(),
                    capital(who) + " is named in the post, but " + why + "."));
        }
        if (minor && c.guardian().isEmpty()) {
            return;
        }
        for (Finding f : ctx.findings()) {
            if (f.covered() || f.subject().filter(person.id()::equals).isEmpty()) {
                continue;
            }
            switch (f.type()) {
                case CLIENT_NAME -> {
                    if (nameOk(c)) {
                        out.cover(f, "named with " + evidence(c) + " consent " + c.id());
                    }
                }
                case SOCIAL_HANDLE -> {
                    if (nameOk(c)) {
                        out.cover(f, "tagged with " + evidence(c) + " consent " + c.id());
                    }
                }
                case HEALTH_INFORMATION -> out.cover(f, "shared with consent " + c.id());
                case MINOR -> {
                    if (c.guardian().isPresent()) {
                        out.cover(f, "a guardian's consent " + c.id() + " covers the post");
                    }
                }
                case FACE -> out.cover(f, "pictured with consent " + c.id());
                default -> {
                }
            }
        }
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
        return c.evidence().map(Evidence::kind).map(k -> k.name().toLowerCase(java.util.Locale.ROOT)).orElse("");
    }

    private static Problem problem(ScreeningContext ctx, Consent c, Set<Permission> needed) {
        Post post = ctx.post();
        Instant at = post.createdAt();
        if (c.revokedBy(at)) {
            return new Problem(1, FindingType.CONSENT_REVOKED, "Consent " + c.id() + " was withdrawn on "
                    + Words.minute(c.revokedAt().orElseThrow()) + ", before this post's time ("
                    + Words.minute(at) + ").");
        }
        if (!c.validAt(at)) {
            String day = Words.day(at);
            String msg = c.validUntil().filter(u -> u.isBefore(java.time.LocalDate.parse(day)))
                    .map(u -> "Consent " + c.id() + " ran out on " + u + "; this post is dated " + day + ".")
                    .orElseGet(() -> "Consent " + c.id() + " only starts on " + c.validFrom().orElseThrow()
                            + "; this post is dated " + day + ".");
            return new Problem(2, FindingType.CONSENT_EXPIRED, msg);
        }
        if (!c.coversChannel(post.channel())) {
            return new Problem(3, FindingType.CONSENT_SCOPE, "Consent " + c.id() + " covers "
                    + String.join(", ", c.channels().stream().sorted().toList()) + " only, not " + post.channel()
                    + ".");
        }
        if (!c.coversPurpose(post.purpose())) {
            return new Problem(3, FindingType.CONSENT_SCOPE, "Consent " + c.id() + " covers "
                    + String.join(", ", c.purposes().stream().map(p -> p.wireName()).sorted().toList())
                    + " only, not " + post.purpose().wireName() + ".");
        }
        for (Permission p : needed) {
            if (!c.covers(p)) {
                String what = p == Permission.CAPTURE ? "to take the photo (capture)" : "to publish (share)";
                return new Problem(3, FindingType.CONSENT_SCOPE, "Consent " + c.id() + " does not give permission "
                        + what + ".");
            }
        }
        if (c.maxUses().isPresent()) {
            int max = c.maxUses().getAsInt();
            // a post's own earlier publication (re-screened after an edit, or by the sweep) does not count against it
            int used = (int) ctx.consents().uses(c.id()).stream().filter(u -> !u.postId().equals(post.id())).count();
            if (used >= max) {
                return new Problem(4, FindingType.CONSENT_EXHAUSTED, "Consent " + c.id() + " allows " + max
                        + (max == 1 ? " use" : " uses") + ", and " + used + " already went out.");
            }
        }
        return null;
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
