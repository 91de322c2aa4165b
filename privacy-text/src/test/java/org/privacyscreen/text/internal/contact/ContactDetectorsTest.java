package org.privacyscreen.text.internal.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.privacyscreen.Finding;
import org.privacyscreen.Post;
import org.privacyscreen.Severity;
import org.privacyscreen.spi.TextDetector;
import org.privacyscreen.text.Fixtures;
import org.privacyscreen.text.internal.DetectorTestBase;

/** Phone numbers, e-mail addresses, handles and postal addresses. */
class ContactDetectorsTest {
    @Nested
    class Phones extends DetectorTestBase {
        @Override
        protected TextDetector detector() {
            return new PhoneDetector();
        }

        @Override
        protected List<String> positives() {
            return List.of("Her mobile is 07912 345678", "Text +1 415 555 2671 any time");
        }

        @Override
        protected List<String> negatives() {
            return List.of("Call us on +44 161 496 0123", "Ring 0161 496 0123 to book", "We have 12 classes");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {"Her mobile is 07912 345678|07912 345678",
                "his number: +44 7912 345 678.|+44 7912 345 678", "Her US cell +1 415 555 2671 any time|+1 415 555 2671",
                "mobile 0\u200B7912 345678|0\u200B7912 345678"})
        void detect_findsPhone(String text, String value) {
            assertThat(values(text)).containsExactly(value);
            assertThat(find(text)).allMatch(f -> f.severity() == Severity.HIGH);
        }

        @ParameterizedTest
        @ValueSource(strings = {"Call us on +44 161 496 0123", "Ring 0161 496 0123 to book",
                "Our number is (0161) 4960123", "We have 12 classes and 300 members", "Order 1234567"})
        void detect_ownNumberAndNonNumbers_findNothing(String text) {
            assertThat(find(text)).isEmpty();
        }

