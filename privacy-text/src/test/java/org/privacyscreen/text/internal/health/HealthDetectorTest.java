package org.privacyscreen.text.internal.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.privacyscreen.FindingType;
import org.privacyscreen.spi.TextDetector;
import org.privacyscreen.text.Fixtures;
import org.privacyscreen.text.internal.DetectorTestBase;

class HealthDetectorTest extends DetectorTestBase {
    @Override
    protected TextDetector detector() {
        return new HealthDetector();
    }

    @Override
    protected List<String> positives() {
        return List.of("Well done Harriet Okafor on getting back to netball after your ACL rehab!",
                "Our patient who had a hip replacement is walking again");
    }

    @Override
    protected List<String> negatives() {
        return List.of("Botox can help with migraines.", "Three stretches to ease lower back pain after long drives.",
                "Meet Priya, our new sports massage therapist!");
    }

    @Override
    protected Set<FindingType> types() {
        return Set.of(FindingType.HEALTH_INFORMATION);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Well done Harriet Okafor on getting back to netball after your ACL rehab!|ACL rehab|c-harriet",
            "Desmond is back on the bike after his knee surgery|knee surgery|c-desmond",
            "Thanks @hattie_ok, your Botox results look great|Botox|c-harriet",
            "Get well soon Martin Hollis, see you after your knee surgeries!|knee surgeries|",
            "Our patient who had a hip replacement is walking again|hip replacement|",
            "Desmond came in today. He is managing his type 2 diabetes well.|type 2 diabetes|c-desmond",
            "Harriet Okafor and her lip fillers|lip fillers|c-harriet",
            "Our lovely client finished her rehab today|rehab|"})
    void detect_tiedToPerson(String text, String value, String subject) {
        assertThat(values(text)).contains(value);
        if (subject != null) {
            assertThat(find(text)).anyMatch(f -> f.subject().orElse("").equals(subject));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Botox can help with migraines.", "Three stretches to ease lower back pain after long drives.",
            "Meet Priya, our new sports massage therapist!", "Knee surgery recovery: five tips",
            "Ask us about physiotherapy for sciatica", "Oscar Brandt runs our ACL rehab class"})
    void detect_generalAdvice_findsNothing(String text) {
        assertThat(find(text)).isEmpty();
    }

    @Test
    void detect_replyToClient_tiesSecondPerson() {
        assertThat(find(Fixtures.reply("Hope your sciatica is easing!", "c-grace"))).singleElement()
                .satisfies(f -> assertThat(f.subject()).contains("c-grace"));
    }

    /** A named staff member's own health, framed as something they have or had. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Please keep Priya in your thoughts. She is recovering from a stroke.|s-priya",
            "Oscar is back at the front desk after chemo!|s-oscar"})
    void detect_staffMembersOwnHealth_hasTheStaffSubject(String text, String subject) {
        assertThat(find(text)).singleElement().satisfies(f -> assertThat(f.subject()).contains(subject));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Priya runs our knee rehab class on Tuesdays.", "Oscar leads the back pain workshop."})
    void detect_staffRunningAService_findsNothing(String text) {
        assertThat(find(text)).isEmpty();
    }

    /** A reply that speaks of a condition as known to both adds a detail the client may not have made public. */
    @Test
    void detect_replyNamingTheClientsCondition_isTheClients() {
        List<org.privacyscreen.Finding> found = find(Fixtures.reply("Thanks Harriet! Glad the migraines are easing.",
                "c-harriet"));
        assertThat(found).singleElement().satisfies(f -> assertThat(f.subject()).contains("c-harriet"));
    }

    @Test
    void detect_replyWithGeneralAdvice_findsNothing() {
        assertThat(find(Fixtures.reply("Thanks for the kind words! Physio can help with migraines too.",
                "c-harriet"))).isEmpty();
    }

    /** On a personal account, a client's story without a name is still client information. */
    @ParameterizedTest
    @ValueSource(strings = {"Had a lady in today whose biopsy came back clear.",
            "A client told me today she has been hiding her eating disorder for years."})
    void detect_clientsStoryOnAPersonalAccount(String text) {
        assertThat(find(Fixtures.personal(text))).isNotEmpty().allMatch(f -> f.subject().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ran my first 10K today for the hospice!",
            "Ten years as a physio this week. Grateful for every sore back and every kind word."})
    void detect_staffsOwnLifeOnAPersonalAccount_findsNothing(String text) {
        assertThat(find(Fixtures.personal(text))).isEmpty();
    }

    /** Procedures and conditions named by their medical endings, beyond the lexicon. */
    @ParameterizedTest
    @ValueSource(strings = {"Harriet is recovering well after her appendectomy.",
            "Desmond has tonsillitis again, poor man."})
    void detect_medicalWordEndings(String text) {
        assertThat(find(text)).isNotEmpty();
    }
}
