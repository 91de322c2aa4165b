package org.privacyscreen.text.internal.health;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.text.internal.analysis.TextAnalysis;
import org.privacyscreen.text.internal.analysis.TextDetectorBase;
import org.privacyscreen.text.internal.analysis.Token;
import org.privacyscreen.text.internal.names.NameMentions;
import org.privacyscreen.text.internal.names.SentenceSubjects;

/**
 * Conditions, treatments, procedures, medications and results tied to an identifiable person in the same sentence:
 * a name, a handle, a reply to a client, "our patient who ...", a story on a personal account, or a health event
 * told of someone ("she was diagnosed with ...", "he's recovering from ...", "had her gallbladder out"). General
 * information ("Botox can help with migraines", "our diabetes clinic runs on Tuesdays", "if you're diagnosed with
 * ...") is not a finding.
 */
public final class HealthDetector extends TextDetectorBase {
    /** Nouns after a health word that make it the name of a service, a season or a campaign, not anyone's. */
    private static final Set<String> GENERAL_AFTER = Set.of("season", "clinic", "clinics", "awareness", "week",
            "month", "day", "service", "services", "team", "ward", "nurse", "nurses", "vaccine", "vaccines", "jab",
            "jabs", "shot", "shots", "screening", "support", "group", "groups", "research", "charity", "appeal",
            "campaign", "fundraiser", "walk", "prevention", "education", "information", "info", "leaflet",
            "resources", "specialist", "specialists", "unit", "centre", "center", "programme", "program",
            "workshop", "class", "classes", "pathway", "sessions", "drop", "training", "course", "talk", "stall",
            "champion", "champions", "network", "society", "foundation", "trust", "association", "guidelines",
            "advice", "tips", "facts", "myths", "symptoms", "signs", "risk", "risks", "rates", "cases", "reviews",
            "checks", "appointments", "register", "medicine", "medicines", "treatments", "options", "care");
    /** Words of a general statement: "physio can help with migraines", "flu is common in winter". */
    private static final Set<String> GENERAL_STATEMENT = Set.of("can", "may", "might", "could", "often",
            "usually", "generally", "common", "tips", "ways", "worth", "anybody", "somebody's");
    /** Determiners that speak of a detail both sides know: "the", "your", "those"... */
    private static final Set<String> KNOWN = Set.of("the", "your", "those", "that", "these", "this", "ur", "his",
            "her", "their");
    /** Words that make what follows a general case: "if you're diagnosed with...", "when someone relapses". */
    private static final Set<String> CONDITIONAL = Set.of("if", "when", "whenever", "once", "anyone", "everyone",
            "many", "most", "people", "patients", "clients", "parents", "families", "kids", "children", "whether");

    public HealthDetector() {
        super("health-information");
    }

    @Override
    protected List<Finding> find(ScreeningContext context) {
        HealthTerms terms = HealthTerms.of(context);
        TextAnalysis a = TextAnalysis.of(context);
        List<Finding> out = new ArrayList<>();
        for (int k = 0; k < a.sentences(); k++) {
            int s = k;
            List<HealthFrames.Frame> frames = HealthFrames.in(a, s);
            boolean hasTerm = terms.inSentence(s);
            if (!hasTerm && frames.stream().noneMatch(f -> f.objectFirst() != null)) {
                continue;
            }
            Optional<SentenceSubjects.Tie> tie = SentenceSubjects.of(context, s);
            for (HealthTerms.Term t : terms.in(s)) {
                boolean general = general(a, t.last()) && !known(a, t.first());
                Optional<SentenceSubjects.Tie> termTie = tie.filter(x -> x.named() || !general)
                        .or(() -> general ? Optional.empty()
                                : replyTarget(context, a, s).or(() -> framed(context, a, s, frames, t.first()))
                                        .or(() -> staffMember(context, a, t)));
                termTie.map(x -> declaredSubject(context, x))
                        .ifPresent(x -> out.add(finding(context, a, t.first(), t.last(), x)));
            }
            for (HealthFrames.Frame f : frames) {
                if (f.objectFirst() == null || terms.overlaps(f.objectFirst().index(), f.objectLast().index())) {
                    continue;
                }
                // a strong frame's object the vocabulary does not know: "diagnosed with Kienböck's"
                tie.or(() -> replyTarget(context, a, s))
                        .or(() -> framed(context, a, s, frames, f.objectFirst()))
                        .map(x -> declaredSubject(context, x))
                        .ifPresent(x -> out.add(finding(context, a, f.objectFirst(), f.objectLast(), x)));
            }
        }
        return out;
    }

    private Finding finding(ScreeningContext context, TextAnalysis a, Token first, Token last,
                            SentenceSubjects.Tie tie) {
        int[] span = a.original(first, last);
        Finding.Builder b = finding(context, FindingType.HEALTH_INFORMATION, span[0], span[1])
                .confidence(tie.confidence())
                .message("Health information (a condition, treatment or result) tied to " + tie.why() + ".");
        tie.subject().ifPresent(b::subject);
        return b.build();
    }

