package org.privacyscreen.text.internal.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.privacyscreen.Finding;
import org.privacyscreen.Post;
import org.privacyscreen.text.Fixtures;

/**
 * Health information beyond the hand lexicon: conditions, procedures and medicines from the WordNet vocabulary and by
 * their word formation, health events told of someone, replies and staff. Sentences written for these tests, in
 * many wordings; each positive has near-misses that must stay quiet (general tips, awareness days, services).
 */
class HealthGeneralisationTest {
    private static List<Finding> find(Post post) {
        return new HealthDetector().detect(Fixtures.context(post));
    }

    /** Vocabulary beyond the hand lexicon, tied to a named client. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Desmond Achterberg has been coping with tinnitus since the summer.",
        "Well done Harriet Okafor, six months on disulfiram and counting!",
        "Grace Lee's melanoma was caught early thanks to her GP.",
        "William Barker is managing his hypothyroidism with the new dose.",
        "Congratulations Desmond Achterberg, the sarcoidosis is finally under control.",
        "Harriet Okafor got through her cholecystectomy like a champion.",
        "Big thanks to Grace Lee for sharing her journey with endometriosis and adenomyosis."})
    void vocabularyTiedToANamedClient(String text) {
        assertThat(find(Fixtures.post(text))).isNotEmpty();
    }

    /** A health event told of someone, with words the vocabulary may not hold. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "She was diagnosed with Kienbock's disease last spring and is back at the pottery wheel.",
        "He had his gallbladder out in March and walked 5k this weekend.",
        "Our receptionist's husband started on a new blood thinner and she says he's doing grand.",
        "The gentleman we saw on Tuesday has tested positive for whooping cough.",
        "She had a lump removed from her neck and it came back benign.",
        "He's in remission now and wanted to say thank you to the team.",
        "After three years of treatment she is in recovery from anorexia."})
    void healthEventsToldOfSomeone(String text) {
        assertThat(find(Fixtures.post(text))).isNotEmpty();
    }

    /** General information, services and awareness days: nobody's health. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Our diabetes clinic runs on Tuesdays from 9 to 12.",
        "It's World Tinnitus Week: here are five ways to protect your hearing.",
        "If you're diagnosed with coeliac disease, our dietitian can help you plan meals.",
        "Flu season is here: book your jab at reception.",
        "Melanoma is the most serious kind of skin cancer; check your moles monthly.",
        "Statins lower cholesterol, but talk to your GP about side effects.",
        "When someone is diagnosed with dementia, the whole family needs support.",
        "People living with COPD can join our breathing group on Fridays.",
        "Dr Lindqvist started on Monday and will run the asthma reviews.",
        "Our new cholesterol checks are free for over-40s.",
        "Hearing aids have come a long way: come and try the latest models.",
        "We're collecting for the local hospice at the front desk this month."})
    void generalInformationIsNoFinding(String text) {
        assertThat(find(Fixtures.post(text))).isEmpty();
    }

    /** Replies adding a health detail the client did not make public (rule 4), in several wordings. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Hope recovery after the surgery is going well!",
        "Glad the new inhaler is doing the trick 😊",
        "So pleased to hear the antibiotics cleared it up.",
        "Great news about the scan results!",
        "Sending good vibes for the colonoscopy on Friday.",
        "Hope ur splint is less itchy this week"})
    void repliesThatAddAHealthDetail(String text) {
        assertThat(find(Fixtures.reply(text, "c-grace")))
                .isNotEmpty().allMatch(f -> f.subject().orElse("").equals("c-grace"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Thanks so much for the lovely review!", "We're open until 6 on Thursdays if that helps.",
        "Physio can often help with back pain, pop in any time.", "Our flu clinic is on Saturday morning."})
    void repliesWithoutAHealthDetail(String text) {
        assertThat(find(Fixtures.reply(text, "c-grace"))).isEmpty();
    }

    /** A named staff member's own health is health information about them (subject: the staff member). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Oscar Brandt is off for a few weeks after his knee operation.|s-oscar",
        "Please join us in wishing Priya well: she had her appendix out on Monday.|s-priya",
        "Priya Lindqvist is back from her own recovery and raring to go.|s-priya",
        "Oscar was diagnosed with diabetes last year and is running a marathon for the charity.|s-oscar"})
    void staffMembersOwnHealth(String text, String staff) {
        assertThat(find(Fixtures.post(text))).isNotEmpty().anyMatch(f -> f.subject().orElse("").equals(staff));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Oscar Brandt runs the diabetes education sessions.",
        "Priya Lindqvist has a special interest in tinnitus and hearing loss.",
        "Oscar is back from his holiday in Crete!"})
    void staffNewsWithoutTheirHealth(String text) {
        assertThat(find(Fixtures.post(text))).isEmpty();
    }
}
