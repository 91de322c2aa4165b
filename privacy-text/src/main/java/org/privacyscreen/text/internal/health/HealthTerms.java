package org.privacyscreen.text.internal.health;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.spi.SharedKey;
import org.privacyscreen.text.internal.analysis.Lexicons;
import org.privacyscreen.text.internal.analysis.TextAnalysis;
import org.privacyscreen.text.internal.analysis.Token;

/**
 * The health terms of a post, shared per post: the vocabulary's terms (longest match first, on the words as written
 * and on their crude lemmas) and unknown words of medical form ({@link MedicalMorphology}).
 */
public final class HealthTerms {
    public static final SharedKey<HealthTerms> KEY = SharedKey.of("text.health-terms");
    private static final Set<String> JOINERS = Set.of("-", "'", "’");

    /** One term: its first and last token, its kind and whether it is a rare condition. */
    public record Term(Token first, Token last, HealthKind kind, boolean rare) {
    }

    /** Every term, in the order of the text; terms never overlap. */
    public final List<Term> terms;
    /** Index in {@link #terms} of the first term of each sentence; one more entry for the end. */
    private final int[] sentenceStart;

    private HealthTerms(List<Term> terms, int sentences) {
        this.terms = List.copyOf(terms);
        this.sentenceStart = new int[sentences + 1];
        int k = 0;
        for (int s = 0; s <= sentences; s++) {
            while (k < terms.size() && terms.get(k).first().sentence() < s) {
                k++;
            }
            sentenceStart[s] = k;
        }
    }

    public static HealthTerms of(ScreeningContext context) {
        return context.shared(KEY, c -> find(TextAnalysis.of(c)));
    }

    /** The terms that start in sentence {@code s}, in order; looked up, not searched. */
    public List<Term> in(int s) {
        return s < 0 || s + 1 >= sentenceStart.length ? List.of()
                : terms.subList(sentenceStart[s], sentenceStart[s + 1]);
    }

    /** Whether sentence {@code s} holds a health term. */
    public boolean inSentence(int s) {
        return !in(s).isEmpty();
    }

    /** Whether sentence {@code s} holds a term of {@code kind}. */
    public boolean inSentence(int s, HealthKind kind) {
        for (Term t : in(s)) {
            if (t.kind() == kind) {
                return true;
            }
        }
        return false;
    }

    /** Whether a term covers any token with an index from {@code from} to {@code to}, both included. */
    public boolean overlaps(int from, int to) {
        // the terms are sorted and disjoint: only the last one starting at or before {@code to} can reach back
        int lo = 0;
        int hi = terms.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (terms.get(mid).first().index() <= to) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found >= 0 && terms.get(found).last().index() >= from;
    }

    public static HealthTerms find(TextAnalysis a) {
        HealthVocabulary vocabulary = HealthVocabulary.get();
        List<Term> out = new ArrayList<>();
        List<Token> toks = a.tokens();
        int i = 0;
        while (i < toks.size()) {
            Token t = toks.get(i);
            if (t.kind() == Token.Kind.PUNCT) {
                i++;
                continue;
            }
            Term found = null;
            if (vocabulary.startsTerm(t.lower()) || vocabulary.startsTerm(Lexicons.lemma(t.lower()))) {
                found = longest(a, vocabulary, i);
            }
            if (found == null && t.word()) {
                Optional<HealthKind> byForm = vocabulary.byForm(t.lower());
                if (byForm.isPresent()) {
                    found = new Term(t, t, byForm.get(), false);
                }
            }
            if (found != null) {
                out.add(found);
                i = found.last().index() + 1;
            } else {
                i++;
            }
        }
        return new HealthTerms(out, a.sentences());
    }

    /** The longest term starting at token {@code i}: up to the vocabulary's longest, across hyphens and apostrophes. */
    private static Term longest(TextAnalysis a, HealthVocabulary vocabulary, int i) {
        List<Token> toks = a.tokens();
        Token t = toks.get(i);
        List<Token> window = new ArrayList<>(vocabulary.maxTokens());
        for (int k = i; k < toks.size() && window.size() < vocabulary.maxTokens(); k++) {
            Token x = toks.get(k);
            if (x.kind() == Token.Kind.PUNCT) {
                if (!JOINERS.contains(x.text()) || x.sentence() != t.sentence()) {
                    break;
                }
            } else {
                window.add(x);
            }
        }
        for (int n = window.size(); n >= 1; n--) {
            StringBuilder raw = new StringBuilder();
            StringBuilder lem = new StringBuilder();
            for (int j = 0; j < n; j++) {
                if (j > 0) {
                    raw.append(' ');
                    lem.append(' ');
                }
                raw.append(window.get(j).lower());
                lem.append(Lexicons.lemma(window.get(j).lower()));
            }
            Optional<HealthVocabulary.Entry> e = vocabulary.term(raw.toString())
                    .or(() -> vocabulary.term(lem.toString()));
            if (e.isPresent()) {
                return new Term(window.get(0), window.get(n - 1), e.get().kind(), e.get().rare());
            }
        }
        return null;
    }
}
