package org.privacyscreen.text.internal.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.privacyscreen.ErrorCode;
import org.privacyscreen.PrivacyScreenException;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.spi.SharedKey;
import org.privacyscreen.text.normalise.NormalisedText;
import org.privacyscreen.text.normalise.TextView;

/**
 * A post's letters view cut into tokens and sentences, with part-of-speech tags computed on demand (per sentence,
 * once). Rule-based tokens and sentences: faster than OpenNLP's models and the offsets stay exact. Shared per post;
 * thread-safe.
 */
public final class TextAnalysis {
    public static final SharedKey<TextAnalysis> KEY = SharedKey.of("text.analysis");
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "mx", "st", "prof", "no",
            "vs", "e", "g", "i", "etc", "approx", "b", "jr", "sr", "miss");

    public final NormalisedText normalised;
    public final List<Token> tokens;
    /** Token index range of each sentence: [first, end). */
    public final int[] sentenceFirst;
    public final int[] sentenceEnd;
    private final String[][] tags;
    /** Per sentence: the index of its first word or number token (-1 when none), and whether it quotes. */
    private final int[] firstContent;
    private final boolean[] quoted;

    private TextAnalysis(NormalisedText normalised) {
        this.normalised = normalised;
        String s = normalised.letters().text();
        String lower = normalised.lettersLower();
        List<Token> out = new ArrayList<>();
        List<Integer> firsts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        int sentence = 0;
        firsts.add(0);
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                if (c == '\n' && !out.isEmpty() && out.get(out.size() - 1).sentence() == sentence) {
                    ends.add(out.size());
                    firsts.add(out.size());
                    sentence++;
                }
                i++;
                continue;
            }
            int j = i + 1;
            Token.Kind kind;
            if (Character.isLetter(c)) {
                while (j < s.length() && (Character.isLetter(s.charAt(j)) || Character.getType(s.charAt(j))
                        == Character.NON_SPACING_MARK)) {
                    j++;
                }
                kind = Token.Kind.WORD;
            } else if (Character.isDigit(c)) {
                while (j < s.length() && Character.isDigit(s.charAt(j))) {
                    j++;
                }
                kind = Token.Kind.NUMBER;
            } else {
                kind = Token.Kind.PUNCT;
            }
            out.add(new Token(out.size(), i, j, s.substring(i, j), lower.substring(i, j), kind, sentence));
            if (kind == Token.Kind.PUNCT && endsSentence(c, s, j, out)) {
                ends.add(out.size());
                firsts.add(out.size());
                sentence++;
            }
            i = j;
        }
        ends.add(out.size());
        // drop a trailing empty sentence
        if (firsts.size() > 1 && firsts.get(firsts.size() - 1).equals(ends.get(ends.size() - 1))) {
            firsts.remove(firsts.size() - 1);
            ends.remove(ends.size() - 1);
        }
        this.tokens = List.copyOf(out);
        this.sentenceFirst = firsts.stream().mapToInt(Integer::intValue).toArray();
        this.sentenceEnd = ends.stream().mapToInt(Integer::intValue).toArray();
        this.tags = new String[sentenceFirst.length][];
        this.firstContent = new int[sentenceFirst.length];
        this.quoted = new boolean[sentenceFirst.length];
        for (int k = 0; k < sentenceFirst.length; k++) {
            firstContent[k] = -1;
            for (int m = sentenceFirst[k]; m < sentenceEnd[k]; m++) {
                Token x = tokens.get(m);
                if (firstContent[k] < 0 && (x.word() || x.kind() == Token.Kind.NUMBER)) {
                    firstContent[k] = m;
                }
                if (x.kind() == Token.Kind.PUNCT && "\"“”".contains(x.text())) {
                    quoted[k] = true;
                }
            }
        }
    }

    private static boolean endsSentence(char c, String s, int next, List<Token> out) {
        if (c == '!' || c == '?') {
            return true;
        }
        if (c != '.') {
            return false;
        }
        if (next < s.length() && !Character.isWhitespace(s.charAt(next))) {
            return false;
        }
        if (out.size() >= 2) {
            Token prev = out.get(out.size() - 2);
            return !(prev.word() && ABBREVIATIONS.contains(prev.lower()));
        }
        return true;
    }

    public static TextAnalysis of(ScreeningContext context) {
        return context.shared(KEY, c -> new TextAnalysis(NormalisedText.of(c)));
    }

    public static TextAnalysis of(String text) {
        return new TextAnalysis(NormalisedText.of(text));
    }

    public int sentences() {
        return sentenceFirst.length;
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    /** The previous word token of the same sentence, skipping punctuation, or null. */
    public Token previousWord(Token t) {
        for (int i = t.index() - 1; i >= sentenceFirst[t.sentence()]; i--) {
            if (tokens.get(i).word()) {
                return tokens.get(i);
            }
        }
        return null;
    }

    /** The token right after {@code t} or null. */
    public Token next(Token t) {
        return t.index() + 1 < tokens.size() ? tokens.get(t.index() + 1) : null;
    }

    public Token previous(Token t) {
        return t.index() > 0 ? tokens.get(t.index() - 1) : null;
    }

    /** Whether {@code t} is the first word of its sentence (a capital there says little). */
    public boolean sentenceInitial(Token t) {
        return firstContent[t.sentence()] == t.index();
    }

    /** Whether sentence {@code s} holds a quotation mark. */
    public boolean quoted(int s) {
        return quoted[s];
    }

    /** Whether only whitespace separates tokens a and b (a before b) in the letters view. */
    public boolean adjacent(Token a, Token b) {
        String s = normalised.letters().text();
        for (int i = a.end(); i < b.start(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return b.start() > a.end() || b.start() == a.end();
    }

    /** The original span of tokens [from..to] inclusive. */
    public int[] original(Token from, Token to) {
        return normalised.letters().toOriginal(from.start(), to.end());
    }

    public TextView letters() {
        return normalised.letters();
    }

    /** The part-of-speech tag (UD: PROPN, NOUN, VERB...) of {@code t}, tagging its sentence the first time. */
    public String tag(Token t) {
        int s = t.sentence();
        String[] st;
        synchronized (tags) {
            st = tags[s];
            if (st == null) {
                st = tagSentence(sentenceFirst[s], sentenceEnd[s]);
                tags[s] = st;
            }
        }
        return st[t.index() - sentenceFirst[s]];
    }

    /** Window of tokens tagged at once: the beam search copies its sequence each step, so long inputs cost n². */
    private static final int WINDOW = 48;
    private static final int OVERLAP = 8;

    private String[] tagSentence(int first, int end) {
        String[] out = new String[end - first];
        int from = first;
        while (from < end) {
            int start = Math.max(first, from - OVERLAP); // some left context for the first tags of a window
            int to = Math.min(end, from + WINDOW);
            String[] words = new String[to - start];
            for (int i = 0; i < words.length; i++) {
                words[i] = tokens.get(start + i).text();
            }
            String[] t = Pos.TAGGER.get().tag(words);
            System.arraycopy(t, from - start, out, from - first, to - from);
            from = to;
        }
        return out;
    }

    public boolean proper(Token t) {
        String tag = tag(t);
        return tag.equals("PROPN") || tag.startsWith("NNP");
    }

    /** Apache OpenNLP's English UD part-of-speech model (Apache-2.0), loaded once; one tagger per thread. */
    public static final class Pos {
        static final String RESOURCE = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
        static final POSModel MODEL = load();
        static final ThreadLocal<POSTaggerME> TAGGER = ThreadLocal.withInitial(() -> new POSTaggerME(MODEL));

        private static POSModel load() {
            try (InputStream in = TextAnalysis.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new PrivacyScreenException(ErrorCode.INTERNAL, "OpenNLP POS model not on the class path");
                }
                return new POSModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
