package org.privacyscreen.text.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalisedTextTest {
    /** The letters view of the original span, case-folded. */
    private static String letters(String text) {
        return NormalisedText.of(text).lettersLower();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // zero-width and format characters
            "Har\u200Briet|harriet", "Har\u200Dri\uFEFFet|harriet", "Ha\u00ADrriet|harriet",
            // NFKC: full-width and ligatures
            "\uFF28\uFF41rriet|harriet", "\uFB01ona|fiona",
            // confusables: Cyrillic and Greek look-alikes
            "H\u0430rri\u0435t|harriet", "\u041D\u0430rriet|harriet", "\u039Fscar|oscar",
            // diacritics
            "Zo\u00EB|zoe", "Jos\u00E9|jose",
            // spaced, dotted and dashed letters
            "M a r g a r e t|margaret", "L.u.c.y F.a.i.r.w.e.a.t.h.e.r|lucy fairweather",
            "B-o-b B-r-o-w-n|bob brown", "M a r y  J o n e s|mary  jones", "M a r y J o n e s|mary jones",
            // leetspeak inside words
            "Em1ly|emily", "S4rah|sarah", "J0hn|john", "Ch3ls3a|chelsea", "S@rah|sarah", "Ro5ie|rosie",
            "Ma7t|matt", "Gr33n|green", "B00th|booth"})
    void of_foldsEvasion(String text, String expected) {
        assertThat(letters(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"room 101|room 101", "covid19 jab|covid19 jab", "call 0161 496 0123|call 0161 496 0123",
            "a b|a b", "mail me@x.com|mail me@x.com", "@hattie_ok|@hattie_ok", "mrs m|mrs m"})
    void of_leavesOrdinaryTextAlone(String text, String expected) {
        assertThat(letters(text)).isEqualTo(expected);
    }

    @Test
    void plain_keepsDigitsAndDropsZeroWidth() {
        NormalisedText n = NormalisedText.of("0\u200B7912 \uFF13\uFF14");
        assertThat(n.plain().text()).isEqualTo("07912 34");
    }

    @Test
    void offsets_pointAtTheOriginal() {
        String text = "Hi L.u.c.y F\u200Bair!";
        NormalisedText n = NormalisedText.of(text);
        String view = n.letters().text();
        int start = view.indexOf("Lucy");
        int[] span = n.letters().toOriginal(start, start + "Lucy Fair".length());
        assertThat(text.substring(span[0], span[1])).isEqualTo("L.u.c.y F\u200Bair");
    }

    @Test
    void offsets_ofSurrogatePairsCoverBothHalves() {
        String text = "A\uD835\uDC00b"; // mathematical bold capital A
        NormalisedText n = NormalisedText.of(text);
        assertThat(n.plain().text()).isEqualTo("AAb");
        assertThat(n.plain().originalStart(1)).isEqualTo(1);
        assertThat(n.plain().originalEnd(1)).isEqualTo(3);
    }

    @Test
    void asciiLetters_neverChange() {
        String ascii = "The quick brown fox jumps over the lazy dog, rn m and l or I 0 O.";
        assertThat(NormalisedText.of(ascii).letters().text()).isEqualTo(ascii);
    }

    @Test
    void of_rejectsNull() {
        assertThatThrownBy(() -> NormalisedText.of((String) null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("text");
    }

    @Test
    void toOriginal_rejectsBadSpans() {
        TextView v = NormalisedText.of("abc").letters();
        assertThatThrownBy(() -> v.toOriginal(2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> v.toOriginal(0, 4)).isInstanceOf(IllegalArgumentException.class);
    }
}
