package org.privacyscreen.text.internal.context;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.privacyscreen.AccountKind;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.text.internal.analysis.Lexicons;
import org.privacyscreen.text.internal.analysis.NumberGroups;
import org.privacyscreen.text.internal.analysis.TakenSpans;
import org.privacyscreen.text.internal.analysis.TextAnalysis;
import org.privacyscreen.text.internal.analysis.TextDetectorBase;
import org.privacyscreen.text.internal.analysis.Token;
import org.privacyscreen.text.internal.analysis.Windows;
import org.privacyscreen.text.internal.health.HealthTerms;
import org.privacyscreen.text.internal.names.NameMentions;
import org.privacyscreen.text.internal.names.SentenceSubjects;
import org.privacyscreen.text.normalise.NormalisedText;
import org.privacyscreen.text.normalise.TextView;

/**
 * Details that together could single a person out without a name: age, place, occupation, exact visit time, rare
 * condition. Conservative: at least two kinds in one sentence that is about a person, and no name there (a named
 * person is the name detectors' finding).
 */
public final class QuasiIdentifierDetector extends TextDetectorBase {
    enum Kind { AGE, INITIALS, PLACE, OCCUPATION, VISIT_TIME, ROUTINE, RARE_CONDITION }

    private static final Pattern TIME = Pattern.compile("(?i)(?<![\\p{L}\\d])(?:[01]?\\d|2[0-3])"
            + "(?:[:.][0-5]\\d\\s*(?:am|pm)?|\\s*(?:am|pm))(?![\\p{L}\\d])");
    /** A routine: "every Thursday", "Friday arvos", "Wednesday mornings", "on Tuesdays at 3". */
    private static final Pattern ROUTINE = Pattern.compile("(?i)(?<![\\p{L}])(?:(?:every|each)\\s+"
            + "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|week|fortnight)"
            + "|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\\s+(?:mornings|afternoons|evenings"
            + "|nights|arvos)|(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)(?:\\s+at\\s+\\d{1,2})?"
            + "|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\s+(?:at\\s+)?\\d{1,2}(?:[:.]\\d\\d)?"
            + "(?:\\s*(?:am|pm))?)(?![\\p{L}])");
    private static final String[] ROUTINE_WORDS = {"every", "each", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday"};
    /** A route, a round, a room: "the No. 6 route", "the Culduthel Road round", "Room 4", "bed 12". */
    private static final Pattern ROUTE = Pattern.compile("(?i)(?<![\\p{L}])(?:(?:no\\.?|number|route)\\s*\\d{1,3}"
            + "(?:\\s+(?:route|bus|line|service))?|(?:[\\p{Lu}][\\p{L}'-]+\\s+){1,3}(?:road|street|st|avenue|ave|lane)"
            + "\\s+(?:round|route|beat|run|patch)|(?:room|bed|bay|ward|cell|flat|unit|cabin|pod)\\s+\\d{1,3}[a-z]?"
            + "|(?:bus|delivery|paper|milk|postal|mail|school)\\s+(?:route|round|run))(?![\\p{L}])");
    private static final String[] ROUTE_WORDS = {"number", "route", "round", "beat", "patch", "room", "bed",
        "ward", "cell", "cabin", "pod", "road", "street", "lane", "avenue"};
    /** On a personal account, when and where on the job: "tonight", "this morning"; "on the ward", "in my chair". */
    private static final Pattern SHIFT_TIME = Pattern.compile("(?i)(?<![\\p{L}])(?:today|tonight|yesterday|last night"
            + "|this (?:morning|afternoon|arvo|evening)|on (?:my|the) (?:night |late |early )?shift)(?![\\p{L}])");
    private static final Pattern SHIFT_PLACE = Pattern.compile("(?i)(?<![\\p{L}])(?:on (?:the|my) (?:ward|list|rounds|caseload)"
            + "|in (?:my|the) (?:chair|clinic|room)|in (?:resus|recovery|theatre|triage|a&e|the er|the ed|icu))(?![\\p{L}])");
    private static final String[] SHIFT_WORDS = {"today", "tonight", "yesterday", "night", "this", "shift", "ward",
        "list", "rounds", "caseload", "chair", "clinic", "room", "resus", "recovery", "theatre", "triage", "a&e",
        "er", "ed", "icu"};
    private static final String[] DECADE_WORDS = {"twenties", "thirties", "forties", "fifties", "sixties",
        "seventies", "eighties", "nineties"};
    private static final Pattern DECADE = Pattern.compile("(?i)(?<![\\p{L}])in (?:his|her|their) (?:early |mid[- ]|late )?"
            + "(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)(?![\\p{L}])");
    private static final Set<String> PLACE_BEFORE = Set.of("in", "of", "at", "from", "near");
    private static final Set<String> NOT_PLACES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "the", "our", "my", "your");
    private static final Set<String> PERSONISH = Set.of("he", "she", "his", "her", "him", "patient", "client",
            "man", "woman", "lady", "gentleman", "mum", "dad", "mother", "father", "boy", "girl", "grandmother",
            "grandfather", "gran", "grandad", "local", "someone", "person", "who", "regular", "mom", "fella", "bloke",
            "lad", "lass", "chap", "gent", "youngster", "resident", "vet", "veteran", "digger", "somebody");

