package org.privacyscreen;

/**
 * Masks sensitive values before they go anywhere a person or a log could read them. Each word keeps its first
 * letter and every other letter becomes {@code *}: "Maria Thompson" becomes "M**** T*******". Digits are all masked
 * but for the value's first character.
 */
public final class Excerpts {
    private Excerpts() {
    }

    /** The masked form of {@code value}. */
    public static String mask(CharSequence value) {
        java.util.Objects.requireNonNull(value, "value");
        StringBuilder out = new StringBuilder(value.length());
        boolean wordStart = true;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isDigit(c)) {
                // digits carry no word shape worth keeping: only the first character of the value survives
                out.append(i == 0 ? c : '*');
                wordStart = false;
            } else if (Character.isLetter(c)) {
                out.append(wordStart ? c : '*');
                wordStart = false;
            } else if (Character.isWhitespace(c)) {
                out.append(' ');
                wordStart = true;
            } else {
                // keep punctuation so "@a***" still reads as a handle and "a***@b***" as an address
                out.append(c);
                wordStart = c == '@' || c == '.';
            }
        }
        return out.toString();
    }

    /** The masked excerpt of {@code text} between {@code start} and {@code end}. */
    public static String mask(CharSequence text, Location.Text span) {
        return mask(text.subSequence(span.start(), Math.min(span.end(), text.length())));
    }
}
