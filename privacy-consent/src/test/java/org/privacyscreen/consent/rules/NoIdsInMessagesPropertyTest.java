package org.privacyscreen.consent.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.privacyscreen.AccountKind;
import org.privacyscreen.Audience;
import org.privacyscreen.Author;
import org.privacyscreen.Consent;
import org.privacyscreen.ConsentStatus;
import org.privacyscreen.Evidence;
import org.privacyscreen.FaceRole;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.Permission;
import org.privacyscreen.Person;
import org.privacyscreen.Post;
import org.privacyscreen.Purpose;
import org.privacyscreen.ScreeningReport;

/**
 * Host ids (client, staff, consent, post) never reach a message or a cover reason: they go to {@code subject} and
 * {@code consentId}. Over generated ids and every path of the four rules (refused, missing, revoked, expired, scope,
 * exhausted, naming, guardian, unknown subject, unsolicited contact, outsiders, personal account, covers).
 */
class NoIdsInMessagesPropertyTest {
    @Provide
    Arbitrary<List<String>> ids() {
        // letters and digits mixed, as CRM keys are; long enough that no English word matches by chance
        return Arbitraries.strings().withChars("BCDFGHJKQXZ23456789").ofLength(7).list().ofSize(6).uniqueElements();
    }

    @Property(tries = 60)
    void rules_neverWriteAHostIdIntoAMessage(@ForAll("ids") List<String> ids,
                                             @ForAll @IntRange(min = 0, max = 7) int consentKind,
                                             @ForAll @IntRange(min = 0, max = 3) int postKind) {
        String client = ids.get(0);
        String minor = ids.get(1);
        String staff = ids.get(2);
        String consentId = ids.get(3);
        String postId = ids.get(4);
        String stranger = ids.get(5);
        Fixture fx = new Fixture();
        fx.people.clear();
        fx.people.add(Person.client(client, "Dana Whitlock"));
        fx.people.add(Person.client(minor, "Tobias Renn").withDateOfBirth(LocalDate.of(2016, 3, 3)));
        fx.people.add(Person.staff(staff, "Priya Lomax"));
        Consent.Builder c = Consent.builder(consentId, consentKind % 2 == 0 ? client : minor)
                .permissions(Permission.SHARE, Permission.CAPTURE, Permission.NAME).channels("instagram")
                .evidence(Evidence.Kind.VERBAL, "v");
        switch (consentKind) {
            case 1 -> c.status(ConsentStatus.REFUSED);
            case 2 -> c.revokedAt(Fixture.NOW.minus(Duration.ofHours(1)));
            case 3 -> c.validUntil(LocalDate.of(2026, 1, 1));
            case 4 -> c.channels("facebook");
            case 5 -> c.maxUses(1);
            default -> { }
        }
        fx.consents.save(c.build());
        if (consentKind == 5) {
            fx.consents.importUse(new org.privacyscreen.ConsentUse(consentId, "old", "instagram",
                    Fixture.NOW.minusSeconds(60)));
        }
        fx.emit(FindingType.CLIENT_NAME, client, "Dana").emit(FindingType.MINOR, minor, "Tobias")
                .emit(FindingType.SOCIAL_HANDLE, client, "@dee").emit(FindingType.HEALTH_INFORMATION, client, "knee")
                .face(0, null, FaceRole.SUBJECT, 300).face(0, staff, FaceRole.SUBJECT, 200)
                .face(0, null, FaceRole.BACKGROUND, 50);
        Post.Builder p = Fixture.post("Dana and Tobias with @dee, knee fine").id(postId)
                .subjects(List.of(client, minor, staff, stranger)).image(Fixture.photo());
        switch (postKind) {
            case 1 -> p.author(Author.of(staff, AccountKind.PERSONAL));
            case 2 -> p.inReplyTo(stranger).purpose(Purpose.REPLY);
            case 3 -> p.audience(Audience.group("team", List.of(staff, client, stranger)));
            default -> { }
        }
        ScreeningReport r = fx.screen(p.build());
        List<String> said = new ArrayList<>();
        for (Finding f : r.findings()) {
            said.add(f.message());
            f.coveredBy().ifPresent(said::add);
        }
        assertThat(r.findings()).isNotEmpty();
        for (String text : said) {
            for (String id : ids) {
                assertThat(text).doesNotContain(id);
            }
        }
    }
}
