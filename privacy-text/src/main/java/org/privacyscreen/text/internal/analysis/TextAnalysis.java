package org.privacyscreen.text.internal.analysis;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.spi.SharedKey;
import org.privacyscreen.text.normalise.NormalisedText;
import org.privacyscreen.text.normalise.TextView;

/**
 * A post's letters view cut into tokens (words, numbers, single punctuation characters) and sentences (ICU4J's
 * sentence rules, with honorifics, initials and common abbreviations not ending one), with part-of-speech tags
 * computed on demand. Computed once per post and shared by every text detector; thread-safe; every step linear in
 * the text.
 */
public final class TextAnalysis {
    public static final SharedKey<TextAnalysis> KEY = SharedKey.of("text.analysis");

    /**
     * Abbreviations (lower case, without the final stop) after which a full stop does not end a sentence; a single
     * capital letter (an initial, "J. Smith") does not either.
     */
    private static final Set<String> NO_BREAK_AFTER = Set.of("dr", "mr", "mrs", "ms", "mx", "st", "prof", "no",
            "vs", "e.g", "i.e", "etc", "approx", "jr", "sr", "miss", "nr", "rd", "ave", "apt", "ft", "mt", "gov",
            "sen", "rep", "rev", "sgt", "capt", "lt", "col", "hon", "cllr", "fr", "wk", "tel", "mob");
    private static final BreakIterator SENTENCES = BreakIterator.getSentenceInstance(ULocale.ENGLISH);

    private final NormalisedText normalised;
    private final List<Token> tokens;
    /** Token index range of each sentence: [first, end). */
    private final int[] sentenceFirst;
    private final int[] sentenceEnd;
    /** Per sentence: the index of its first word or number token (-1 when none), and whether it quotes. */
    private final int[] firstContent;
    private final boolean[] quoted;
    private final PartOfSpeech pos;

