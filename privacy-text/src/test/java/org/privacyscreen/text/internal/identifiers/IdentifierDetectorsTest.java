package org.privacyscreen.text.internal.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.privacyscreen.Post;
import org.privacyscreen.spi.TextDetector;
import org.privacyscreen.text.Fixtures;
import org.privacyscreen.text.internal.DetectorTestBase;

/** NHS numbers, SSNs, NI numbers, payment cards, record numbers and dates of birth. */
class IdentifierDetectorsTest {
    @Nested
    class NationalIds extends DetectorTestBase {
        @Override
        protected TextDetector detector() {
            return new NationalIdDetector();
        }

        @Override
        protected List<String> positives() {
            return List.of("NHS number 943 476 5919", "SSN 123-45-6789", "NI number QQ 12 34 56 C is wrong but AB123456C");
        }

        @Override
        protected List<String> negatives() {
            return List.of("NHS number 943 476 5918", "SSN 666-45-6789", "NI GB123456A", "Call 0161 496 0123");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {"NHS number 943 476 5919|943 476 5919",
                "nhs no. 9434765919 on the letter|9434765919", "NHS 943-476-5919|943-476-5919",
                "patient 9 4 3 4 7 6 5 9 1 9|9 4 3 4 7 6 5 9 1 9", "SSN 123-45-6789|123-45-6789",
                "social security 123 45 6789|123 45 6789", "NI AB123456C please|AB123456C",
                "NI ab 12 34 56 c please|ab 12 34 56 c"})
        void detect_validIds(String text, String value) {
            assertThat(values(text)).containsExactly(value);
        }

        @ParameterizedTest
        @ValueSource(strings = {"NHS number 943 476 5918", "NHS number 111 111 1111", "SSN 000-12-3456",
                "SSN 666-45-6789", "SSN 912-45-6789", "SSN 123-00-6789", "SSN 123-45-0000", "NI GB123456A",
                "NI BG123456A", "NI DA123456A", "NI AO123456A", "NI AB123456E", "ref 123456789"})
        void detect_invalidChecksumsAndPrefixes_findNothing(String text) {
            assertThat(find(text)).isEmpty();
        }

        private Post in(Locale locale, String text) {
            return Post.builder().text(text).createdAt(Fixtures.NOW).locale(locale).build();
        }

