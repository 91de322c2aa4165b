package org.privacyscreen.image.internal.ocr;

import java.util.List;
import java.util.Locale;

/**
 * Whether what the OCR read off a candidate region is writing or texture. Tesseract reads moss, bark or a lattice
 * as short low-confidence fragments of mixed case and punctuation; print reads as words whose letters a language
 * could hold, or as numbers, at high confidence. No word list: a client's name from any country must pass, so the
 * test is the shape of each word (vowels among consonants, one case pattern, no stray symbols inside).
 */
public final class Plausibility {
    /** A word read with less confidence than this does not count. */
    static final double MIN_WORD_CONFIDENCE = 0.6;
    /** A number or a code mixing letters and digits needs more, since noise reads as 1, l and I. */
    static final double MIN_CODE_CONFIDENCE = 0.75;

    private Plausibility() {
    }

    /** Whether {@code lines} hold writing: one plausible word of four or more characters, or two of three. */
    public static boolean isText(List<Tesseract.Line> lines) {
        int long4 = 0;
        int any3 = 0;
        for (Tesseract.Line line : lines) {
            for (Tesseract.Word w : line.words()) {
                int n = plausibleLength(w);
                if (n >= 4) {
                    long4++;
                }
                if (n >= 3) {
                    any3++;
                }
            }
        }
        return long4 >= 1 || any3 >= 2;
    }

    /** The number of letters and digits of {@code w} when it is a plausible word or number, else 0. */
    static int plausibleLength(Tesseract.Word w) {
        String core = trimPunctuation(w.text());
        int letters = 0;
        int digits = 0;
        int other = 0;
        for (int i = 0; i < core.length(); ) {
            int c = core.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c)) {
                letters++;
            } else if (Character.isDigit(c)) {
                digits++;
            } else if ("-'./:,&@+()#".indexOf(c) < 0) {
                other++;
            }
        }
        if (other > 0 || letters + digits < 3) {
            return 0;
        }
        if (letters == 0 || digits > 0) {
            return w.confidence() >= MIN_CODE_CONFIDENCE && !noisyCode(core) ? letters + digits : 0;
        }
        return w.confidence() >= MIN_WORD_CONFIDENCE && wordShaped(core) ? letters : 0;
    }

    private static String trimPunctuation(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && !Character.isLetterOrDigit(s.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetterOrDigit(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    /** Lower case, upper case or capitalised; vowels among the letters; no run of five consonants or four vowels. */
    static boolean wordShaped(String word) {
        String letters = word.replaceAll("[^\\p{L}]", "");
        boolean upper = letters.equals(letters.toUpperCase(Locale.ROOT));
        boolean lower = letters.equals(letters.toLowerCase(Locale.ROOT));
        boolean capitalised = Character.isUpperCase(letters.codePointAt(0))
                && letters.substring(Character.charCount(letters.codePointAt(0))).equals(
                        letters.substring(Character.charCount(letters.codePointAt(0))).toLowerCase(Locale.ROOT));
        if (!upper && !lower && !capitalised && !camel(letters)) {
            return false;
        }
        String l = letters.toLowerCase(Locale.ROOT);
        int vowels = 0;
        int consonantRun = 0;
        int vowelRun = 0;
        for (int i = 0; i < l.length(); i++) {
            boolean v = isVowel(l.charAt(i));
            vowels += v ? 1 : 0;
            consonantRun = v ? 0 : consonantRun + 1;
            vowelRun = v ? vowelRun + 1 : 0;
            if (consonantRun >= 5 || vowelRun >= 4) {
                return false;
            }
        }
        // all-capital abbreviations (NHS, GP) may have none; short lower-case words need one
        return vowels > 0 || upper && l.length() <= 4;
    }

    /** Names such as McDonald or DeVries: capitals only at the start of parts. */
    private static boolean camel(String letters) {
        return letters.matches("(\\p{Lu}\\p{Ll}+){2,3}");
    }

    private static boolean isVowel(char c) {
        return "aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿœ".indexOf(c) >= 0;
    }

    /** Codes from noise repeat one glyph (1111, lll1) or alternate letter and digit at every step. */
    private static boolean noisyCode(String code) {
        String s = code.replaceAll("[^\\p{L}\\p{N}]", "");
        if (s.chars().distinct().count() == 1 && s.length() >= 3) {
            return true;
        }
        int switches = 0;
        for (int i = 1; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i)) != Character.isDigit(s.charAt(i - 1))) {
                switches++;
            }
        }
        return s.length() >= 4 && switches >= s.length() - 1;
    }
}
