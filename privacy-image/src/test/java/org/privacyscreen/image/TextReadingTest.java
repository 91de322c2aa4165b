package org.privacyscreen.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.privacyscreen.FindingType;
import org.privacyscreen.ScreeningReport;
import org.privacyscreen.Severity;
import org.privacyscreen.image.internal.documents.TextRegion;

/** Print photographed at a slant, out of focus and JPEG-compressed is found and read. */
class TextReadingTest {

    @ParameterizedTest(name = "{0}x{1}, {2} px capitals, tilt {3}: {4}")
    @CsvSource({
        "4032, 3024, 30, 0.10, Amara Okafor, 14/03/1987, 0161 496 0732",
        "4032, 3024, 16, 0.05, Jonas Lindqvist, 02.11.1979, 030 2214 8876",
        "4032, 3024, 22, 0.15, Nguyen Thi Lan, 1985-12-01, +44 7700 900123",
        "1600, 1200, 14, 0.05, Siobhan Mulcahy, 29/02/2012, 087 555 0142",
        "1080, 1080, 12, 0.12, Tomasz Wierzbicki, 07-06-1990, 612 345 678",
    })
    void intakeForm_linesHoldTheValues(int w, int h, int textPx, double tilt, String name, String born,
            String phone) {
        byte[] photo = PrintedScenes.jpeg(SampleImages.scene(w, h).face(w / 12, h / 5, Math.min(w, h) / 5)
                .printed(w / 3, h / 3, textPx, tilt, PrintedScenes.PAPER, "PATIENT INTAKE", "Name: " + name,
                        "Date of birth: " + born, "Phone: " + phone, "Address: 12 Harbour Road"), 80);
        String read = PrintedScenes.read(photo);
        assertThat(read).contains(name).contains(born).contains(phone);
        ScreeningReport r = Screening.screen(photo);
        assertThat(r.findings(FindingType.DOCUMENT_TEXT)).as(Screening.describe(r))
                .anyMatch(f -> f.severity() == Severity.HIGH);
        assertThat(Screening.found(r, FindingType.DOCUMENT_TEXT, w / 3, h / 3, textPx * 20, textPx * 6)).isTrue();
    }

    @ParameterizedTest(name = "{0}x{1}: badge with {2} px capitals")
    @CsvSource({"1600, 1200, 14", "4032, 3024, 22", "1080, 1080, 11"})
    void badgeOnALabCoat_isFoundAndRead(int w, int h, int textPx) {
        int face = Math.min(w, h) / 6;
        int cx = w / 2 - face / 2;
        byte[] photo = PrintedScenes.jpeg(SampleImages.scene(w, h).face(cx, h / 8, face)
                .printed(cx - face / 2, h / 8 + face * 2, (int) (face * 2.4), 0, new org.opencv.core.Scalar(245,
                        245, 245), " ", " ", " ", " ")
                .printed(cx + face / 4, h / 8 + face * 2 + face / 2, textPx, 0.05, PrintedScenes.WHITE_BADGE,
                        "Dr Nadia Haddad", "Physiotherapist"), 85);
        List<TextRegion> regions = PrintedScenes.regions(photo);
        assertThat(regions).as(PrintedScenes.read(photo)).anyMatch(r -> r.lines().stream()
                .anyMatch(l -> l.text().contains("Nadia Haddad")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Phone: 020 7946 0018", "Address: 4 Quay Street, Galway", "Room 7 | Dr Lee"})
    void singleLine_isFoundAndRead(String line) {
        byte[] photo = PrintedScenes.jpeg(SampleImages.scene(1600, 1200).printed(500, 700, 16, 0.05,
                PrintedScenes.PAPER, line), 85);
        ScreeningReport r = Screening.screen(photo);
        assertThat(r.findings(FindingType.DOCUMENT_TEXT)).as(Screening.describe(r)).isNotEmpty();
        assertThat(PrintedScenes.read(photo)).contains(line.replace(" | ", " "));
    }
}
