package org.privacyscreen.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.Rect;
import org.opencv.imgcodecs.Imgcodecs;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.ImageFormat;
import org.privacyscreen.Location;
import org.privacyscreen.PostImage;
import org.privacyscreen.ScreeningReport;
import org.privacyscreen.Severity;
import org.privacyscreen.image.internal.decode.Header;

class RemediationTest {

    @Test
    void remediate_demoPhoto_rescreenHasNoHighImageFinding() {
        byte[] photo = SampleImages.demoPhoto();
        ScreeningReport first = Screening.screen(photo);
        assertThat(first.findings()).anyMatch(f -> f.type() == FindingType.FACE)
                .anyMatch(f -> f.type() == FindingType.DOCUMENT_TEXT).anyMatch(f -> f.type() == FindingType.BARCODE)
                .anyMatch(f -> f.type() == FindingType.IMAGE_METADATA);
        PostImage fixed = first.remediated().images().get(0);
        assertThat(fixed.name()).isEqualTo("photo.jpg");
        ScreeningReport again = Screening.screen(fixed);
        assertThat(again.findings()).as(Screening.describe(again))
                .noneMatch(f -> f.severity() == Severity.HIGH)
                .noneMatch(f -> f.type() == FindingType.IMAGE_METADATA);
    }

    @Test
    void remediate_keepsFormatSizeOrientationAndTheRestOfThePhoto() {
        byte[] photo = SampleImages.scene(1200, 900).face(100, 100, 150).gps(1, 2).orientation(6).jpeg();
        ScreeningReport r = Screening.screen(photo);
        byte[] fixed = r.remediated().images().get(0).bytes();
        Header h = Header.read(fixed, "x", Long.MAX_VALUE);
        assertThat(h.format()).isEqualTo(ImageFormat.JPEG);
        assertThat(h.orientation()).isEqualTo(1);
        assertThat(List.of(h.width(), h.height())).containsExactly(1200, 900);
        Mat before = SampleImages.scene(1200, 900).face(100, 100, 150).pixels();
        Mat after = Imgcodecs.imdecode(new MatOfByte(fixed), Imgcodecs.IMREAD_COLOR);
        Rect untouched = new Rect(600, 400, 500, 400);
        double diff = Core.norm(before.submat(untouched), after.submat(untouched), Core.NORM_L1)
                / untouched.area() / 3;
        assertThat(diff).isLessThan(4.0);
        Location.Image face = (Location.Image) r.findings(FindingType.FACE).get(0).location();
        Rect inFace = new Rect(face.x(), face.y(), face.width(), face.height());
        double changed = Core.norm(before.submat(inFace), after.submat(inFace), Core.NORM_L1) / inFace.area() / 3;
        assertThat(changed).isGreaterThan(8.0);
    }

    @Test
    void remediate_pngStaysPngAndCodesBecomeUnreadable() {
        byte[] photo = SampleImages.scene(1000, 800).qr(300, 200, 250, "CASE 2231").png();
        ScreeningReport r = Screening.screen(PostImage.of("label.png", photo));
        assertThat(r.findings(FindingType.BARCODE)).hasSize(1);
        PostImage fixed = r.remediated().images().get(0);
        assertThat(ImageFormat.sniff(fixed.bytes())).contains(ImageFormat.PNG);
        assertThat(Screening.screen(fixed).findings(FindingType.BARCODE)).isEmpty();
    }

    @Test
    void remediate_withoutBoxesStripsMetadataLosslesslyKeepingOrientation() {
        byte[] photo = SampleImages.scene(800, 600).artist("A B").gps(3, 4).orientation(8).jpeg();
        ScreeningReport r = Screening.screen(photo);
        List<Finding> meta = r.findings(FindingType.IMAGE_METADATA);
        assertThat(meta).hasSize(1);
        assertThat(r.findings()).hasSize(1);
        byte[] fixed = r.remediated().images().get(0).bytes();
        assertThat(Screening.screen(fixed).findings()).isEmpty();
        Header h = Header.read(fixed, "x", Long.MAX_VALUE);
        assertThat(h.orientation()).isEqualTo(8);
        assertThat(fixed.length).isLessThan(photo.length);
        // the compressed image data is carried over byte for byte
        byte[] tail = java.util.Arrays.copyOfRange(photo, photo.length - 2000, photo.length);
        byte[] fixedTail = java.util.Arrays.copyOfRange(fixed, fixed.length - 2000, fixed.length);
        assertThat(fixedTail).isEqualTo(tail);
    }

    @Test
    void remediate_dropsDataAfterTheEndOfImage() {
        byte[] photo = SampleImages.scene(400, 300).gps(1, 1).jpeg();
        byte[] trailer = java.util.Arrays.copyOf(photo, photo.length + 64);
        System.arraycopy("MotionPhoto_Data".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, trailer,
                photo.length, 16);
        byte[] fixed = Screening.screen(trailer).remediated().images().get(0).bytes();
        assertThat(fixed[fixed.length - 2] & 0xFF).isEqualTo(0xFF);
        assertThat(fixed[fixed.length - 1] & 0xFF).isEqualTo(0xD9);
    }
}
