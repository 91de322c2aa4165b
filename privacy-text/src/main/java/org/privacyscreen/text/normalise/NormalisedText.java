package org.privacyscreen.text.normalise;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.spi.SharedKey;

/**
 * A post's text normalised against evasion, in two views that both map back to the original offsets:
 * <ul>
 *   <li>{@link #plain()}: NFKC, with default-ignorable characters (zero-width, format) dropped. Digits are kept as
 *       typed: number detectors read this view.</li>
 *   <li>{@link #letters()}: the plain view with diacritics removed, confusable letters folded to their ASCII
 *       skeleton, leetspeak folded inside words ("Em1ly") and runs of single letters joined ("L.u.c.y"). Name and
 *       health detectors read this view; it keeps case, {@link #lettersLower()} is case-folded.</li>
 * </ul>
 * Immutable and thread-safe. One per post: use {@link #of(ScreeningContext)}.
 */
public final class NormalisedText {
    /** The per-post shared value. */
    public static final SharedKey<NormalisedText> KEY = SharedKey.of("text.normalised");

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final ConcurrentHashMap<Character, String> SKELETONS = new ConcurrentHashMap<>();
    private static final String JOIN_SEPARATORS = " .-_*·•,/|~+";

    private final String original;
    private final TextView plain;
    private final TextView letters;
    private final String lettersLower;

    private NormalisedText(String original, TextView plain, TextView letters) {
        this.original = original;
        this.plain = plain;
        this.letters = letters;
        char[] lower = letters.text().toCharArray();
        for (int i = 0; i < lower.length; i++) {
            lower[i] = Character.toLowerCase(lower[i]);
        }
        this.lettersLower = new String(lower);
    }

    /** The normalised text of the context's post, computed once per post and shared by its detectors. */
    public static NormalisedText of(ScreeningContext context) {
        Objects.requireNonNull(context, "context");
        return context.shared(KEY, c -> of(c.post().text()));
    }

    /** Normalises {@code text}. */
    public static NormalisedText of(String text) {
        Objects.requireNonNull(text, "text");
        Units plain = plain(text);
        Units letters = join(leet(fold(plain)));
        return new NormalisedText(text, plain.view(), letters.view());
    }

    public String original() {
        return original;
    }

    public TextView plain() {
        return plain;
    }

    public TextView letters() {
        return letters;
    }

    /** The letters view, each character lower-cased (same length and offsets as {@link #letters()}). */
    public String lettersLower() {
        return lettersLower;
    }

