package org.privacyscreen.text.internal.analysis;

/**
 * A token of the letters view: a word (letters), a number (digits) or one punctuation character.
 *
 * @param index    position among the post's tokens
 * @param start    start in the letters view
 * @param end      end in the letters view (exclusive)
 * @param text     the token as normalised
 * @param lower    case-folded
 * @param kind     word, number or punctuation
 * @param sentence index of its sentence
 */
public record Token(int index, int start, int end, String text, String lower, Kind kind, int sentence) {
    public enum Kind { WORD, NUMBER, PUNCT }

    public boolean word() {
        return kind == Kind.WORD;
    }

    public boolean capitalised() {
        return kind == Kind.WORD && Character.isUpperCase(text.charAt(0));
    }

    public boolean allCaps() {
        if (kind != Kind.WORD || text.length() < 2) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isUpperCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    public boolean is(String lowerWord) {
        return lower.equals(lowerWord);
    }
}
