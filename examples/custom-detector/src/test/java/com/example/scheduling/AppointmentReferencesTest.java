package com.example.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.Location;
import org.privacyscreen.Post;
import org.privacyscreen.testkit.TestContexts;

class AppointmentReferencesTest {
    private final AppointmentReferences detector = new AppointmentReferences();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Your appointment APT-12345674 is confirmed. | 17 | 29",
            "apt 70000005                                | 0  | 12",
            "(APT10000008)                               | 1  | 12",
            "ref:Apt-99999997.                           | 4  | 16"})
    void detect_validReference_findsItsSpan(String text, int start, int end) {
        List<Finding> found = detect(text);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(FindingType.MEDICAL_RECORD_NUMBER);
            assertThat(f.location()).isEqualTo(Location.text(start, end));
            assertThat(f.excerpt()).hasValueSatisfying(e -> assertThat(e).doesNotContain("2345"));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "APT-12345675",          // wrong check digit
            "APT-1234567",           // seven digits
            "APT-123456741",         // nine digits
            "APTX12345674",          // another prefix
            "CAPT-12345674",         // inside a word
            "APT-12345674B",         // followed by a letter
            "APT--12345674",         // two separators
            "Apartment 12345674",    // not the prefix
            "12345674"})             // no prefix at all
    void detect_nearMiss_findsNothing(String text) {
        assertThat(detect(text)).isEmpty();
    }

    @Property
    void detect_anyPayloadWithItsCheckDigit_isFound(@ForAll @IntRange(min = 0, max = 9_999_999) int payload) {
        String digits = String.format("%07d", payload);
        String reference = "APT-" + digits + checkDigit(digits);
        assertThat(detect("Booked " + reference + " today")).hasSize(1);
    }

    @Property
    void detect_anyWrongCheckDigit_isIgnored(@ForAll @IntRange(min = 0, max = 9_999_999) int payload,
                                             @ForAll @IntRange(min = 1, max = 9) int offset) {
        String digits = String.format("%07d", payload);
        int wrong = (checkDigit(digits) + offset) % 10;
        assertThat(detect("Booked APT-" + digits + wrong + " today")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "x1234567"})
    void luhnValid_badInput_isFalse(String digits) {
        assertThat(AppointmentReferences.luhnValid(digits)).isFalse();
    }

    private List<Finding> detect(String text) {
        return detector.detect(TestContexts.of(Post.builder().text(text).build()));
    }

    /** Luhn check digit computed independently of the detector: double every second digit from the right. */
    private static int checkDigit(String payload) {
        int sum = 0;
        for (int i = 0; i < payload.length(); i++) {
            int d = payload.charAt(payload.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return (10 - sum % 10) % 10;
    }
}
