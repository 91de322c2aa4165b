package org.privacyscreen.text.internal.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.Post;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.text.Fixtures;
import org.privacyscreen.text.internal.health.HealthDetector;

/**
 * Clients singled out without a name: a staff member's story on a personal account (group nouns, a shift's when and
 * where, an age), and an occupation with a route, a place or a routine. Sentences written for these tests, with
 * near-misses (staff's own life, service timetables, plural groups).
 */
class StoryGeneralisationTest {
    /** What the personal-account rule counts as a client's information when it has no subject. */
    private static final Set<FindingType> CLIENT_INFORMATION = EnumSet.of(FindingType.HEALTH_INFORMATION,
            FindingType.QUASI_IDENTIFIER, FindingType.MINOR);

    private static List<Finding> find(Post post) {
        ScreeningContext context = Fixtures.context(post);
        List<Finding> out = new ArrayList<>();
        out.addAll(new HealthDetector().detect(context));
        out.addAll(new QuasiIdentifierDetector().detect(context));
        out.addAll(new MinorDetector().detect(context));
        return out;
    }

    private static boolean unnamedClientInformation(Post post) {
        return find(post).stream().anyMatch(f -> CLIENT_INFORMATION.contains(f.type()) && f.subject().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "One of my lads relapsed over the weekend, gutted for him.",
        "Gave 40 year 8s their HPV jabs this morning, not one tear!",
        "My Tuesday group were on fire today, one of them finally opened up about the drinking.",
        "A lady on the ward told me her story tonight and I cried in the car.",
        "Lovely old fella in for his hearing test this arvo, sharp as a tack.",
        "She's 23, a nursing student, and she's been clean for a year.",
        "Had to break bad news to someone today about their biopsy.",
        "Did three extractions on one poor bloke this morning.",
        "Proud of my Thursday crew, another week sober each."})
    void personalAccountStoriesWithoutAName(String text) {
        assertThat(unnamedClientInformation(Fixtures.personal(text))).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Ran my first half marathon today, legs like jelly.",
        "Night shift done, off to bed. Big love to the team on the ward.",
        "Ten years qualified this week and I still love this job.",
        "Guess who finally got a new car today!",
        "Our team is recruiting: come and work with us on the ward.",
        "Cake in the staff room this morning for Oscar's birthday."})
    void staffsOwnLifeOnAPersonalAccount(String text) {
        assertThat(unnamedClientInformation(Fixtures.personal(text))).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The bus driver on the No. 6 route who popped in at 7.40am was in a bad way.",
        "Lovely chat with the only female crane operator at the port, she comes in Friday arvos at 4.",
        "The retired Garda in Room 4 asks for the paper every Thursday at 3.",
        "Our postie on the Culduthel Road round pops in Wednesday 5.15 for her check.",
        "A local firefighter in his fifties came in at 6:30 this morning."})
    void occupationWithARoutePlaceOrRoutine(String text) {
        assertThat(find(Fixtures.post(text))).anyMatch(f -> f.type() == FindingType.QUASI_IDENTIFIER);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Our nurses run clinics every Thursday from 9am.",
        "The nurse-led asthma reviews are on Tuesdays at 10am.",
        "Mayor Andy Burnham visited City Hall in Manchester today.",
        "Bus drivers and taxi drivers: free blood pressure checks every Friday.",
        "Room 4 is closed for painting until Monday at 9am."})
    void servicesAndPublicFiguresAreNotQuasiIdentifiers(String text) {
        assertThat(find(Fixtures.post(text))).noneMatch(f -> f.type() == FindingType.QUASI_IDENTIFIER);
    }
}
