package org.privacyscreen.text.internal.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.privacyscreen.Post;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.spi.TextDetector;
import org.privacyscreen.text.Fixtures;
import org.privacyscreen.text.internal.DetectorTestBase;

/** Minors, quasi-identifiers and medical advice. */
class ContextDetectorsTest {
    @Nested
    class Minors extends DetectorTestBase {
        @Override
        protected TextDetector detector() {
            return new MinorDetector();
        }

        @Override
        protected List<String> positives() {
            return List.of("Tobias smashed his goals!", "Our little one, aged 7, did great", "She is in year 5");
        }

        @Override
        protected List<String> negatives() {
            return List.of("Desmond smashed his goals!", "Aged 42 and still running", "Classes all year round");
        }

        @Test
        void detect_minorClient_hasSubject() {
            assertThat(find("Tobias smashed his goals!")).singleElement()
                    .satisfies(f -> assertThat(f.subject()).contains("c-tobias"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"a 12-year-old swimmer", "aged 7", "my son is 9 years old", "she's in year 10",
                "our under-12s team", "the little girl was brave"})
        void detect_childSignals(String text) {
            assertThat(find(text)).isNotEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"a 34-year-old runner", "aged 70 and fit", "Happy new year 2026",
                "a little stiff after the run"})
        void detect_adultsAndWords_findNothing(String text) {
            assertThat(find(text)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"Made the U10 travel soccer team!", "The twins turned 3 last week and came in together",
                "Her baby was born early but is doing well"})
        void detect_childrenInOtherWords(String text) {
            assertThat(find(text)).isNotEmpty();
        }

        /** Services for children and age ranges speak of children in general, not of one child. */
        @ParameterizedTest
        @ValueSource(strings = {"Infant and child CPR class on Saturday", "Bring your little ones to the baby clinic",
                "We see young people aged 12 to 18 and their families", "Kids from age 6 welcome with a parent",
                "Our newborn visits run every Monday"})
        void detect_servicesAndAgeRanges_findNothing(String text) {
            assertThat(find(text)).isEmpty();
        }

        @Test
        void detect_adviceAboutBabiesUnderAnAge_findsNothing() {
            assertThat(find("Fever in a baby under 3 months is worth a call to our nurse line")).isEmpty();
        }

        @Test
        void detect_initialsWithAChildsAge() {
            assertThat(find("Welcome back to M.K., 8, our star!")).hasSize(1);
        }
    }

    @Nested
    class Quasi extends DetectorTestBase {
        @Override
        protected TextDetector detector() {
            return new QuasiIdentifierDetector();
        }

        @Override
        protected List<String> positives() {
            return List.of("Our patient, a 34-year-old teacher from Harrogate, came in at 9:15am.");
        }

        @Override
        protected List<String> negatives() {
            return List.of("Open at 9am in Harrogate.", "A teacher's guide to posture.",
                    "Harriet Okafor, a teacher from Harrogate, came in at 9am.");
        }

        /** Initials with an age, a job with a place and a routine, a decade of life: enough to single someone out. */
        @ParameterizedTest
        @ValueSource(strings = {"Well done to J.M., 87, who came to every class this term!",
                "To the bus driver from Canton who comes in every Tuesday at 5:10: thank you!",
                "A café owner in her fifties came in at 4:20 with a cracked molar."})
        void detect_singlingOutDetailsInOtherWords(String text) {
            assertThat(find(text)).hasSizeGreaterThanOrEqualTo(2);
        }

        @ParameterizedTest
        @ValueSource(strings = {"Classes at 5:10 and 6:15 every Tuesday in Canton.",
                "Bus drivers: our clinic opens at 7am on weekdays.", "Order J.M. 87 arrived today."})
        void detect_timetablesAndCodes_findNothing(String text) {
            assertThat(find(text)).isEmpty();
        }

        @Test
        void detect_needsTwoKinds() {
            assertThat(find("She came in at 9am.")).isEmpty();
            assertThat(find("She is a firefighter from Hebden Bridge.")).hasSize(2);
            assertThat(find("Our lovely client, a retired headteacher in her 80s, came in.")).hasSize(2);
        }
    }

    @Nested
    class Advice extends DetectorTestBase {
        @Override
        protected TextDetector detector() {
            return new MedicalAdviceDetector();
        }

        @Override
        protected Post post(String text) {
            return Fixtures.personal(text);
        }

        @Override
        protected ScreeningContext context(Post post) {
            return Fixtures.context(post);
        }

        @Override
        protected List<String> positives() {
            return List.of("Take 400mg ibuprofen twice a day for back pain.",
                    "You should ice your sprained ankle and rest.",
                    "If the tablets aren't working, double your citalopram dose until you see your GP.",
                    "Just skip your blood pressure meds on race day.");
        }

        @Override
        protected List<String> negatives() {
            return List.of("Lovely sunset on the run tonight.", "I ran 5km today!",
                    "We doubled our class sizes this term.", "Skip the queue and book online.");
        }

        @Test
        void detect_officialAccount_findsNothing() {
            assertThat(find(Fixtures.post("Take 400mg ibuprofen twice a day for back pain."))).isEmpty();
        }

        @Test
        void detect_personalAccount_findsDosage() {
            assertThat(find(Fixtures.personal("Take 400mg ibuprofen twice a day for back pain."))).hasSize(1);
        }

        /** Changing a dose without a number or unit is still dosage advice. */
        @ParameterizedTest
        @ValueSource(strings = {"If your tablets make you dizzy, just take half a tablet for a week.",
                "If it makes you numb, take it every second day for a while.",
                "Can't sleep? Take two of your partner's sleeping pills.",
                "Try skipping it on weekends and cut your afternoon dose in half."})
        void detect_doseChangesInOtherWords(String text) {
            assertThat(find(Fixtures.personal(text))).hasSize(1);
        }

        @ParameterizedTest
        @ValueSource(strings = {"Half a day off and a second coffee, bliss.", "Every second day I run along the canal.",
                "Don't change your dose on your own: talk to your GP first."})
        void detect_everydayWordsAndSafeAdvice_findNothing(String text) {
            assertThat(find(Fixtures.personal(text))).isEmpty();
        }
    }
}
