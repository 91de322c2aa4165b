package org.privacyscreen.text.internal.names;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.privacyscreen.AccountKind;
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
    /** Nouns for a person or a group of people one of whom a story can be about. */
    private static final Set<String> PATIENT = Set.of("patient", "client", "member", "customer", "runner",
            "player", "athlete", "lady", "gentleman", "man", "woman", "boy", "girl", "son", "daughter", "mum",
            "dad", "guy", "kid", "child", "family", "person", "people", "teen", "teenager", "mom", "parent",
            "lad", "lass", "fella", "fellow", "bloke", "chap", "gent", "youngster", "resident", "regular", "bairn",
            "wean", "oldie", "granny", "grandad", "grandma", "grandpa", "nan", "nana", "veteran", "vet", "pupil",
            "student", "toddler", "baby", "infant", "newborn", "kiddo", "punter", "attendee", "participant",
            "learner", "digger", "sheila", "bub", "dude", "gal", "someone", "somebody", "caller", "visitor",
            "walker", "swimmer", "dancer", "survivor");
    /** Relatives and friends: someone a health event can be told of, though not a client's story by themselves. */
    private static final Set<String> RELATIONS = Set.of("husband", "wife", "partner", "brother", "sister", "nephew",
            "niece", "grandson", "granddaughter", "cousin", "neighbour", "neighbor", "friend", "colleague");
    /** Groups one of whose members a story on a personal account is about: "my Tuesday group". */
    private static final Set<String> GROUPS = Set.of("group", "class", "caseload", "list", "lot", "crew", "bunch");
    /** Words for a person's health event on a shift: "a lady on the ward", "the kids I vaccinated today". */
    public static final Set<String> SHIFT = Set.of("today", "tonight", "yesterday", "morning", "afternoon",
            "arvo", "evening", "shift", "ward", "clinic", "appointment", "session", "surgery", "rounds", "list",
            "caseload", "chair");
    /** Words before a person noun that make it one person of the practice's, in a story: "had a patient today". */
    private static final Set<String> STORY_DETERMINERS = Set.of("a", "an", "this", "that", "my", "our", "one",
            "another", "two", "three", "few", "couple", "some", "several");

    /**
     * A tie.
     *
     * @param subject    the client, when known
     * @param confidence how sure the tie is
     * @param why        what ties it, for the message
     * @param named      whether a person is named in the sentence (a health word there is theirs even in "the
     *                   diabetes clinic"); other ties leave general mentions alone
     */
    public record Tie(Optional<String> subject, double confidence, String why, boolean named) {
        public Tie(Optional<String> subject, double confidence, String why) {
            this(subject, confidence, why, false);
        }
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
            return Optional.of(new Tie(clientOf(mentions.peopleIn(s).get(0)), 0.85, "a named person", true));
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
        if (post.author().account() == AccountKind.PERSONAL && story(a, s)) {
            // staff speak for themselves on personal accounts: "had a lady in today whose...", "a client told me"
            return Optional.of(new Tie(Optional.empty(), 0.75, "a client's story told on a personal account"));
        }
        if (third && s > 0) {
            if (!mentions.peopleIn(s - 1).isEmpty()) {
                return Optional.of(new Tie(clientOf(mentions.peopleIn(s - 1).get(0)), 0.7,
                        "a person named just before"));
            }
        }
        return Optional.empty();
    }

    /**
     * The staff member a sentence is about: named in it, or named in the sentence before when this one goes on with
     * "he" or "she" ("Please keep our Niamh in your thoughts. She's recovering from a stroke").
     */
    public static Optional<Person> staff(ScreeningContext context, int s) {
        NameMentions mentions = NameMentions.of(context);
        if (!mentions.staffIn(s).isEmpty()) {
            return mentions.staffIn(s).get(0).person();
        }
        if (s > 0 && !mentions.staffIn(s - 1).isEmpty() && mentions.peopleIn(s).isEmpty()) {
            TextAnalysis a = mentions.analysis;
            for (int i = a.sentenceFirst(s); i < a.sentenceEnd(s); i++) {
                if (a.token(i).word() && THIRD.contains(a.token(i).lower())) {
                    return mentions.staffIn(s - 1).get(0).person();
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A person noun after "a", "this", "my"... ("had a guy in today", "one of my young people", "a 3 year old"), a
     * person noun opening the sentence with only adjectives before it ("Lovely old fella in for..."), a number of
     * them ("68 grade 7s", "3 patients this morning"), or "someone".
     */
    private static boolean story(TextAnalysis a, int s) {
        for (int i = a.sentenceFirst(s); i < a.sentenceEnd(s); i++) {
            Token t = a.token(i);
            if (t.kind() == Token.Kind.NUMBER && pupils(a, t)) {
                return true;
            }
            if (!t.word()) {
                continue;
            }
            boolean person = PATIENT.contains(Lexicons.lemma(t.lower())) || GROUPS.contains(t.lower())
                    || t.is("old") && i > 0 && (a.token(i - 1).is("year") || a.token(i - 1).is("yr"));
            if (!person) {
                continue;
            }
            if (t.is("someone") || t.is("somebody")) {
                return true;
            }
            boolean onlyAdjectives = true;
            for (int k = i - 1, words = 0; k >= a.sentenceFirst(s) && words < 4; k--) {
                Token p = a.token(k);
                if (p.word()) {
                    words++;
                    if (STORY_DETERMINERS.contains(p.lower()) || p.is("the") && shift(a, s)) {
                        return true;
                    }
                    onlyAdjectives &= "ADJ".equals(a.tag(p)) || p.is("old") || p.is("wee") || p.is("poor");
                } else if (p.kind() == Token.Kind.NUMBER) {
                    return true; // "68 grade 7s", "3 patients this morning"
                }
            }
            if (onlyAdjectives && i - a.sentenceFirst(s) <= 4 && i > a.sentenceFirst(s) && shift(a, s)) {
                return true;
            }
        }
        return false;
    }

    /** "year 8s", "grade 7s", "P3s": a number of pupils. */
    private static boolean pupils(TextAnalysis a, Token number) {
        Token before = a.previous(number);
        Token after = a.next(number);
        return before != null && (before.is("year") || before.is("grade") || before.is("form") || before.is("p"))
                && after != null && after.is("s") && after.start() == number.end();
    }

    /** Whether sentence {@code s} says when or where on the job: "today", "on the ward", "this morning". */
    private static boolean shift(TextAnalysis a, int s) {
        for (int i = a.sentenceFirst(s); i < a.sentenceEnd(s); i++) {
            if (a.token(i).word() && SHIFT.contains(a.token(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether sentence {@code s} speaks of a third person: a pronoun ("she", "his"), a person noun ("the lady",
     * "one of my lads") or "someone". A health frame in such a sentence is that person's health.
     */
    public static boolean thirdPerson(TextAnalysis a, int s) {
        for (int i = a.sentenceFirst(s); i < a.sentenceEnd(s); i++) {
            Token t = a.token(i);
            // a singular person: "people living with diabetes" and "patients" are anyone
            if (t.word() && (THIRD.contains(t.lower()) && !t.is("they") && !t.is("their") && !t.is("them")
                    || (PATIENT.contains(t.lower()) || RELATIONS.contains(t.lower())) && !t.is("people")
                    && !t.is("family"))) {
                return true;
            }
        }
        return false;
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
