package org.privacyscreen.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.privacyscreen.FaceRole;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.Location;
import org.privacyscreen.ScreeningReport;
import org.privacyscreen.Severity;

class FaceDetectorTest {

    @ParameterizedTest(name = "{0}x{1}: face {4} px at {2},{3}")
    @CsvSource({
        "1280, 960, 60, 80, 40", "1280, 960, 1150, 820, 40", "1280, 960, 600, 400, 44", "1080, 1080, 50, 950, 40",
        "1080, 1080, 900, 40, 48", "1600, 1200, 700, 500, 40", "1600, 1200, 100, 100, 64", "1080, 1080, 300, 300, 100",
        "1280, 960, 200, 150, 200", "1280, 960, 700, 200, 400", "960, 1280, 400, 900, 40", "2000, 1500, 900, 700, 60"
    })
    void detect_findsEveryFaceOf40PixelsOrMore(int w, int h, int x, int y, int size) {
        ScreeningReport r = Screening.screen(SampleImages.scene(w, h).face(x, y, size).jpeg());
        int crop = (int) Math.round(size * 1.8);
        assertThat(Screening.found(r, FindingType.FACE, x, y, crop * 150 / 170, crop))
                .as(Screening.describe(r)).isTrue();
        assertThat(r.findings(FindingType.FACE)).hasSize(1);
        Location.Image box = Screening.boxes(r, FindingType.FACE).get(0);
        assertThat(box.height()).isBetween((int) (size * 0.8), (int) (size * 1.8));
    }

    @Test
    void detect_findsSeveralFacesOfMixedSizes() {
        ScreeningReport r = Screening.screen(SampleImages.scene(1600, 1200).face(100, 100, 40).face(400, 100, 60)
                .face(700, 100, 90).face(1100, 100, 150).face(300, 700, 240).jpeg());
        assertThat(r.findings(FindingType.FACE)).as(Screening.describe(r)).hasSize(5);
    }

    @Test
    void detect_largePhotoFindsFacesAboveItsBudgetFloor() {
        // 12 MP: the whole-photo pass within the input budget finds faces of about 130 px and up
        ScreeningReport r = Screening.screen(SampleImages.scene(4032, 3024).face(300, 300, 600).face(2500, 800, 130)
                .jpeg());
        assertThat(r.findings(FindingType.FACE)).as(Screening.describe(r)).hasSize(2);
    }

    @ParameterizedTest(name = "12 MP: face {2} px at {0},{1}")
    @CsvSource({
        "300, 300, 40", "3900, 2900, 40", "2000, 1500, 40", "1000, 2600, 60", "3500, 200, 60", "1800, 900, 90",
        "150, 2700, 90"
    })
    void detect_largePhotoFindsSmallBackgroundFaces(int x, int y, int size) {
        // the whole-photo pass alone misses these; the tiles at full detail must find them
        ScreeningReport r = Screening.screen(SampleImages.scene(4032, 3024).face(200, 700, 700).face(x, y, size)
                .form(2300, 2000, 30, 8).qr(3300, 1200, 400, "ROOM 12").jpeg(), "client-1");
        int crop = (int) Math.round(size * 1.8);
        assertThat(Screening.found(r, FindingType.FACE, x, y, crop * 150 / 170, crop)).as(Screening.describe(r))
                .isTrue();
        assertThat(r.findings(FindingType.FACE)).hasSize(2);
        Finding small = r.findings(FindingType.FACE).stream().filter(f -> ((Location.Image) f.location()).height()
                < 300).findFirst().orElseThrow();
        assertThat(small.message()).startsWith("A person in the background");
        assertThat(small.severity()).isEqualTo(Severity.HIGH);
    }

    @ParameterizedTest(name = "{0}x{1}: face {4} px at {2},{3}")
    @CsvSource({"2000, 1500, 1700, 200, 40", "2400, 1800, 100, 1600, 40", "3000, 4000, 2500, 3500, 40"})
    void detect_midAndLargePhotosFind40PixelFaces(int w, int h, int x, int y, int size) {
        ScreeningReport r = Screening.screen(SampleImages.scene(w, h).face(x, y, size).jpeg());
        int crop = (int) Math.round(size * 1.8);
        assertThat(Screening.found(r, FindingType.FACE, x, y, crop * 150 / 170, crop)).as(Screening.describe(r))
                .isTrue();
        assertThat(r.findings(FindingType.FACE)).hasSize(1);
    }

    @Test
    void detect_largePhotoFindsSeveralSmallFacesAtOnce() {
        ScreeningReport r = Screening.screen(SampleImages.scene(4032, 3024).face(300, 300, 40).face(1000, 300, 60)
                .face(1800, 300, 90).face(2600, 300, 130).face(300, 1800, 40).face(1500, 2000, 60)
                .face(3000, 2200, 90).face(3400, 1000, 50).jpeg());
        assertThat(r.findings(FindingType.FACE)).as(Screening.describe(r)).hasSize(8);
    }

    @Test
    void detect_nothingOnLargePhotosWithoutFaces() {
        ScreeningReport r = Screening.screen(SampleImages.scene(4032, 3024).form(500, 500, 30, 10)
                .qr(2500, 1500, 500, "MRN 00412").form(2200, 300, 14, 6).jpeg());
        assertThat(r.findings(FindingType.FACE)).as(Screening.describe(r)).isEmpty();
    }

    @Test
    void detect_nothingOnPhotosWithoutFaces() {
        for (byte[] photo : List.of(SampleImages.scene(1280, 960).jpeg(),
                SampleImages.scene(1280, 960).form(200, 200, 20, 8).qr(900, 500, 200, "ROOM 12").jpeg(),
                SampleImages.scene(1080, 1080).form(100, 100, 40, 6).jpeg())) {
            ScreeningReport r = Screening.screen(photo);
            assertThat(r.findings(FindingType.FACE)).as(Screening.describe(r)).isEmpty();
        }
    }

    @Test
    void detect_largeFaceOfDeclaredSubjectIsSubjectOthersBackground() {
        byte[] photo = SampleImages.scene(1600, 1200).face(200, 200, 300).face(1300, 200, 50).jpeg();
        ScreeningReport r = Screening.screen(photo, "client-1");
        List<Finding> faces = r.findings(FindingType.FACE);
        assertThat(faces).hasSize(2);
        Finding big = faces.stream().max((a, b) -> Integer.compare(((Location.Image) a.location()).height(),
                ((Location.Image) b.location()).height())).orElseThrow();
        assertThat(big.faceRole()).as(big.message()).contains(FaceRole.SUBJECT);
        assertThat(faces.stream().filter(f -> f != big))
                .allMatch(f -> f.faceRole().equals(Optional.of(FaceRole.BACKGROUND)))
                .allMatch(f -> f.message().startsWith("A person in the background"));
        assertThat(faces).allMatch(f -> f.severity() == Severity.HIGH);
    }

    @Test
    void detect_withoutDeclaredSubjectsEveryFaceIsBackground() {
        ScreeningReport r = Screening.screen(SampleImages.scene(1600, 1200).face(200, 200, 300).jpeg());
        assertThat(r.findings(FindingType.FACE)).hasSize(1)
                .allMatch(f -> f.faceRole().equals(Optional.of(FaceRole.BACKGROUND))
                        && f.message().contains("declares no subjects"));
    }
}