    public QuasiIdentifierDetector() {
        super("quasi-identifiers");
    }

    private record Detail(Kind kind, int start, int end) {
    }

    @Override
    protected List<Finding> find(ScreeningContext context) {
        TextAnalysis a = TextAnalysis.of(context);
        int sentences = a.sentences();
        boolean[] aboutPerson = new boolean[sentences];
        boolean any = false;
        Lexicons words = Lexicons.get();
        for (Token tok : a.tokens()) {
            // a person word, or an occupation: "the retired ferry captain", "a Riverside café owner"
            if (tok.word() && (PERSONISH.contains(tok.lower()) || words.occupations.contains(tok.lower()))) {
                aboutPerson[tok.sentence()] = true;
                any = true;
            }
        }
        for (StatedAges.Age age : StatedAges.of(context)) {
            // initials with an age are about a person by themselves
            aboutPerson[a.sentenceAt(NormalisedText.of(context).plain().originalStart(age.start()))] = true;
            any = true;
        }
        if (!any) {
            return List.of(); // no sentence about a person, nothing to single out
        }
        NameMentions mentions = NameMentions.of(context);
        TextView plain = NormalisedText.of(context).plain();
        String text = plain.text();
        List<List<Detail>> bySentence = new ArrayList<>();
        for (int s = 0; s < sentences; s++) {
            bySentence.add(new ArrayList<>());
        }
        for (StatedAges.Age age : StatedAges.of(context)) {
            int digit = age.start();
            while (digit < age.end() && !Character.isDigit(text.charAt(digit))) {
                digit++;
            }
            if (Character.isUpperCase(text.charAt(age.start())) && text.charAt(age.start() + 1) == '.') {
                // "J.M., 87": the initials and the age are two details
                int initialsEnd = text.lastIndexOf('.', digit) + 1;
                add(bySentence, a, plain, Kind.INITIALS, age.start(), initialsEnd);
                add(bySentence, a, plain, Kind.AGE, digit, age.end());
            } else {
                add(bySentence, a, plain, Kind.AGE, age.start(), age.end());
            }
        }
        NumberGroups.of(context).forEachAtRunStart(TIME, text, 10,
                t -> add(bySentence, a, plain, Kind.VISIT_TIME, t.start(), t.end()));
        String lower = NormalisedText.of(context).plainLower();
        Windows.aroundWords(lower, DECADE_WORDS, 24, 2).forEachMatch(DECADE, text,
                d -> add(bySentence, a, plain, Kind.AGE, d.start(), d.end()));
        // a routine is one person's ("she comes in Friday arvos"), not a service's ("reviews on Tuesdays")
        Windows.aroundWords(lower, ROUTINE_WORDS, 2, 28).forEachMatch(ROUTINE, text, d -> {
            if (SentenceSubjects.thirdPerson(a, a.sentenceAt(plain.originalStart(d.start())))) {
                add(bySentence, a, plain, Kind.ROUTINE, d.start(), d.end());
            }
        });
        Windows.aroundWords(lower, ROUTE_WORDS, 40, 16).forEachMatch(ROUTE, text,
                d -> add(bySentence, a, plain, Kind.PLACE, d.start(), d.end()));
        if (context.post().author().account() == AccountKind.PERSONAL) {
            // colleagues know who was on the ward tonight: on a personal account, when and where on the job count
            Windows shift = Windows.aroundWords(lower, SHIFT_WORDS, 12, 20);
            shift.forEachMatch(SHIFT_TIME, text, d -> shiftDetail(bySentence, a, plain, Kind.VISIT_TIME, d));
            shift.forEachMatch(SHIFT_PLACE, text, d -> shiftDetail(bySentence, a, plain, Kind.PLACE, d));
        }
        places(a, bySentence);
        Lexicons lex = Lexicons.get();
        for (Token tok : a.tokens()) {
            if (!tok.word()) {
                continue;
            }
            String one = Lexicons.lemma(tok.lower());
            Token n = a.next(tok);
            String two = n != null && n.word() ? one + " " + Lexicons.lemma(n.lower()) : null;
            if (two != null && lex.occupations.contains(two) && oneWorker(a, n)) {
                addOriginal(bySentence, tok.sentence(), Kind.OCCUPATION, a.original(tok, n));
            } else if (lex.occupations.contains(one) && oneWorker(a, tok)) {
                addOriginal(bySentence, tok.sentence(), Kind.OCCUPATION, a.original(tok, tok));
            }
        }
        for (HealthTerms.Term term : HealthTerms.of(context).terms) {
            if (term.rare()) {
                addOriginal(bySentence, term.first().sentence(), Kind.RARE_CONDITION,
                        a.original(term.first(), term.last()));
            }
        }
        List<Finding> out = new ArrayList<>();
        for (int s = 0; s < sentences; s++) {
            List<Detail> details = bySentence.get(s);
            Map<Kind, Boolean> kinds = new EnumMap<>(Kind.class);
            details.forEach(d -> kinds.put(d.kind(), true));
            if (kinds.size() < 2 || !mentions.peopleIn(s).isEmpty() || !mentions.staffIn(s).isEmpty() || !aboutPerson[s]
                    || mentions.publicFigureIn(s)) {
                continue;
            }
            double conf = Math.min(0.8, 0.5 + 0.1 * (kinds.size() - 2));
            String which = String.join(", ", kinds.keySet().stream()
                    .map(k -> k.name().toLowerCase(Locale.ROOT).replace('_', ' ')).toList());
            TakenSpans taken = new TakenSpans();
            for (Detail d : details) {
                if (taken.take(d.start(), d.end())) {
                    out.add(finding(context, FindingType.QUASI_IDENTIFIER, d.start(), d.end()).confidence(conf)
                            .message("A detail that, with the others in the same sentence (" + which
                                    + "), could single a person out.").build());
                }
            }
        }
        return out;
    }