    // NFKC a code point at a time (keeps the offset map exact) and drop default-ignorable characters.
    private static Units plain(String text) {
        Units out = new Units(text.length());
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            if (cp < 0x80) {
                out.add((char) cp, i, i + n);
            } else if (!UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT)
                    && Character.getType(cp) != Character.FORMAT) {
                String s = NFKC.normalize(new String(Character.toChars(cp)));
                for (int k = 0; k < s.length(); k++) {
                    out.add(s.charAt(k), i, i + n);
                }
            }
            i += n;
        }
        return out;
    }

    // Strip diacritics and fold non-ASCII confusable letters to an ASCII skeleton.
    private static Units fold(Units in) {
        if (ascii(in.chars)) {
            return in;
        }
        Units out = new Units(in.size());
        for (int i = 0; i < in.size(); i++) {
            char c = in.chars.charAt(i);
            if (c < 0x80) {
                out.add(c, in.starts[i], in.ends[i]);
                continue;
            }
            String f = SKELETONS.computeIfAbsent(c, NormalisedText::foldChar);
            for (int k = 0; k < f.length(); k++) {
                out.add(f.charAt(k), in.starts[i], in.ends[i]);
            }
        }
        return out;
    }

    private static String foldChar(char c) {
        if (Character.isSurrogate(c)) {
            return String.valueOf(c);
        }
        String d = NFD.normalize(String.valueOf(c));
        StringBuilder base = new StringBuilder();
        for (int k = 0; k < d.length(); k++) {
            char x = d.charAt(k);
            if (Character.getType(x) != Character.NON_SPACING_MARK) {
                base.append(x);
            }
        }
        if (base.length() == 0) {
            return "";
        }
        String b = base.toString();
        if (isAscii(b) || !Character.isLetter(b.charAt(0))) {
            return b;
        }
        // Only non-ASCII letters go through the skeleton: the skeleton of plain ASCII may change ("m" -> "rn").
        String skeleton = Holder.SPOOF.getSkeleton(b);
        return isAsciiLetters(skeleton) ? skeleton : b;
    }

    private static boolean isAscii(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetters(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
                return false;
            }
        }
        return true;
    }

    private static char leetLetter(char c) {
        return switch (c) {
            case '1' -> 'i';
            case '4', '@' -> 'a';
            case '3' -> 'e';
            case '0' -> 'o';
            case '5' -> 's';
            case '7' -> 't';
            default -> 0;
        };
    }

    // Leetspeak inside a word: a lone digit (or @) in a token of letters, as in "Em1ly", "S4rah", "3mma".
    private static Units leet(Units in) {
        if (!hasLeet(in.chars)) {
            return in;
        }
        String s = in.chars.toString();
        char[] out = s.toCharArray();
        int i = 0;
        while (i < s.length()) {
            if (!isWordChar(s.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            int letters = 0;
            while (j < s.length() && isWordChar(s.charAt(j))) {
                if (Character.isLetter(s.charAt(j))) {
                    letters++;
                }
                j++;
            }
            boolean emailish = j < s.length() - 1 && s.charAt(j) == '.' && Character.isLetter(s.charAt(j + 1));
            if (letters >= 2 && j - i > letters) {
                for (int k = i; k < j; k++) {
                    char c = s.charAt(k);
                    char l = leetLetter(c);
                    if (l == 0) {
                        continue;
                    }
                    boolean loneDigit = (k == i || !Character.isDigit(s.charAt(k - 1)))
                            && (k + 1 == j || !Character.isDigit(s.charAt(k + 1)));
                    if (!loneDigit && Character.isDigit(c)) {
                        // a short digit run between letters ("Gr33n", "B00th") is leet too; "covid19" is not
                        int rs = k;
                        while (rs > i && Character.isDigit(s.charAt(rs - 1))) {
                            rs--;
                        }
                        int re = k;
                        while (re + 1 < j && Character.isDigit(s.charAt(re + 1))) {
                            re++;
                        }
                        loneDigit = re - rs < 3 && rs > i && re + 1 < j && Character.isLetter(s.charAt(rs - 1))
                                && Character.isLetter(s.charAt(re + 1)) && allLeet(s, rs, re);
                    }
                    boolean ok = c == '@' ? k > i && k + 1 < j && !emailish : loneDigit;
                    if (ok) {
                        boolean upper = k + 1 < j && k > i && Character.isUpperCase(s.charAt(k - 1))
                                && Character.isUpperCase(s.charAt(k + 1));
                        out[k] = upper ? Character.toUpperCase(l) : l;
                    }
                }
            }
            i = j;
        }
        Units u = new Units(out.length);
        for (int k = 0; k < out.length; k++) {
            u.add(out[k], in.starts[k], in.ends[k]);
        }
        return u;
    }

    private static boolean allLeet(String s, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (leetLetter(s.charAt(k)) == 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean ascii(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasLeet(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (leetLetter(s.charAt(i)) != 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '@';
    }

    private static boolean singleLetter(CharSequence s, int i) {
        return Character.isLetter(s.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))
                && (i + 1 == s.length() || !Character.isLetterOrDigit(s.charAt(i + 1)));
    }

    // Join runs of at least three single letters with one repeated separator: "M a r y", "L.u.c.y", "B-o-b".
    private static Units join(Units in) {
        String s = in.chars.toString();
        Units out = new Units(s.length());
        int i = 0;
        while (i < s.length()) {
            if (singleLetter(s, i)) {
                int end = runEnd(s, i);
                if (end >= 0) {
                    for (int k = i; k <= end; k++) {
                        if (Character.isLetter(s.charAt(k))) {
                            // a case change inside a run ("MaryJones" typed spaced) marks the word break
                            if (k > i && Character.isUpperCase(s.charAt(k)) && out.size() > 0
                                    && Character.isLowerCase(out.chars.charAt(out.size() - 1))) {
                                out.add(' ', in.starts[k - 1], in.ends[k - 1]);
                            }
                            out.add(s.charAt(k), in.starts[k], in.ends[k]);
                        }
                    }
                    i = end + 1;
                    continue;
                }
            }
            out.add(s.charAt(i), in.starts[i], in.ends[i]);
            i++;
        }
        return out;
    }

    // The index of the last letter of the run starting at i, or -1 when fewer than three letters run.
    private static int runEnd(String s, int i) {
        String sep = null;
        int count = 1;
        int last = i;
        int k = i + 1;
        while (k < s.length()) {
            int sepStart = k;
            while (k < s.length() && k - sepStart < 2 && JOIN_SEPARATORS.indexOf(s.charAt(k)) >= 0) {
                k++;
            }
            if (k == sepStart || k >= s.length() || !singleLetter(s, k)) {
                break;
            }
            String thisSep = s.substring(sepStart, k);
            if (sep == null) {
                sep = thisSep;
            } else if (!sep.equals(thisSep)) {
                break;
            }
            count++;
            last = k;
            k++;
        }
        return count >= 3 ? last : -1;
    }

    /** A growable sequence of characters with their original spans. */
    private static final class Units {
        final StringBuilder chars;
        int[] starts;
        int[] ends;

        Units(int capacity) {
            chars = new StringBuilder(Math.max(16, capacity));
            starts = new int[Math.max(16, capacity)];
            ends = new int[Math.max(16, capacity)];
        }

        int size() {
            return chars.length();
        }

        void add(char c, int start, int end) {
            int n = chars.length();
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
                ends = Arrays.copyOf(ends, n * 2);
            }
            chars.append(c);
            starts[n] = start;
            ends[n] = end;
        }

        TextView view() {
            int n = chars.length();
            return new TextView(chars.toString(), Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
        }
    }

    /** Loads ICU's confusables data only when a non-ASCII letter first needs it. */
    private static final class Holder {
        static final SpoofChecker SPOOF = new SpoofChecker.Builder().build();
    }
}
