package org.privacyscreen.text.internal.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.privacyscreen.FindingType;
import org.privacyscreen.Severity;
import org.privacyscreen.spi.TextDetector;
import org.privacyscreen.text.internal.DetectorTestBase;

class PersonNameDetectorTest extends DetectorTestBase {
    @Override
    protected TextDetector detector() {
        return new PersonNameDetector();
    }

    @Override
    protected List<String> positives() {
        return List.of("Get well soon Martin Hollis, see you next week!", "Call Brenda to book her class");
    }

    @Override
    protected List<String> negatives() {
        return List.of("Three stretches to ease lower back pain after long drives.",
                "Book online or call +44 161 496 0123", "Meet Priya, our new sports massage therapist!");
    }

    @Override
    protected Set<FindingType> types() {
        return Set.of(FindingType.PERSON_NAME);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Get well soon Martin Hollis, see you next week!|Martin Hollis",
            "Call Brenda on the number below to book her class|Brenda",
            "Congratulations to Sophie Turnbull on her new job|Sophie Turnbull",
            "Thank you Kevin for the flowers!|Kevin",
            "Our patient Mr Pemberton came in today|Mr Pemberton",
            "We met Aisha Rahman at the fun run|Aisha Rahman",
            "Shout out to M a r g a r e t  B e l l for the cake|M a r g a r e t  B e l l",
            "Congratulations to Em1ly Carter!|Em1ly Carter",
            "Happy birthday to Lucie Fairwether!|Lucie Fairwether",
            "Welcome back Oyelaran, great to see you!|Oyelaran",
            "Congratulations Ch4rlotte Gr33n on the 5K!|Ch4rlotte Gr33n"})
    void detect_findsUnknownPerson(String text, String value) {
        assertThat(values(text)).contains(value);
        assertThat(find(text)).allMatch(f -> f.severity() == Severity.MEDIUM);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Three stretches to ease lower back pain after long drives.",
            "Book online or call us today", "Meet Priya, our new sports massage therapist!",
            "Oscar Brandt is running the class", "Harriet Okafor came in", "Harbourside Therapy turns ten!",
            "The grace period ends on Friday.", "Will you join us on Monday in March?",
            "\"Be kind, always.\" - Florence Nightingale", "As Serena Williams once said, champions keep playing.",
            "We are open from Monday to Friday.", "Victoria Park 5k this Saturday - good luck to all runners!",
            "Meet us at Florence Hospital", "Parking is available on Park Row.", "New Year, new goals: Pilates classes in January."})
    void detect_nearMisses_findNothing(String text) {
        assertThat(find(text)).isEmpty();
    }

    /** A signed testimonial publishes a person's name: signed with a place, or speaking of the practice. */
    @ParameterizedTest
    @ValueSource(strings = {"\"They explained every step.\" - Martin Hollis, Leeds",
            "“Kind, patient staff and no rush.” — Maria Brennan"})
    void detect_signedTestimonial_isAName(String text) {
        assertThat(find(text)).hasSize(1);
    }

    /** People named with a public office or in news of what they did in it are public figures. */
    @ParameterizedTest
    @ValueSource(strings = {"Premier Martin Hollis announced funding for community physio today.",
            "Health Secretary Joan Ferris visited the new unit.", "Minister for Health Aoife Brennan opened the ward.",
            "Martin Hollis announced new money for clinics in the north.", "Happy St David's Day to all our patients!",
            "First aid courses with St John Ambulance this spring."})
    void detect_publicFiguresAndSaints_findNothing(String text) {
        assertThat(find(text)).isEmpty();
    }
}