    /** "the bipolar support group", "your knee": a detail spoken of as known to both sides is someone's own. */
    private static boolean known(TextAnalysis a, Token first) {
        Token before = a.previousWord(first);
        return before != null && KNOWN.contains(before.lower());
    }

    /**
     * An unnamed person's health in a post that declares one client as its subject is that client's: their consent
     * then decides ("a patient who had her hip replaced has let us share this").
     */
    private static SentenceSubjects.Tie declaredSubject(ScreeningContext context, SentenceSubjects.Tie tie) {
        List<String> subjects = context.post().subjects();
        if (tie.subject().isPresent() || subjects.size() != 1
                || !context.directory().find(subjects.get(0)).map(p -> p.isClient()).orElse(false)) {
            return tie;
        }
        return new SentenceSubjects.Tie(Optional.of(subjects.get(0)), tie.confidence(), "the client the post is about",
                tie.named());
    }

    /** A health word naming a service or a season ("flu season", "the diabetes clinic"), not a person's state. */
    private static boolean general(TextAnalysis a, Token last) {
        Token n = a.next(last);
        while (n != null && n.kind() == Token.Kind.PUNCT && (n.text().equals("-") || n.text().equals("/"))) {
            n = a.next(n);
        }
        return n != null && n.word() && n.sentence() == last.sentence() && GENERAL_AFTER.contains(n.lower());
    }

    /**
     * In a reply, a health detail is the client's (rule 4: a reply adds none the client did not make public),
     * unless it names a service or a season, or the sentence states a general truth ("physio can help with ...").
     */
    private static Optional<SentenceSubjects.Tie> replyTarget(ScreeningContext context, TextAnalysis a, int s) {
        Optional<String> target = context.post().inReplyTo();
        if (target.isEmpty()) {
            return Optional.empty();
        }
        for (int i = a.sentenceFirst(s); i < a.sentenceEnd(s); i++) {
            if (a.token(i).word() && (GENERAL_STATEMENT.contains(a.token(i).lower())
                    || CONDITIONAL.contains(a.token(i).lower()))) {
                return Optional.empty();
            }
        }
        return Optional.of(new SentenceSubjects.Tie(target, 0.75, "the client the post replies to"));
    }

    /**
     * A health event told of someone: a frame ("diagnosed with", "recovering from", "had her ... out") in a sentence
     * that speaks of a third person, not in a conditional or general statement. A staff member named there (or just
     * before, then "she") is the subject; otherwise nobody known.
     */
    private static Optional<SentenceSubjects.Tie> framed(ScreeningContext context, TextAnalysis a, int s,
                                                        List<HealthFrames.Frame> frames, Token term) {
        if (frames.stream().noneMatch(f -> near(f, term))) {
            return Optional.empty();
        }
        for (int i = a.sentenceFirst(s); i < frames.get(0).first().index(); i++) {
            if (a.token(i).word() && CONDITIONAL.contains(a.token(i).lower())) {
                return Optional.empty();
            }
        }
        NameMentions mentions = NameMentions.of(context);
        Optional<String> staff = SentenceSubjects.staff(context, s).map(p -> p.id());
        if (staff.isPresent()) {
            return Optional.of(new SentenceSubjects.Tie(staff, 0.8, "a named member of staff"));
        }
        if (!mentions.peopleIn(s).isEmpty() || SentenceSubjects.thirdPerson(a, s)) {
            return Optional.of(new SentenceSubjects.Tie(Optional.empty(), 0.75,
                    "a person whose health event the post tells"));
        }
        return Optional.empty();
    }

    /** Whether a term lies within a few tokens of a frame, as its object or its subject. */
    private static boolean near(HealthFrames.Frame f, Token term) {
        return term.index() >= f.first().index() && term.index() - f.last().index() <= 4
                || term.index() < f.first().index() && f.first().index() - term.index() <= 5;
    }

    /**
     * A staff member's own health: named in the sentence (or just before, then "she"), with the term framed as
     * something they have or had ("recovering from a stroke", "back after chemo", "treatment for depression").
     */
    private static Optional<SentenceSubjects.Tie> staffMember(ScreeningContext context, TextAnalysis a,
                                                             HealthTerms.Term t) {
        Token w = t.first();
        boolean framed = false;
        for (int k = 0; k < 3 && !framed && w != null; k++) {
            w = a.previousWord(w);
            framed = w != null && PERSONAL_FRAME.contains(w.lower());
        }
        if (!framed) {
            return Optional.empty();
        }
        return SentenceSubjects.staff(context, t.first().sentence())
                .map(p -> new SentenceSubjects.Tie(Optional.of(p.id()), 0.8, "a named member of staff"));
    }

    /** Words that frame a term as someone's own condition or treatment. */
    private static final Set<String> PERSONAL_FRAME = Set.of("after", "from", "for", "with", "had", "has",
            "having", "his", "her", "their", "finishes", "finishing", "started", "starts", "recovering", "own");
}
