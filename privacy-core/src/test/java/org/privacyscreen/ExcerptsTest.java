package org.privacyscreen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExcerptsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Maria Thompson|M**** T*******",
        "07911 123456|0**** ******",
        "@sarahj_88|@s*****_**",
        "jo.bloggs@example.com|j*.b*****@e******.c**"})
    void mask_keepsFirstCharacterOfEachWord(String value, String masked) {
        assertThat(Excerpts.mask(value)).isEqualTo(masked);
    }

    @Property
    void mask_neverReturnsAWordOfTwoOrMoreLetters(@ForAll @AlphaChars @StringLength(min = 2, max = 30) String word) {
        assertThat(Excerpts.mask(word)).isNotEqualTo(word).hasSameSizeAs(word);
    }

    @org.junit.jupiter.api.Test
    void mask_null_namesParameter() {
        assertThatThrownBy(() -> Excerpts.mask(null)).isInstanceOf(NullPointerException.class).hasMessage("value");
    }
}
