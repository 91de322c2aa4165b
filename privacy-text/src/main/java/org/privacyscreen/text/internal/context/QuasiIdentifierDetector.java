package org.privacyscreen.text.internal.context;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
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
import org.privacyscreen.text.normalise.NormalisedText;
import org.privacyscreen.text.normalise.TextView;

/**
 * Details that together could single a person out without a name: age, place, occupation, exact visit time, rare
 * condition. Conservative: at least two kinds in one sentence that is about a person, and no name there (a named
 * person is the name detectors' finding).
 */
public final class QuasiIdentifierDetector extends TextDetectorBase {
    enum Kind { AGE, INITIALS, PLACE, OCCUPATION, VISIT_TIME, RARE_CONDITION }

    private static final Pattern TIME = Pattern.compile("(?i)(?<![\\p{L}\\d])(?:[01]?\\d|2[0-3])"
            + "(?::[0-5]\\d\\s*(?:am|pm)?|\\s*(?:am|pm))(?![\\p{L}\\d])");
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
            "grandfather", "gran", "grandad", "local", "someone", "person", "who", "regular", "mom");

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
        Windows.aroundWords(text.toLowerCase(Locale.ROOT), DECADE_WORDS, 24, 2).forEachMatch(DECADE, text,
                d -> add(bySentence, a, plain, Kind.AGE, d.start(), d.end()));
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
            if (kinds.size() < 2 || !mentions.peopleIn(s).isEmpty() || !aboutPerson[s]) {
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

    private static void add(List<List<Detail>> bySentence, TextAnalysis a, TextView plain, Kind kind, int s, int e) {
        addOriginal(bySentence, a.sentenceAt(plain.originalStart(s)), kind, plain.toOriginal(s, e));
    }

    private static void addOriginal(List<List<Detail>> bySentence, int sentence, Kind kind, int[] span) {
        if (sentence >= 0 && sentence < bySentence.size()) {
            bySentence.get(sentence).add(new Detail(kind, span[0], span[1]));
        }
    }
}