    /**
     * Whether an occupation word names one worker: not plural ("nurses and teachers") and not a modifier of the noun
     * after it ("nurse appointments").
     */
    private static boolean oneWorker(TextAnalysis a, Token last) {
        if (!Lexicons.lemma(last.lower()).equals(last.lower())) {
            return false;
        }
        Token n = a.next(last);
        if (n != null && n.text().equals("-") && n.start() == last.end()) {
            return false; // "nurse-led", "driver-only": a modifier
        }
        return n == null || !n.word() || !a.adjacent(last, n) || !"NOUN".equals(a.tag(n));
    }

    /** "lives in Harrogate", "from Port Talbot": up to three capitalised words after a place preposition. */
    private static void places(TextAnalysis a, List<List<Detail>> bySentence) {
        for (Token t : a.tokens()) {
            if (!t.word() || !PLACE_BEFORE.contains(t.lower())) {
                continue;
            }
            Token first = a.next(t);
            if (first == null || !placeWord(first) || first.sentence() != t.sentence()
                    || NOT_PLACES.contains(first.lower()) || NameMentions.HONORIFICS.contains(first.lower())) {
                continue;
            }
            Token last = first;
            for (int k = 0; k < 2; k++) {
                Token n = a.next(last);
                if (n != null && n.kind() == Token.Kind.PUNCT && n.text().equals("-") && n.start() == last.end()) {
                    n = a.next(n);
                } else if (n != null && !a.adjacent(last, n)) {
                    n = null;
                }
                if (n == null || !placeWord(n) || n.sentence() != t.sentence()) {
                    break;
                }
                last = n;
            }
            addOriginal(bySentence, t.sentence(), Kind.PLACE, a.original(first, last));
        }
    }

    /** A capitalised word with the rest in lower case: "Leeds", not "NHS". */
    private static boolean placeWord(Token t) {
        if (!t.capitalised() || t.text().length() < 2) {
            return false;
        }
        for (int i = 1; i < t.text().length(); i++) {
            if (!Character.isLowerCase(t.text().charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A shift's when or where, in a sentence about one person ("a lady on the ward tonight"). */
    private static void shiftDetail(List<List<Detail>> bySentence, TextAnalysis a, TextView plain, Kind kind,
                                    java.util.regex.MatchResult d) {
        if (SentenceSubjects.thirdPerson(a, a.sentenceAt(plain.originalStart(d.start())))) {
            add(bySentence, a, plain, kind, d.start(), d.end());
        }
    }

    private static void add(List<List<Detail>> bySentence, TextAnalysis a, TextView plain, Kind kind, int s, int e) {
        addOriginal(bySentence, a.sentenceAt(plain.originalStart(s)), kind, plain.toOriginal(s, e));
    }

    private static void addOriginal(List<List<Detail>> bySentence, int sentence, Kind kind, int[] span) {
        if (sentence >= 0 && sentence < bySentence.size()) {
            bySentence.get(sentence).add(new Detail(kind, span[0], span[1]));
        }
    }
}
