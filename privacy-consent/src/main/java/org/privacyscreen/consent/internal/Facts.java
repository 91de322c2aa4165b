package org.privacyscreen.consent.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.privacyscreen.Audience;
import org.privacyscreen.Engagement;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.Person;
import org.privacyscreen.Post;
import org.privacyscreen.spi.ScreeningContext;

/** What the rules ask of a post and its context. Stateless. */
public final class Facts {
    /** Types the rules themselves add: never evidence that a post is about someone. */
    public static final Set<FindingType> RULE_TYPES = EnumSet.of(FindingType.CONSENT_MISSING,
            FindingType.CONSENT_REFUSED, FindingType.CONSENT_REVOKED, FindingType.CONSENT_EXPIRED,
            FindingType.CONSENT_SCOPE, FindingType.CONSENT_EXHAUSTED, FindingType.NAMING_CONSENT_MISSING,
            FindingType.GUARDIAN_CONSENT_MISSING, FindingType.UNSOLICITED_CONTACT, FindingType.AUDIENCE_OUTSIDER,
            FindingType.PERSONAL_ACCOUNT_CLIENT_CONTENT, FindingType.DETECTOR_FAILURE);

    private Facts() {
    }

    /** Whether {@code f} was found in the post (not added by a rule) and is about a known client. */
    public static boolean aboutClient(ScreeningContext ctx, Finding f) {
        return !RULE_TYPES.contains(f.type()) && f.subject().flatMap(ctx.directory()::find)
                .map(Person::isClient).orElse(false);
    }

    /** Whether the audience is a group whose every member is known staff: an internal post. */
    public static boolean staffOnlyGroup(ScreeningContext ctx) {
        Audience a = ctx.post().audience();
        return a.kind() == Audience.Kind.GROUP && !a.members().isEmpty() && outsiders(ctx).isEmpty();
    }

    /** Members of a group audience who are not known staff (unknown ids included). */
    public static List<String> outsiders(ScreeningContext ctx) {
        return ctx.post().audience().members().stream().distinct()
                .filter(m -> !ctx.directory().find(m).map(Person::isStaff).orElse(false)).toList();
    }

    /** The public engagement of {@code personId} on the post's channel at or before its time, if any. */
    public static Optional<Engagement> publicEngagement(ScreeningContext ctx, String personId) {
        Post post = ctx.post();
        return ctx.engagements().engagementsOf(personId).stream()
                .filter(e -> e.isPublic() && e.channel().equals(post.channel()) && !e.at().isAfter(post.createdAt()))
                .findFirst();
    }

    /** The client this post answers, when that client engaged publicly first on the post's channel. */
    public static Optional<String> engagedReplyTarget(ScreeningContext ctx) {
        return ctx.post().inReplyTo()
                .filter(id -> ctx.directory().find(id).map(Person::isClient).orElse(false))
                .filter(id -> publicEngagement(ctx, id).isPresent());
    }

    /** The reason a reply to an engaged client may address them. */
    public static String replyReason(String channel) {
        return "replying to a client who engaged publicly first on " + channel;
    }

    /** Publications counted against {@code consentId} by posts other than this one (a re-screened post's own use). */
    public static int usesByOtherPosts(ScreeningContext ctx, String consentId) {
        String self = ctx.post().id();
        return (int) ctx.consents().uses(consentId).stream().filter(u -> !u.postId().equals(self)).count();
    }

    /** Whether the post shows anything in a photo. */
    public static boolean hasImages(ScreeningContext ctx) {
        return !ctx.post().images().isEmpty();
    }

    /** Whether the person's name or an alias appears in the text as a whole word, ignoring case. */
    public static boolean namedInText(String text, Person person) {
        if (containsWord(text, person.name())) {
            return true;
        }
        for (String part : person.name().trim().split("\\s+")) {
            // a first or last name alone still names them ("Thanks, Anna!")
            if (part.length() >= 2 && containsWord(text, part)) {
                return true;
            }
        }
        return person.aliases().stream().anyMatch(a -> containsWord(text, a));
    }

    static boolean containsWord(String text, String word) {
        String w = word.trim();
        if (w.isEmpty()) {
            return false;
        }
        String t = text.toLowerCase(java.util.Locale.ROOT);
        String lw = w.toLowerCase(java.util.Locale.ROOT);
        int from = 0;
        while (true) {
            int i = t.indexOf(lw, from);
            if (i < 0) {
                return false;
            }
            int end = i + lw.length();
            boolean startOk = i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1));
            boolean endOk = end == t.length() || !Character.isLetterOrDigit(t.charAt(end));
            if (startOk && endOk) {
                return true;
            }
            from = i + 1;
        }
    }
}
