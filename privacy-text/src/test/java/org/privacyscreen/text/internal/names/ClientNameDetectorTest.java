package org.privacyscreen.text.internal.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.Severity;
import org.privacyscreen.spi.TextDetector;
import org.privacyscreen.text.Fixtures;
import org.privacyscreen.text.internal.DetectorTestBase;

class ClientNameDetectorTest extends DetectorTestBase {
    @Override
    protected TextDetector detector() {
        return new ClientNameDetector();
    }

    @Override
    protected List<String> positives() {
        return List.of("Well done Harriet Okafor on your first 10k!", "Thanks Hattie, see you Tuesday.",
                "Mrs Okafor's session is at noon.", "Grace Lee joined the class today.");
    }

    @Override
    protected List<String> negatives() {
        return List.of("The grace period ends on Friday.", "Will you join us for the open day?",
                "Meet Priya, our new sports massage therapist!", "Three stretches to ease lower back pain.");
    }

    @Override
    protected Set<FindingType> types() {
        return Set.of(FindingType.CLIENT_NAME);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "Well done Harriet Okafor on your first 10k!|Harriet Okafor|c-harriet",
            "Congratulations to Desmond Achterberg!|Desmond Achterberg|c-desmond",
            "Grace Lee joined the class today.|Grace Lee|c-grace",
            "Heads up: Mr Achterberg's session moved to 4pm|Mr Achterberg|c-desmond",
            "Mrs. Okafor is doing well|Mrs. Okafor|c-harriet",
            "Thanks Hattie, see you Tuesday.|Hattie|c-harriet",
            "Desmond is back on the bike!|Desmond|c-desmond",
            "Tobias smashed his goals this week!|Tobias|c-tobias",
            "Well done Harriet Okafr on the run|Harriet Okafr|c-harriet",
            "Big shout to H.a.r.r.i.e.t O.k.a.f.o.r for the grind|H.a.r.r.i.e.t O.k.a.f.o.r|c-harriet",
            "Shout out to H a r r i e t  O k a f o r today|H a r r i e t  O k a f o r|c-harriet",
            "Well done H4rriet 0kafor!|H4rriet 0kafor|c-harriet",
            "Congratulations Inky Vance on the PB|Inky Vance|c-ingrid",
            "Well done Ingrid Solberg-Vance!|Ingrid Solberg-Vance|c-ingrid",
            "tagging Harriet_Okafor and Harriet.Okafor|Harriet_Okafor|c-harriet",
            "Will said he loved the new class, thanks Will!|Will|c-will"})
    void detect_findsClient(String text, String value, String subject) {
        List<Finding> found = find(text);
        assertThat(values(text)).contains(value);
        assertThat(found).anyMatch(f -> f.subject().orElse("").equals(subject));
        assertThat(found).allMatch(f -> f.type() == FindingType.CLIENT_NAME && f.severity() == Severity.HIGH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The grace period ends on Friday.", "Will you join us for the open day?",
            "It will be sunny.", "Meet Priya, our new sports massage therapist!", "Oscar Brandt leads the class.",
            "Harbourside Therapy is open on Monday.", "Desmonds are a kind of fish", "grace notes and will power",
            "Mr Smith came in", "Harrison Ford was in a film"})
    void detect_nearMisses_findNothing(String text) {
        assertThat(find(text)).isEmpty();
    }

    @Test
    void detect_fullNameBeatsFirstName_inConfidence() {
        double full = find("Harriet Okafor came in").get(0).confidence();
        double first = find("Harriet came in").get(0).confidence();
        assertThat(full).isGreaterThan(first);
    }

    @Test
    void detect_lowerCaseFirstNameWithCue_found() {
        assertThat(values("well done desmond!")).containsExactly("desmond");
    }

    @Test
    void detect_replyToClient_findsFirstNameWithSubject() {
        List<Finding> found = find(Fixtures.reply("Thank you for the lovely review, Grace!", "c-grace"));
        assertThat(found).singleElement().satisfies(f -> assertThat(f.subject()).contains("c-grace"));
    }

    @Test
    void detect_possessive_coversTheNameOnly() {
        assertThat(values("Desmond Achterberg's knee is better")).containsExactly("Desmond Achterberg");
    }

    @Test
    void detect_messageNeverQuotesTheName() {
        for (Finding f : find("Well done Harriet Okafor!")) {
            assertThat(f.message()).doesNotContain("Harriet").doesNotContain("Okafor");
            assertThat(f.excerpt()).hasValueSatisfying(e -> assertThat(e).doesNotContain("arriet"));
        }
    }

    /** A client's name joined in a hashtag, in CamelCase or lower case, alone or with other words. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"So proud of you #HarrietOkafor|HarrietOkafor|c-harriet",
            "What a year #desmondachterbergstrong|desmondachterberg|c-desmond",
            "#HappyBirthdayGraceLee from the team|GraceLee|c-grace",
            "#TeamHattieOkafor all the way|HattieOkafor|c-harriet"})
    void detect_clientNameJoinedInAHashtag(String text, String value, String subject) {
        assertThat(values(text)).containsExactly(value);
        assertThat(find(text)).singleElement().satisfies(f -> assertThat(f.subject()).contains(subject));
    }

    @ParameterizedTest
    @ValueSource(strings = {"#GraceDays are back!", "#okaforever and always", "#WillPower Wednesday",
            "#desmondsquad training tonight", "Loved watching Grace Kelly in Rear Window"})
    void detect_hashtagsAndOtherPeopleSharingAFirstName_findNoClient(String text) {
        assertThat(find(text)).isEmpty();
    }
}
