package org.privacyscreen.text.internal.names;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.privacyscreen.Person;
import org.privacyscreen.Post;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.text.internal.analysis.Lexicons;
import org.privacyscreen.text.internal.analysis.OrganisationDetails;
import org.privacyscreen.text.internal.analysis.TextAnalysis;
import org.privacyscreen.text.internal.analysis.Token;

/** Whether a sentence is about an identifiable person, and who: the tie health, minor and quasi findings need. */
public final class SentenceSubjects {
    private static final Set<String> SECOND = Set.of("you", "your", "youre", "yourself", "ya", "u", "ur");
    private static final Set<String> THIRD = Set.of("he", "she", "his", "her", "him", "hers", "they", "their",
            "them");
    private static final Set<String> PATIENT = Set.of("patient", "client", "member", "customer", "runner",
            "player", "athlete", "lady", "gentleman", "man", "woman", "boy", "girl", "son", "daughter", "mum",
            "dad");

    /**
     * A tie.
     *
     * @param subject    the client, when known
     * @param confidence how sure the tie is
     * @param why        what ties it, for the message
     */
    public record Tie(Optional<String> subject, double confidence, String why) {
    }

    private SentenceSubjects() {
    }

    /** The tie of sentence {@code s} to a person, if any. */
    public static Optional<Tie> of(ScreeningContext context, int s) {
        NameMentions mentions = NameMentions.of(context);
        TextAnalysis a = mentions.analysis;
        Post post = context.post();
        List<NameMentions.Mention> people = mentions.people();
        if (!mentions.peopleIn(s).isEmpty()) {
            return Optional.of(new Tie(clientOf(mentions.peopleIn(s).get(0)), 0.85, "a named person"));
        }
        Optional<Tie> handle = handle(context, a, s);
        if (handle.isPresent()) {
            return handle;
        }
        boolean second = false;
        boolean third = false;
        boolean ourPatient = false;
        for (int i = a.sentenceFirst(s); i < a.sentenceEnd(s); i++) {
            Token t = a.token(i);
            if (!t.word()) {
                continue;
            }
            second |= SECOND.contains(t.lower());
            third |= THIRD.contains(t.lower());
            if (PATIENT.contains(Lexicons.lemma(t.lower()))) {
                Token p = a.previousWord(t);
                Token pp = p == null ? null : a.previousWord(p);
                if (p != null && (p.is("our") || p.is("my")) || pp != null && (pp.is("our") || pp.is("my"))) {
                    ourPatient = true; // "our patient", "our lovely client"
                }
                Token p2 = p == null ? null : a.previousWord(p);
                if (p != null && p2 != null && p2.is("one") && p.is("of")) {
                    ourPatient = true;
                }
            }
        }
        if (second && post.inReplyTo().isPresent()) {
            return Optional.of(new Tie(post.inReplyTo(), 0.85, "a reply to a client"));
        }
        if (second && !people.isEmpty()) {
            return Optional.of(new Tie(clientOf(people.get(0)), 0.8, "a person addressed by name"));
        }
        if (ourPatient) {
            return Optional.of(new Tie(Optional.empty(), 0.8, "one of the practice's clients"));
        }
        if (third && s > 0) {
            if (!mentions.peopleIn(s - 1).isEmpty()) {
                return Optional.of(new Tie(clientOf(mentions.peopleIn(s - 1).get(0)), 0.7,
                        "a person named just before"));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> clientOf(NameMentions.Mention m) {
        return m.person().filter(Person::isClient).map(Person::id);
    }

    private static Optional<Tie> handle(ScreeningContext context, TextAnalysis a, int s) {
        DirectoryIndex index = DirectoryIndex.of(context.directory());
        OrganisationDetails org = OrganisationDetails.of(context.organisation());
        for (int i = a.sentenceFirst(s); i + 1 < a.sentenceEnd(s); i++) {
            Token t = a.token(i);
            Token n = a.token(i + 1);
            if (t.text().equals("@") && (n.word() || n.kind() == Token.Kind.NUMBER) && n.start() == t.end()) {
                String h = a.letters().text().substring(n.start(), wordEnd(a, n)).toLowerCase();
                if (org.ownHandle(h)) {
                    continue;
                }
                Person p = index.handles.get(h);
                if (p != null && p.isStaff()) {
                    continue;
                }
                return Optional.of(new Tie(Optional.ofNullable(p).map(Person::id), 0.8, "a tagged handle"));
            }
        }
        return Optional.empty();
    }

    private static int wordEnd(TextAnalysis a, Token n) {
        String s = a.letters().text();
        int e = n.end();
        while (e < s.length() && (Character.isLetterOrDigit(s.charAt(e)) || s.charAt(e) == '_' || s.charAt(e) == '.')
                && !(s.charAt(e) == '.' && (e + 1 == s.length() || !Character.isLetterOrDigit(s.charAt(e + 1))))) {
            e++;
        }
        return e;
    }
}
