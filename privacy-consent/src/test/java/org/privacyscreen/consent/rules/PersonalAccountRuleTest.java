package org.privacyscreen.consent.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacyscreen.consent.rules.Fixture.photo;
import static org.privacyscreen.consent.rules.Fixture.post;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.privacyscreen.AccountKind;
import org.privacyscreen.Author;
import org.privacyscreen.Consent;
import org.privacyscreen.Evidence;
import org.privacyscreen.FaceRole;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.Permission;
import org.privacyscreen.Post;
import org.privacyscreen.ScreeningReport;

/** Rule 6: no client information from a staff member's personal account, named or not; the staff's own news is. */
class PersonalAccountRuleTest {
    private static final Author PERSONAL = Author.of("s-1", AccountKind.PERSONAL);

    /** A case: what the detectors report, the post, and which clients the rule names (empty: unnamed content). */
    record Case(String why, Consumer<Fixture> found, UnaryOperator<Post.Builder> post, List<String> clients) {
        @Override
        public String toString() {
            return why;
        }
    }

    static Stream<Arguments> positives() {
        return Stream.of(
                new Case("an unnamed patient's story: health details about nobody named",
                        fx -> fx.emitUnnamed(FindingType.HEALTH_INFORMATION, "stitches"),
                        p -> p.text("Patient today needed six stitches, what a morning"), List.of()),
                new Case("my client's routine and workplace, no name",
                        fx -> fx.emitUnnamed(FindingType.QUASI_IDENTIFIER, "bakery"),
                        p -> p.text("My 7am regular from the bakery on Hill Road was in again"), List.of()),
                new Case("a child's shots, no name",
                        fx -> fx.emitUnnamed(FindingType.MINOR, "kiddo"),
                        p -> p.text("Brave kiddo got all three shots without a tear"), List.of()),
                new Case("a known child client's details",
                        fx -> fx.emit(FindingType.MINOR, "c-kid", "goalie"),
                        p -> p.text("Our little goalie was a star at practice"), List.of("c-kid")),
                new Case("a birthday and a record number on a screenshot",
                        fx -> fx.emitUnnamed(FindingType.DATE_OF_BIRTH, "born").emitUnnamed(
                                FindingType.MEDICAL_RECORD_NUMBER, "chart"),
                        p -> p.text("Funny chart today, born on a leap day"), List.of()),
                new Case("a client by name, with consent on record",
                        fx -> {
                            fx.consents.save(Consent.builder("k-1", "c-1").permissions(Permission.SHARE,
                                    Permission.NAME).evidence(Evidence.Kind.WRITTEN, "f").build());
                            fx.emit(FindingType.CLIENT_NAME, "c-1", "Dana");
                        },
                        p -> p.text("Dana crushed her rehab goals"), List.of("c-1")),
                new Case("a client's face recognised in a photo",
                        fx -> fx.face(0, "c-2", FaceRole.SUBJECT, 300),
                        p -> p.text("Gym buddies").image(photo()), List.of("c-2")),
                new Case("a declared client subject, nothing detected",
                        fx -> { },
                        p -> p.text("Proud of this one").subject("c-2"), List.of("c-2")),
                new Case("a client's name read on a form in the photo",
                        fx -> fx.readInPhoto(FindingType.CLIENT_NAME, "c-1"),
                        p -> p.text("Paperwork mountain").image(photo()), List.of("c-1")),
                new Case("two clients by name",
                        fx -> fx.emit(FindingType.CLIENT_NAME, "c-1", "Dana").emit(FindingType.CLIENT_NAME, "c-2",
                                "Omar"),
                        p -> p.text("Dana and Omar both smashed it"), List.of("c-1", "c-2")))
                .map(Arguments::of);
    }

    static Stream<Arguments> nearMisses() {
        return Stream.of(
                new Case("the staff member's own surgery news",
                        fx -> fx.emit(FindingType.HEALTH_INFORMATION, "s-1", "knee"),
                        p -> p.text("Back at work after my knee op!"), List.of()),
                new Case("a colleague's birthday",
                        fx -> fx.emit(FindingType.DATE_OF_BIRTH, "s-2", "birthday"),
                        p -> p.text("Happy birthday to our Ken").subject("s-2"), List.of()),
                new Case("the staff member's own children, attributed to the author",
                        fx -> fx.emit(FindingType.MINOR, "s-1", "kids"),
                        p -> p.text("Pumpkin patch with my kids this weekend"), List.of()),
                new Case("a friend's name, not a client",
                        fx -> fx.emitUnnamed(FindingType.PERSON_NAME, "Jo"),
                        p -> p.text("Coffee with Jo before my shift"), List.of()),
                new Case("a selfie: a face nobody recognised",
                        fx -> fx.face(0, null, FaceRole.SUBJECT, 300),
                        p -> p.text("New haircut").image(photo()), List.of()),
                new Case("a phone number, no client information",
                        fx -> fx.emitUnnamed(FindingType.PHONE_NUMBER, "call"),
                        p -> p.text("Lost dog, call me"), List.of()),
                new Case("general advice, no client",
                        fx -> fx.emitUnnamed(FindingType.MEDICAL_ADVICE, "stretch"),
                        p -> p.text("Remember to stretch before a run"), List.of()))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("positives")
    void personalAccount_clientInformation_flaggedPerClientOrUnnamed(Case c) {
        Fixture fx = new Fixture();
        c.found().accept(fx);
        ScreeningReport r = fx.screen(c.post().apply(post("").author(PERSONAL)).build());
        List<Finding> flagged = r.findings(FindingType.PERSONAL_ACCOUNT_CLIENT_CONTENT);
        if (c.clients().isEmpty()) {
            assertThat(flagged).singleElement().satisfies(f -> assertThat(f.subject()).isEmpty());
        } else {
            assertThat(flagged).extracting(f -> f.subject().orElseThrow())
                    .containsExactlyInAnyOrderElementsOf(c.clients());
        }
        assertThat(flagged).allSatisfy(f -> {
            assertThat(f.covered()).isFalse();
            c.clients().forEach(id -> assertThat(f.message()).doesNotContain(id));
        });
        // the same post from the practice's own account is not this rule's business
        Fixture official = new Fixture();
        c.found().accept(official);
        assertThat(official.screen(c.post().apply(post("")).build())
                .findings(FindingType.PERSONAL_ACCOUNT_CLIENT_CONTENT)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nearMisses")
    void personalAccount_staffsOwnNewsOrNoClientInformation_notFlagged(Case c) {
        Fixture fx = new Fixture();
        c.found().accept(fx);
        ScreeningReport r = fx.screen(c.post().apply(post("").author(PERSONAL)).build());
        assertThat(r.findings(FindingType.PERSONAL_ACCOUNT_CLIENT_CONTENT)).isEmpty();
    }
}