        @Test
        void detect_numberOfferedToCall_isMedium() {
            assertThat(find("Call Brenda on 07912 345678 to book her class"))
                    .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.MEDIUM));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {"text Marta on 04000 123456|04000 123456",
                "her mobile: 04000 654321|04000 654321"})
        void detect_possibleNumberOfferedAsAPhone_isMedium(String text, String value) {
            assertThat(values(text)).containsExactly(value);
            assertThat(find(text)).allMatch(f -> f.severity() == Severity.MEDIUM);
        }

        @ParameterizedTest
        @ValueSource(strings = {"ref 04000 123456", "we raised 04000 123456 pence"})
        void detect_possibleNumberWithoutPhoneCue_findsNothing(String text) {
            assertThat(find(text)).isEmpty();
        }

        /** Ranges kept for drama read as real numbers: HIGH, with or without a cue word. */
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {"see you after your scan on 07700 900123|07700 900123",
                "text Marta on 07700 900456|07700 900456", "ref 07700 900789 in the notes|07700 900789",
                "Ring Sam, 01632 960321, after six|01632 960321"})
        void detect_dramaRangeUk_isHigh(String text, String value) {
            assertThat(values(text)).containsExactly(value);
            assertThat(find(text)).allMatch(f -> f.severity() == Severity.HIGH);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {"Call Jo back on 555-0142 tonight|555-0142",
                "her cell (212) 555-0188|(212) 555-0188", "Dad's number is 604-555-0117|604-555-0117"})
        void detect_dramaRangeNorthAmerica_isHigh(String text, String value) {
            Post us = Post.builder().text(text).createdAt(Fixtures.NOW).locale(Locale.US).build();
            assertThat(values(us, find(us))).containsExactly(value);
            assertThat(find(us)).allMatch(f -> f.severity() == Severity.HIGH);
        }

        /** A number typed to hide it (the letter O for zeros, digits spaced out) is found whole, at HIGH. */
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {"call me on O7912 345678|O7912 345678",
                "mob 07912 3456O8 ok|07912 3456O8", "her number 0 7 9 1 2 3 4 5 6 7 8|0 7 9 1 2 3 4 5 6 7 8",
                "text 07700 9OO123 later|07700 9OO123", "ring O77OO 9OO 123|O77OO 9OO 123"})
        void detect_evadedNumber_isFoundWholeAtHigh(String text, String value) {
            assertThat(values(text)).containsExactly(value);
            assertThat(find(text)).allMatch(f -> f.severity() == Severity.HIGH);
        }

        @ParameterizedTest
        @ValueSource(strings = {"Room 101 on floor 2", "We meet at 10 o'clock", "Oooh 10 out of 10!",
                "the O2 arena at 7.30", "1 2 3 4 5 go!"})
        void detect_lettersAndShortNumbers_findNothing(String text) {
            assertThat(find(text)).isEmpty();
        }

        @Test
        void detect_countryFromTheOrganisation_whenTheLocaleHasNone() {
            // the fixture practice's number is British: a North American number written nationally is only possible
            // there, so it is asked about (MEDIUM), and in a US post it is a phone number (HIGH)
            assertThat(find("Her cell is (415) 555-2671")).singleElement()
                    .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.MEDIUM));
            Post us = Post.builder().text("Her cell is (415) 555-2671").createdAt(Fixtures.NOW).locale(Locale.US)
                    .build();
            assertThat(find(us)).singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.HIGH));
        }

        @Test
        void detect_usesTheLocaleCountry() {
            Post us = Post.builder().text("Her cell is (415) 555-2671").createdAt(Fixtures.NOW).locale(Locale.US)
                    .build();
            assertThat(find(us)).hasSize(1);
        }
    }

    @Nested
    class Emails extends DetectorTestBase {
        @Override
        protected TextDetector detector() {
            return new EmailDetector();
        }

        @Override
        protected List<String> positives() {
            return List.of("Write to harriet.o@example.org", "mail jo [at] example [dot] com");
        }

        @Override
        protected List<String> negatives() {
            return List.of("Write to hello@harbourside.example", "HELLO@Harbourside.example is our inbox",
                    "Follow @harboursidetherapy", "Meet at the gym at 6");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {"Write to harriet.o@example.org today|harriet.o@example.org",
                "mail jo [at] example [dot] com|jo [at] example [dot] com",
                "mail jo(at)example(dot)co(dot)uk now|jo(at)example(dot)co(dot)uk"})
        void detect_findsEmail(String text, String value) {
            assertThat(values(text)).containsExactly(value);
        }
    }

    @Nested
    class Handles extends DetectorTestBase {
        @Override
        protected TextDetector detector() {
            return new HandleDetector();
        }

        @Override
        protected List<String> positives() {
            return List.of("Great to see @hattie_ok in the gym", "Thanks @some_runner!");
        }

        @Override
        protected List<String> negatives() {
            return List.of("Follow @harboursidetherapy", "Ask @physio_priya", "email hello@harbourside.example");
        }

        @Test
        void detect_clientHandle_isHighWithSubject() {
            assertThat(find("Great to see @hattie_ok in the gym")).singleElement().satisfies(f -> {
                assertThat(f.subject()).contains("c-harriet");
                assertThat(f.severity()).isEqualTo(Severity.HIGH);
            });
        }

        @Test
        void detect_unknownHandle_isMedium() {
            assertThat(find("Thanks @some_runner!")).singleElement()
                    .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.MEDIUM));
        }

        @ParameterizedTest
        @ValueSource(strings = {"See @hattie\u200B_ok today", "See @h\u0430ttie_ok today", "See @HATTIE_OK today"})
        void detect_evadedClientHandle_stillHasSubject(String text) {
            assertThat(find(text)).singleElement().satisfies(f -> assertThat(f.subject()).contains("c-harriet"));
        }
    }

    @Nested
    class Addresses extends DetectorTestBase {
        @Override
        protected TextDetector detector() {
            return new PostalAddressDetector();
        }

        @Override
        protected List<String> positives() {
            return List.of("She lives at 12 Acacia Avenue, Leeds", "Post it to LS6 2AB",
                    "Send to 500 Market Street, San Francisco, CA 94105");
        }

        @Override
        protected List<String> negatives() {
            return List.of("Visit us at 14 Quay Street, Manchester M3 3HN", "Our postcode is M3 3HN",
                    "We ran 10000 steps", "It takes 10 minutes walk from town", "Reference 94105 is closed");
        }

        @Test
        void detect_zipNeedsAddressContext() {
            List<Finding> found = find("Send to 500 Market Street, San Francisco, CA 94105");
            assertThat(String.join("|", values("Send to 500 Market Street, San Francisco, CA 94105"))).contains("94105");
            assertThat(found).hasSizeGreaterThanOrEqualTo(2);
        }
    }
}