    private TextAnalysis(NormalisedText normalised) {
        this.normalised = normalised;
        String s = normalised.letters().text();
        String lower = normalised.lettersLower();
        int[] breaks = sentenceBreaks(s);
        List<Token> out = new ArrayList<>(Math.max(16, s.length() / 4));
        int[] firsts = new int[Math.max(1, breaks.length)];
        int sentence = -1;
        int breakIndex = 0;
        int lastBreak = -1;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            while (breakIndex + 1 < breaks.length && breaks[breakIndex + 1] <= i) {
                breakIndex++;
            }
            if (breakIndex != lastBreak) {
                // a sentence with no token (only spaces) gets no number: sentence numbers stay dense
                lastBreak = breakIndex;
                firsts[++sentence] = out.size();
            }
            int j = i + 1;
            Token.Kind kind;
            if (Character.isLetter(c)) {
                while (j < s.length() && (Character.isLetter(s.charAt(j))
                        || Character.getType(s.charAt(j)) == Character.NON_SPACING_MARK)) {
                    j++;
                }
                kind = Token.Kind.WORD;
            } else if (Character.isDigit(c)) {
                while (j < s.length() && Character.isDigit(s.charAt(j))) {
                    j++;
                }
                kind = Token.Kind.NUMBER;
            } else {
                if (Character.isHighSurrogate(c) && j < s.length() && Character.isLowSurrogate(s.charAt(j))) {
                    j++; // an emoji is one token
                }
                kind = Token.Kind.PUNCT;
            }
            out.add(new Token(out.size(), i, j, s.substring(i, j), lower.substring(i, j), kind, sentence));
            i = j;
        }
        this.tokens = List.copyOf(out);
        int count = sentence + 1;
        this.sentenceFirst = Arrays.copyOf(firsts, count);
        this.sentenceEnd = new int[count];
        for (int m = 0; m < count; m++) {
            sentenceEnd[m] = m + 1 < count ? sentenceFirst[m + 1] : tokens.size();
        }
        this.firstContent = new int[count];
        this.quoted = new boolean[count];
        for (int m = 0; m < count; m++) {
            firstContent[m] = -1;
            for (int t = sentenceFirst[m]; t < sentenceEnd[m]; t++) {
                Token x = tokens.get(t);
                if (firstContent[m] < 0 && (x.word() || x.kind() == Token.Kind.NUMBER)) {
                    firstContent[m] = t;
                }
                if (x.kind() == Token.Kind.PUNCT && "\"“”".contains(x.text())) {
                    quoted[m] = true;
                }
            }
        }
        this.pos = new PartOfSpeech(this);
    }

    /** The start offsets of the sentences of {@code s}, from 0: ICU's sentence rules, less breaks after abbreviations. */
    private static int[] sentenceBreaks(String s) {
        BreakIterator it = (BreakIterator) SENTENCES.clone();
        it.setText(s);
        int[] out = new int[16];
        int n = 0;
        for (int b = it.first(); b != BreakIterator.DONE && b < s.length(); b = it.next()) {
            if (b > 0 && afterAbbreviation(s, b)) {
                continue;
            }
            if (n == out.length) {
                out = Arrays.copyOf(out, n * 2);
            }
            out[n++] = b;
        }
        return n == 0 ? new int[] {0} : Arrays.copyOf(out, n);
    }

    /** Whether the break at {@code b} follows an abbreviation or an initial ("Dr. ", "e.g. ", "J. ") mid-sentence. */
    private static boolean afterAbbreviation(String s, int b) {
        int p = b - 1;
        while (p >= 0 && Character.isWhitespace(s.charAt(p))) {
            if (s.charAt(p) == '\n') {
                return false; // a line break ends a sentence whatever stands before it
            }
            p--;
        }
        if (p < 1 || s.charAt(p) != '.') {
            return false;
        }
        int w = p;
        while (w > 0 && p - w < 8 && (Character.isLetter(s.charAt(w - 1)) || s.charAt(w - 1) == '.')) {
            w--;
        }
        if (w > 0 && Character.isLetterOrDigit(s.charAt(w - 1)) || w == p) {
            return false;
        }
        String word = s.substring(w, p);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return b < s.length() && Character.isUpperCase(s.charAt(b)); // an initial before a name
        }
        return NO_BREAK_AFTER.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    public static TextAnalysis of(ScreeningContext context) {
        return context.shared(KEY, c -> new TextAnalysis(NormalisedText.of(c)));
    }

    public static TextAnalysis of(String text) {
        return new TextAnalysis(NormalisedText.of(text));
    }

    public NormalisedText normalised() {
        return normalised;
    }

    /** Every token of the post, in order; a token's {@link Token#index()} is its position here. */
    public List<Token> tokens() {
        return tokens;
    }

    public int sentences() {
        return sentenceFirst.length;
    }

    /** The index of the first token of sentence {@code s}. */
    public int sentenceFirst(int s) {
        return sentenceFirst[s];
    }

    /** The index after the last token of sentence {@code s}. */
    public int sentenceEnd(int s) {
        return sentenceEnd[s];
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

    /** The sentence holding original offset {@code offset} (the last one starting at or before it). */
    public int sentenceAt(int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        int best = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Token t = tokens.get(mid);
            if (letters().originalStart(t.start()) <= offset) {
                best = t.sentence();
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return best;
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
        return b.index() == a.index() + 1 || b.start() == a.end();
    }

    /** The original span of tokens [from..to] inclusive. */
    public int[] original(Token from, Token to) {
        return normalised.letters().toOriginal(from.start(), to.end());
    }

    public TextView letters() {
        return normalised.letters();
    }

    /** The part-of-speech tag (UD: PROPN, NOUN, VERB...) of {@code t}; null past the post's tagging budget. */
    public String tag(Token t) {
        return pos.tag(t);
    }

    /**
     * Whether {@code t} is tagged a proper noun. Past the post's tagging budget (a very long post), a capitalised
     * word that does not start its sentence counts as one: recall first.
     */
    public boolean proper(Token t) {
        String tag = pos.tag(t);
        if (tag == null) {
            return t.capitalised() && !sentenceInitial(t);
        }
        return tag.equals("PROPN") || tag.startsWith("NNP");
    }
}
