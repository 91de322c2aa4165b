package org.privacyscreen.text.internal.context;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.text.internal.analysis.Lexicons;
import org.privacyscreen.text.internal.analysis.TextAnalysis;
import org.privacyscreen.text.internal.analysis.TextDetectorBase;
import org.privacyscreen.text.internal.analysis.Token;
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
    enum Kind { AGE, PLACE, OCCUPATION, VISIT_TIME, RARE_CONDITION }

    private static final Pattern TIME = Pattern.compile("(?i)(?<![\\p{L}\\d])(?:(?:at|by|from)\\s+)?(?:[01]?\\d|2[0-3])"
            + "(?::[0-5]\\d\\s*(?:am|pm)?|\\s*(?:am|pm))(?![\\p{L}\\d])");
    private static final Pattern PLACE = Pattern.compile("(?<![\\p{L}])(?:lives in|living in|from|in|of|at|near)\\s+"
            + "((?:[A-Z][a-z]+)(?:[\\s-][A-Z][a-z]+){0,2})");
    private static final Pattern PERSONISH = Pattern.compile("(?i)\\b(he|she|his|her|him|patient|client|man|woman"
            + "|lady|gentleman|mum|dad|mother|father|boy|girl|grandmother|grandfather|gran|grandad|local|someone|person)\\b");

    public QuasiIdentifierDetector() {
        super("quasi-identifiers");
    }

    private record Detail(Kind kind, int start, int end) {
    }

    @Override
    protected List<Finding> find(ScreeningContext context) {
        // gate: no sentence about a person, nothing to single out
        if (!PERSONISH.matcher(NormalisedText.of(context).lettersLower()).find()) {
            return List.of();
        }
        NameMentions mentions = NameMentions.of(context);
        TextAnalysis a = mentions.analysis;
        TextView plain = NormalisedText.of(context).plain();
        TextView letters = a.letters();
        String text = plain.text();
        int sentences = a.sentences();
        List<List<Detail>> bySentence = new ArrayList<>();
        for (int s = 0; s < sentences; s++) {
            bySentence.add(new ArrayList<>());
        }
        for (StatedAges.Age age : StatedAges.find(plain)) {
            add(bySentence, a, plain, Kind.AGE, age.start(), age.end());
        }
        Matcher t = TIME.matcher(text);
        while (t.find()) {
            add(bySentence, a, plain, Kind.VISIT_TIME, t.start(), t.end());
        }
        Matcher p = PLACE.matcher(text);
        while (p.find()) {
            String place = p.group(1);
            if (!NameMentions.HONORIFICS.contains(place.toLowerCase()) && !isCalendar(place)) {
                add(bySentence, a, plain, Kind.PLACE, p.start(1), p.end(1));
            }
        }
        Lexicons lex = Lexicons.get();
        for (Token tok : a.tokens) {
            if (!tok.word()) {
                continue;
            }
            String one = Lexicons.lemma(tok.lower());
            Token n = a.next(tok);
            String two = n != null && n.word() ? one + " " + Lexicons.lemma(n.lower()) : null;
            if (two != null && lex.occupations.contains(two)) {
                int[] span = a.original(tok, n);
                addOriginal(bySentence, tok.sentence(), Kind.OCCUPATION, span);
            } else if (lex.occupations.contains(one)) {
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
            if (kinds.size() < 2 || named(mentions, s) || !aboutPerson(a, s)) {
                continue;
            }
            double conf = Math.min(0.8, 0.5 + 0.1 * (kinds.size() - 2));
            String which = String.join(", ", kinds.keySet().stream()
                    .map(k -> k.name().toLowerCase().replace('_', ' ')).toList());
            List<int[]> taken = new ArrayList<>();
            for (Detail d : details) {
                if (taken.stream().anyMatch(x -> x[0] < d.end() && d.start() < x[1])) {
                    continue;
                }
                taken.add(new int[] {d.start(), d.end()});
                out.add(finding(context, FindingType.QUASI_IDENTIFIER, d.start(), d.end()).confidence(conf)
                        .message("A detail that, with the others in the same sentence (" + which
                                + "), could single a person out.").build());
            }
        }
        return out;
    }

    private static boolean named(NameMentions mentions, int s) {
        return mentions.all.stream().anyMatch(m -> m.sentence() == s && m.who() != NameMentions.Who.STAFF);
    }

    private static boolean aboutPerson(TextAnalysis a, int s) {
        int first = a.sentenceFirst[s];
        int end = a.sentenceEnd[s];
        if (first >= end) {
            return false;
        }
        String sentence = a.normalised.lettersLower().substring(a.token(first).start(), a.token(end - 1).end());
        return PERSONISH.matcher(sentence).find();
    }

    private static boolean isCalendar(String place) {
        String l = place.toLowerCase().split("[\\s-]")[0];
        return l.matches("monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april"
                + "|may|june|july|august|september|october|november|december|the|our|my|your");
    }

    private static void add(List<List<Detail>> bySentence, TextAnalysis a, TextView plain, Kind kind, int s, int e) {
        addOriginal(bySentence, sentenceAt(a, plain.originalStart(s)), kind, plain.toOriginal(s, e));
    }

    private static void addOriginal(List<List<Detail>> bySentence, int sentence, Kind kind, int[] span) {
        if (sentence >= 0 && sentence < bySentence.size()) {
            bySentence.get(sentence).add(new Detail(kind, span[0], span[1]));
        }
    }

    /** The sentence holding original offset {@code offset}: binary search over the tokens' original starts. */
    private static int sentenceAt(TextAnalysis a, int offset) {
        List<Token> toks = a.tokens;
        int lo = 0;
        int hi = toks.size() - 1;
        int best = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Token t = toks.get(mid);
            if (a.letters().originalStart(t.start()) <= offset) {
                best = t.sentence();
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return best;
    }
}
