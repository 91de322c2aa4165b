package org.privacyscreen.text.internal.health;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.spi.SharedKey;
import org.privacyscreen.text.internal.analysis.Lexicons;
import org.privacyscreen.text.internal.analysis.TextAnalysis;
import org.privacyscreen.text.internal.analysis.Token;

/** The health lexicon's terms found in a post (longest match first), shared per post. */
public final class HealthTerms {
    public static final SharedKey<HealthTerms> KEY = SharedKey.of("text.health-terms");
    private static final Set<String> JOINERS = Set.of("-", "'", "’");
    private static final List<String> MEDICAL_SUFFIXES = List.of("ectomy", "ectomies", "otomy", "ostomy", "itis",
            "plasty", "scopy", "algia", "pathy", "aemia", "iasis");

    /** One term: its first and last token and whether it is a rare condition. */
    public record Term(Token first, Token last, boolean rare) {
    }

    public final List<Term> terms;

    private HealthTerms(List<Term> terms) {
        this.terms = List.copyOf(terms);
    }

    public static HealthTerms of(ScreeningContext context) {
        return context.shared(KEY, c -> find(TextAnalysis.of(c)));
    }

    /**
     * Medical word formation: procedures and conditions named with Greek and Latin endings ("appendectomy",
     * "tonsillitis", "angioplasty", "colonoscopy", "neuropathy") are health terms even when the lexicon lacks them.
     */
    static boolean medicalWord(String lower, Lexicons lex) {
        if (lower.length() < 8 || lex.commonWords.contains(lower)) {
            return false;
        }
        for (String suffix : MEDICAL_SUFFIXES) {
            if (lower.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    public static HealthTerms find(TextAnalysis a) {
        Lexicons lex = Lexicons.get();
        Map<String, Boolean> health = lex.health;
        List<Term> out = new ArrayList<>();
        List<Token> toks = a.tokens();
        int i = 0;
        while (i < toks.size()) {
            Token t = toks.get(i);
            if (t.kind() == Token.Kind.PUNCT || !lex.healthFirst.contains(t.lower())
                    && !lex.healthFirst.contains(Lexicons.lemma(t.lower()))) {
                if (t.word() && medicalWord(t.lower(), lex)) {
                    out.add(new Term(t, t, false));
                }
                i++;
                continue;
            }
            // collect up to N content tokens, skipping hyphens and apostrophes inside a term
            List<Token> window = new ArrayList<>(lex.healthMaxTokens);
            int k = i;
            while (k < toks.size() && window.size() < lex.healthMaxTokens) {
                Token x = toks.get(k);
                if (x.kind() == Token.Kind.PUNCT) {
                    if (!JOINERS.contains(x.text()) || x.sentence() != t.sentence()) {
                        break;
                    }
                } else {
                    window.add(x);
                }
                k++;
            }
            Term found = null;
            for (int n = window.size(); n >= 1 && found == null; n--) {
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
                Boolean rare = health.get(raw.toString());
                if (rare == null) {
                    rare = health.get(lem.toString());
                }
                if (rare != null) {
                    found = new Term(window.get(0), window.get(n - 1), rare);
                }
            }
            if (found != null) {
                out.add(found);
                i = found.last().index() + 1;
            } else {
                i++;
            }
        }
        return new HealthTerms(out);
    }
}
