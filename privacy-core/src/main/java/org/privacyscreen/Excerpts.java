package org.privacyscreen;

import java.util.Objects;

/**
 * Masks sensitive values before they go anywhere a person or a log could read them.
 *
 * <p>A masked value keeps its shape and at most two letters or digits of the value: the first one of its first word
 * and, when the value has two words or more, the initial letter of its last word. Every other letter or digit, and
 * every character that is not plain ASCII punctuation, becomes {@code *}; white space becomes a space; ASCII
 * punctuation ({@code @ . - _ + ( )}) stays, so an address still reads as one. "Maria Thompson" becomes
 * "M**** T*******", "07911 123456" becomes "0**** ******", "jo.bloggs@example.com" becomes
 * "j*.******@*******.***".
 *
 * <p>Two characters can never hold a three-character fragment of the value, whatever the evasion: "J.o.h.n S m i t h"
 * becomes "J.*.*.* * * * * *", since a word of one character keeps nothing. Masking is idempotent and keeps the
 * length in UTF-16 units, so offsets into a masked excerpt match the original's.
 */
public final class Excerpts {
    private static final char HIDDEN = '*';

    private Excerpts() {
    }

    /** The masked form of {@code value}. */
    public static String mask(CharSequence value) {
        Objects.requireNonNull(value, "value");
        int first = firstInitial(value);
        int last = lastInitial(value, first);
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); ) {
            int cp = Character.codePointAt(value, i);
            int width = Character.charCount(cp);
            if ((i == first || i == last) && single(cp)) {
                out.appendCodePoint(cp);
            } else if (space(cp)) {
                out.append(" ".repeat(width));
            } else if (asciiPunctuation(cp)) {
                out.append((char) cp);
            } else {
                out.append(String.valueOf(HIDDEN).repeat(width));
            }
            i += width;
        }
        return out.toString();
    }

    /** The masked excerpt of {@code text} between {@code start} and {@code end}. */
    public static String mask(CharSequence text, Location.Text span) {
        return mask(text.subSequence(span.start(), Math.min(span.end(), text.length())));
    }

    /** Where the first letter or digit of the first word is, or -1. */
    private static int firstInitial(CharSequence v) {
        for (int i = 0; i < v.length(); ) {
            int cp = Character.codePointAt(v, i);
            if (space(cp) && i > 0 && !space(Character.codePointBefore(v, i))) {
                return -1; // the first word ended with no letter or digit in it
            }
            if (Character.isLetterOrDigit(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /**
     * Where the initial of the last word is, when the value has another word before it, the last word is at least two
     * characters long and starts with a letter; otherwise -1.
     */
    private static int lastInitial(CharSequence v, int first) {
        int end = v.length();
        while (end > 0 && space(Character.codePointBefore(v, end))) {
            end -= Character.charCount(Character.codePointBefore(v, end));
        }
        int start = end;
        int length = 0;
        while (start > 0 && !space(Character.codePointBefore(v, start))) {
            start -= Character.charCount(Character.codePointBefore(v, start));
            length++;
        }
        boolean wordBefore = false;
        for (int i = 0; i < start; ) {
            int cp = Character.codePointAt(v, i);
            wordBefore |= !space(cp);
            i += Character.charCount(cp);
        }
        if (!wordBefore || length < 2 || start == first || !Character.isLetter(Character.codePointAt(v, start))) {
            return -1;
        }
        return start;
    }

    /** Whether {@code cp} stays one character under compatibility normalisation: a ligature such as "ffi" does not. */
    private static boolean single(int cp) {
        String s = new String(Character.toChars(cp));
        String n = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC);
        return n.codePointCount(0, n.length()) == 1;
    }

    private static boolean space(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    private static boolean asciiPunctuation(int cp) {
        return cp > 0x20 && cp < 0x7F && !Character.isLetterOrDigit(cp);
    }
}
