package org.privacyscreen.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingSource;
import org.privacyscreen.FindingType;
import org.privacyscreen.InMemoryClientDirectory;
import org.privacyscreen.Location;
import org.privacyscreen.Organisation;
import org.privacyscreen.Person;
import org.privacyscreen.Post;
import org.privacyscreen.PostImage;
import org.privacyscreen.RegionKind;
import org.privacyscreen.Screener;
import org.privacyscreen.ScreeningReport;
import org.privacyscreen.text.TextDetectors;

/**
 * A photographed intake form goes through the text detectors: a known client's name becomes CLIENT_NAME with the
 * client as subject, the birth date and phone number their own findings, all located on the form in the photo and
 * marked as read in a photo; the region is typed as a form. Nothing read reaches a message or an excerpt in clear.
 */
class PhotoTextScreeningTest {
    private static final Screener SCREENER = Screener.builder().discover(false)
            .provider(new ImageDetectorProvider()).provider(new TextDetectors())
            .clientDirectory(new InMemoryClientDirectory(Organisation.NONE, List.of(
                    Person.clientBuilder("client-17", "Amara Okafor")
                            .dateOfBirth(LocalDate.of(1987, 3, 14)).build(),
                    Person.client("client-18", "Jonas Lindqvist"))))
            .build();

    @ParameterizedTest(name = "{0}x{1}, {2} px capitals: {3}")
    @CsvSource({
        "4032, 3024, 30, Amara Okafor, client-17, 14/03/1987, 0161 496 0732",
        "1600, 1200, 16, Jonas Lindqvist, client-18, 02/11/1979, 07700 900123",
    })
    void intakeForm_knownClientAndIdentifiersFoundOnTheForm(int w, int h, int textPx, String name, String id,
            String born, String phone) {
        int x = w / 3;
        int y = h / 3;
        byte[] photo = PrintedScenes.jpeg(SampleImages.scene(w, h).printed(x, y, textPx, 0.08, PrintedScenes.PAPER,
                "PATIENT INTAKE FORM", "Name: " + name, "Date of birth: " + born, "Phone: " + phone,
                "Reason for visit: follow-up"), 82);
        ScreeningReport r = SCREENER.screen(Post.builder().image(PostImage.of("desk.jpg", photo)).build());
        List<Finding> fromPhoto = r.findings().stream().filter(f -> f.source() == FindingSource.IMAGE_TEXT).toList();
        assertThat(fromPhoto).as(Screening.describe(r))
                .anyMatch(f -> f.type() == FindingType.CLIENT_NAME && f.subject().equals(java.util.Optional.of(id)))
                .anyMatch(f -> f.type() == FindingType.DATE_OF_BIRTH)
                .anyMatch(f -> f.type() == FindingType.PHONE_NUMBER);
        for (Finding f : fromPhoto) {
            Location.Image box = (Location.Image) f.location();
            assertThat(box.x()).isBetween(x - textPx * 2, x + textPx * 40);
            assertThat(box.y()).isBetween(y - textPx * 2, y + textPx * 12);
            assertThat(f.region()).contains(RegionKind.FORM);
            assertThat(f.message()).doesNotContain(name.split(" ")[1]).doesNotContain(phone);
            assertThat(f.excerpt().orElse("")).doesNotContain(name.split(" ")[1]);
        }
        assertThat(r.findings(FindingType.DOCUMENT_TEXT)).anyMatch(f -> f.region().equals(
                java.util.Optional.of(RegionKind.FORM)));
    }

    @Test
    void badge_isTypedAsABadge() {
        int w = 1600;
        int h = 1200;
        int face = 200;
        int cx = w / 2 - face / 2;
        byte[] photo = PrintedScenes.jpeg(SampleImages.scene(w, h).face(cx, 150, face)
                .printed(cx + face / 4, 150 + (int) (face * 2.1), 14, 0.03, PrintedScenes.WHITE_BADGE,
                        "Dr Nadia Haddad", "Physiotherapist"), 85);
        ScreeningReport r = SCREENER.screen(Post.builder().image(PostImage.of("coat.jpg", photo)).build());
        assertThat(r.findings(FindingType.DOCUMENT_TEXT)).as(Screening.describe(r))
                .anyMatch(f -> f.region().equals(java.util.Optional.of(RegionKind.BADGE)));
        assertThat(r.findings()).anyMatch(f -> f.source() == FindingSource.IMAGE_TEXT
                && f.type() == FindingType.PERSON_NAME);
    }
}
