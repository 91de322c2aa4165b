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
 *   <li>{@link #digits()}: the plain view with the letter O read as a zero where it stands among digits
 *       ("O7700 9OO1O1"), same length and offsets as the plain view. Phone and identifier detectors read this view.</li>
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
    private final TextView digits;
    private final TextView letters;
    private final String lettersLower;
    private final String plainLower;

    private NormalisedText(String original, TextView plain, TextView letters) {
        this.original = original;
        this.plain = plain;
        this.digits = plain.withText(zeroes(plain.text()));
        this.letters = letters;
        this.lettersLower = lower(letters.text());
        this.plainLower = lower(plain.text());
    }

    // a character at a time, so the offsets stay those of the view (String.toLowerCase can change the length)
    private static String lower(String text) {
        char[] lower = text.toCharArray();
        for (int i = 0; i < lower.length; i++) {
            lower[i] = Character.toLowerCase(lower[i]);
        }
        return new String(lower);
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

    /** The plain view with the letter O read as a zero among digits; same offsets as {@link #plain()}. */
    public TextView digits() {
        return digits;
    }

    public TextView letters() {
        return letters;
    }

    /**
     * The plain view, each character lower-cased (same length and offsets as {@link #plain()} and
     * {@link #digits()}): computed once for the detectors that look for cue words before matching.
     */
    public String plainLower() {
        return plainLower;
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

    /**
     * The letter O (either case) read as a zero where it stands among digits: inside a run of letters and digits
     * whose only letters are O ("O7700", "9OO1O1"), or alone between digit runs ("0 7 7 O O 9"). Same length.
     */
    static String zeroes(String s) {
        char[] out = null;
        int i = 0;
        int n = s.length();
        while (i < n) {
            if (!Character.isLetterOrDigit(s.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            boolean digit = false;
            boolean otherLetter = false;
            while (j < n && Character.isLetterOrDigit(s.charAt(j))) {
                char c = s.charAt(j);
                digit |= c >= '0' && c <= '9';
                otherLetter |= !(c >= '0' && c <= '9') && c != 'O' && c != 'o';
                j++;
            }
            boolean onlyO = !digit && !otherLetter;
            if (!otherLetter && (digit || onlyO && j - i <= 8 && (digitNear(s, i - 1, -1) || digitNear(s, j, 1)))) {
                for (int k = i; k < j; k++) {
                    if (s.charAt(k) == 'O' || s.charAt(k) == 'o') {
                        if (out == null) {
                            out = s.toCharArray();
                        }
                        out[k] = '0';
                    }
                }
            }
            i = j;
        }
        return out == null ? s : new String(out);
    }

    /** Whether a digit (or a lone O next to one) stands within two separator characters from {@code from}. */
    private static boolean digitNear(String s, int from, int step) {
        for (int k = from, seen = 0; k >= 0 && k < s.length() && seen < 3; k += step, seen++) {
            char c = s.charAt(k);
            if (c >= '0' && c <= '9' || c == 'O' || c == 'o') {
                return true;
            }
            if (c != ' ' && c != '-' && c != '.') {
                return false;
            }
        }
        return false;
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
            // a word of letters with digits in it; one letter is enough when it leads a short word of leet digits
            // ("L33" for Lee), never a code that starts with a digit ("10k")
            boolean shortLeet = letters == 1 && Character.isLetter(s.charAt(i)) && j - i <= 6
                    && allLeet(s, i + 1, j - 1);
            if ((letters >= 2 || shortLeet) && j - i > letters) {
                int k = i;
                while (k < j) {
                    char c = s.charAt(k);
                    if (Character.isDigit(c)) {
                        // the digit run around k, measured once: a long run must not be rescanned per digit
                        int re = k;
                        while (re + 1 < j && Character.isDigit(s.charAt(re + 1))) {
                            re++;
                        }
                        // a lone digit ("Em1ly") or a short run of leet digits between letters ("Gr33n", "B00th")
                        // is leet; "covid19" is not
                        boolean lone = re == k;
                        boolean between = re + 1 < j && Character.isLetter(s.charAt(re + 1));
                        boolean shortRun = re - k < 3 && k > i && Character.isLetter(s.charAt(k - 1))
                                && (between || shortLeet) && allLeet(s, k, re);
                        if (lone || shortRun) {
                            for (int d = k; d <= re; d++) {
                                char l = leetLetter(s.charAt(d));
                                if (l != 0) {
                                    out[d] = caseOfNeighbours(s, d, i, j, l);
                                }
                            }
                        }
                        k = re + 1;
                        continue;
                    }
                    if (c == '@' && k > i && k + 1 < j && !emailish) {
                        out[k] = caseOfNeighbours(s, k, i, j, 'a');
                    }
                    k++;
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

    /** The leet letter in upper case when the letters on both sides are upper case ("J0HN"). */
    private static char caseOfNeighbours(String s, int k, int wordStart, int wordEnd, char letter) {
        boolean upper = k + 1 < wordEnd && k > wordStart && Character.isUpperCase(s.charAt(k - 1))
                && Character.isUpperCase(s.charAt(k + 1));
        return upper ? Character.toUpperCase(letter) : letter;
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
