package org.privacyscreen.text.internal.health;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.privacyscreen.text.internal.analysis.Lexicons;

/**
 * The health vocabulary, loaded once: the lexicon written for this project ({@code health.txt}: the words posts use,
 * brand names, rare conditions) and the vocabulary derived from WordNet 3.1 ({@code health-vocabulary.txt}: about
 * 4,000 conditions, procedures and medicines, and the ordinary words that merely look medical; see its header and
 * {@code HealthVocabularyGenerator}). Terms are in the form {@link Lexicons#normaliseTerm} gives.
 */
public final class HealthVocabulary {
    static final String LEXICON = "health.txt";
    static final String WORDNET = "health-vocabulary.txt";

    /** A term's kind and whether it is a rare condition (a quasi-identifier by itself). */
    public record Entry(HealthKind kind, boolean rare) {
    }

    private final Map<String, Entry> terms;
    private final Set<String> firstTokens;
    private final Set<String> ordinary;
    private final int maxTokens;

    private HealthVocabulary() {
        Map<String, Entry> t = new HashMap<>();
        Set<String> plain = new HashSet<>();
        HealthKind kind = HealthKind.CONDITION;
        for (String line : Lexicons.lines(HealthVocabulary.class, LEXICON)) {
            if (line.startsWith("[")) {
                kind = HealthKind.valueOf(line.substring(1, line.length() - 1).toUpperCase(Locale.ROOT));
                continue;
            }
            boolean rare = line.startsWith("!");
            String term = Lexicons.normaliseTerm(rare ? line.substring(1) : line);
            Entry e = new Entry(kind, rare);
            t.merge(term, e, (a, b) -> a.rare() || !b.rare() ? a : b);
        }
        for (String line : Lexicons.lines(HealthVocabulary.class, WORDNET)) {
            int tab = line.indexOf('\t');
            String k = line.substring(0, tab);
            String term = line.substring(tab + 1);
            if (k.equals("ordinary")) {
                plain.add(term);
            } else {
                t.putIfAbsent(term, new Entry(HealthKind.valueOf(k.toUpperCase(Locale.ROOT)), false));
            }
        }
        Set<String> firsts = new HashSet<>();
        int max = 1;
        for (String term : t.keySet()) {
            String[] parts = term.split(" ");
            firsts.add(parts[0]);
            max = Math.max(max, parts.length);
        }
        this.terms = Map.copyOf(t);
        this.firstTokens = Set.copyOf(firsts);
        this.ordinary = Set.copyOf(plain);
        this.maxTokens = max;
    }

    public static HealthVocabulary get() {
        return Holder.INSTANCE;
    }

    /** The entry of a whole term (tokens joined by one space), if it is one. */
    public Optional<Entry> term(String normalised) {
        return Optional.ofNullable(terms.get(normalised));
    }

    /** Whether some term starts with this token: a token that starts none is skipped at once. */
    public boolean startsTerm(String lowerToken) {
        return firstTokens.contains(lowerToken);
    }

    public int maxTokens() {
        return maxTokens;
    }

    /**
     * The kind of an unknown word by its medical form ({@link MedicalMorphology}), unless WordNet knows it as an
     * ordinary word or it is a common word or a name.
     */
    public Optional<HealthKind> byForm(String lower) {
        Optional<HealthKind> shape = MedicalMorphology.shape(lower);
        if (shape.isEmpty() || ordinary.contains(lower) || ordinary.contains(Lexicons.lemma(lower))) {
            return Optional.empty();
        }
        Lexicons lex = Lexicons.get();
        if (lex.commonWords.contains(lower) || lex.firstNames.contains(lower) || lex.lastNames.contains(lower)) {
            return Optional.empty();
        }
        return shape;
    }

    int size() {
        return terms.size();
    }

    private static final class Holder {
        static final HealthVocabulary INSTANCE = new HealthVocabulary();
    }
}