        /** Each country's ids in a post of that country, with or without a cue word. */
        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', value = {
                "en-CA|SIN 130 692 544 on file|130 692 544", "en-CA|her number is 130-692-544|130-692-544",
                "en-AU|TFN: 123 456 782|123 456 782", "en-AU|my tax file number 123456782 ok|123456782",
                "en-AU|Medicare card 2123 45670 1|2123 45670 1", "en-AU|card no 2123456701 thanks|2123456701",
                "en-IE|PPS 1234567T|1234567T", "en-IE|her ppsn is 1234567FA|1234567FA",
                "en-US|MBI 1EG4-TE5-MK73|1EG4-TE5-MK73", "en-US|medicare id 1EG4TE5MK73|1EG4TE5MK73",
                "en-US|ssn 123-45-6789|123-45-6789"})
        void detect_idsOfThePostsCountry(String tag, String text, String value) {
            Post post = in(Locale.forLanguageTag(tag), text);
            assertThat(values(post, find(post))).containsExactly(value);
        }

        /** A cue word finds an id whatever the country; without one, only the post's countries count. */
        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', value = {"en-US|NHS number 943 476 5919|943 476 5919",
                "en-GB|SIN 130 692 544|130 692 544", "en-GB|TFN 123 456 782|123 456 782",
                "en-GB|Medicare 2123 45670 1|2123 45670 1"})
        void detect_cueWord_findsAnIdOfAnotherCountry(String tag, String text, String value) {
            Post post = in(Locale.forLanguageTag(tag), text);
            assertThat(values(post, find(post))).containsExactly(value);
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', value = {
                // a US phone number passes the NHS checksum: not an NHS number in a US post
                "en-US|call 943 476 5919 today", "en-GB|ref 130 692 544", "en-GB|order 123 456 782",
                "en-US|order 2123 45670 1",
                // wrong check digits and letters
                "en-CA|SIN 130 692 545", "en-CA|SIN 046 454 286", "en-AU|TFN 123 456 789", "en-AU|Medicare 2123 45671 1",
                "en-IE|PPS 1234567A", "en-US|MBI 1SG4-TE5-MK73", "en-US|MBI 0EG4-TE5-MK73",
                // a UK phone number written nationally is no NHS number, even when it passes the checksum
                "en-GB|ring 0161 496 0123"})
        void detect_wrongCountryOrChecksum_findsNothing(String tag, String text) {
            assertThat(find(in(Locale.forLanguageTag(tag), text))).isEmpty();
        }

        /** An id typed a digit at a time is read as one number, whole. */
        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', value = {"en-GB|NHS no. 9 4 3 . 4 7 6 . 5 9 1 9 on the form|9 4 3 . 4 7 6 . 5 9 1 9",
                "en-US|SSN: 1 2 3 - 4 5 - 6 7 8 9 (wrong chat)|1 2 3 - 4 5 - 6 7 8 9",
                "en-IE|PPSN 1 2 3 4 5 6 7 T on a form|1 2 3 4 5 6 7 T"})
        void detect_idTypedADigitAtATime(String tag, String text, String value) {
            Post post = in(Locale.forLanguageTag(tag), text);
            assertThat(values(post, find(post))).containsExactly(value);
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', value = {"en-GB|Countdown: 9 8 7 6 5 4 3 2 1 1!", "en-US|Go 1 2 3 4 5 6 7 8 9 now",
                "en-IE|Bingo 1 2 3 4 5 6 7 A"})
        void detect_spacedDigitsWithABadChecksum_findNothing(String tag, String text) {
            assertThat(find(in(Locale.forLanguageTag(tag), text))).isEmpty();
        }
    }

    @Nested
    class Cards extends DetectorTestBase {
        @Override
        protected TextDetector detector() {
            return new PaymentCardDetector();
        }

        @Override
        protected List<String> positives() {
            return List.of("card 4111 1111 1111 1111", "amex 378282246310005", "mc 5555-5555-5555-4444");
        }

        @Override
        protected List<String> negatives() {
            return List.of("card 4111 1111 1111 1112", "order 1234 5678 9012 3456", "ref 7992739871355");
        }

        @ParameterizedTest
        @ValueSource(strings = {"card 4111 1111 1111 1112", "number 1234567812345678", "0000000000000000",
                "9999 9999 9999 9995"})
        void detect_luhnInvalidOrUnknownIssuer_findNothing(String text) {
            assertThat(find(text)).isEmpty();
        }
    }

    @Nested
    class RecordNumbers extends DetectorTestBase {
        @Override
        protected TextDetector detector() {
            return new MedicalRecordDetector();
        }

        @Override
        protected List<String> positives() {
            return List.of("MRN 12345678", "patient no. 445-2291", "case #A12345", "record number: RX-20931");
        }

        @Override
        protected List<String> negatives() {
            return List.of("We saw 12345 patients", "case study 12", "In case you missed it, 2024 was great");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {"MRN 12345678 attached|12345678", "patient no. 445-2291|445-2291",
                "case #A12345|A12345", "record number: RX-20931|RX-20931"})
        void detect_findsTheNumberOnly(String text, String value) {
            assertThat(values(text)).containsExactly(value);
        }
    }

    @Nested
    class BirthDates extends DetectorTestBase {
        @Override
        protected TextDetector detector() {
            return new DateOfBirthDetector();
        }

        @Override
        protected List<String> positives() {
            return List.of("DOB 14/03/1979", "born on 2 April 1988", "Her birthday is 5th May", "b. 1961-11-02");
        }

        @Override
        protected List<String> negatives() {
            return List.of("Class on 14/03/2026", "See you on 2 April", "Open 9-5 Monday to Friday");
        }

        @Test
        void detect_clientsBirthDate_hasSubject() {
            assertThat(find("Cake for someone special on 14 March 1979!")).singleElement()
                    .satisfies(f -> assertThat(f.subject()).contains("c-harriet"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"DOB 31/02/1979", "born 45/13/1988", "Class on 14/03/2026"})
        void detect_invalidOrUncuedDates_findNothing(String text) {
            assertThat(find(text)).isEmpty();
        }
    }
}
