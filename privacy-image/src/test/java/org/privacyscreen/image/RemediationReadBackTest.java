package org.privacyscreen.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.Location;
import org.privacyscreen.Post;
import org.privacyscreen.PostImage;
import org.privacyscreen.ScreeningReport;
import org.privacyscreen.Severity;
import org.privacyscreen.image.internal.decode.Decoder;
import org.privacyscreen.image.internal.decode.Header;
import org.privacyscreen.image.internal.documents.TextRegion;
import org.privacyscreen.image.internal.ocr.Tesseract;
import org.privacyscreen.image.internal.remediate.PhotoRemediator;
import org.privacyscreen.testkit.TestContexts;

/**
 * After remediation nothing of the text can be read back: the OCR that read every line of the original reads no
 * token of three or more characters of it in the remediated photo, neither through the detectors' own search nor
 * when pointed straight at where each region was.
 */
class RemediationReadBackTest {

    @ParameterizedTest(name = "{0}x{1}, {2} px capitals")
    @CsvSource({"1600, 1200, 14", "1600, 1200, 24", "4032, 3024, 30", "1080, 1080, 11"})
    void remediated_readsBackNothingOfTheText(int w, int h, int textPx) {
        String[] form = {"Name: Amara Okafor", "Date of birth: 14/03/1987", "Phone: 0161 496 0732"};
        String single = "Address: 27 Millbrook Terrace";
        String badge = "Nurse Ingrid Solberg";
        byte[] photo = PrintedScenes.jpeg(SampleImages.scene(w, h)
                .printed(w / 10, h / 10, textPx, 0.05, PrintedScenes.PAPER, form)
                .printed(w / 10, h * 6 / 10, textPx, 0, PrintedScenes.PAPER, single)
                .printed(w * 6 / 10, h * 7 / 10, textPx, 0, PrintedScenes.WHITE_BADGE, badge), 85);
        List<String> tokens = new ArrayList<>();
        for (String line : concat(form, single, badge)) {
            Arrays.stream(line.split("[^\\p{L}\\p{N}]+")).filter(t -> t.length() >= 3).forEach(tokens::add);
        }
        ScreeningReport report = Screening.screen(photo);
        List<Location.Image> boxes = Screening.boxes(report, FindingType.DOCUMENT_TEXT);
        String before = readAll(photo, boxes);
        // the test can fail: the same reading finds the text in the original
        assertThat(before.toLowerCase(Locale.ROOT)).contains("okafor", "0732", "millbrook", "solberg");

        byte[] fixed = report.remediated().images().get(0).bytes();
        String after = readAll(fixed, boxes).toLowerCase(Locale.ROOT);
        assertThat(tokens).as("read back: %s", after.length() + " chars")
                .noneMatch(t -> after.contains(t.toLowerCase(Locale.ROOT)));
    }

    /**
     * A box drawn tight around one line by whatever detector (ascenders and descenders clipped) still leaves
     * nothing to read: cells span several letters and the margin covers what the box clipped.
     */
    @ParameterizedTest(name = "{0} px capitals")
    @CsvSource({"12", "18", "28", "40"})
    void tightBoxAroundOneLine_readsBackNothing(int textPx) {
        String line = "Phone: 0161 496 0732 Wednesday";
        byte[] photo = PrintedScenes.jpeg(SampleImages.scene(1600, 1200).printed(200, 500, textPx, 0,
                PrintedScenes.PAPER, line), 90);
        List<TextRegion> regions = PrintedScenes.regions(photo);
        assertThat(regions).isNotEmpty();
        List<Location.Image> tight = new ArrayList<>();
        for (TextRegion.ReadLine l : regions.stream()
                .flatMap(r -> r.lines().stream()).toList()) {
            // the letters' own box, less a sixth above and below
            tight.add(Location.image(0, l.box().x, l.box().y + l.box().height / 6, l.box().width,
                    Math.max(1, l.box().height * 2 / 3)));
        }
        Post post = Post.builder()
                .image(PostImage.of("p.jpg", photo)).build();
        List<Finding> findings = tight.stream().map(b -> Finding
                .builder(FindingType.DOCUMENT_TEXT).severity(Severity.HIGH).confidence(0.9)
                .location(b).message("a line").build()).toList();
        byte[] fixed = new PhotoRemediator()
                .remediate(TestContexts.of(post), 0, findings).bytes();
        String after = readAll(fixed, tight).toLowerCase(Locale.ROOT);
        assertThat(readAll(photo, tight).toLowerCase(Locale.ROOT)).contains("0732", "wednesday");
        assertThat(Arrays.stream(line.split("[^\\p{L}\\p{N}]+")).filter(t -> t.length() >= 3))
                .noneMatch(t -> after.contains(t.toLowerCase(Locale.ROOT)));
    }

    /** What the detectors read in the photo, and what the OCR reads where each box (grown by half) lies. */
    private static String readAll(byte[] photo, List<Location.Image> boxes) {
        StringBuilder sb = new StringBuilder(PrintedScenes.read(photo));
        Header h = Header.read(photo, "test", Long.MAX_VALUE);
        Mat gray = Decoder.fullGray(photo, h, "test");
        for (Location.Image b : boxes) {
            int gx = b.width() / 2;
            int gy = Math.max(b.height() / 2, 20);
            int x0 = Math.max(0, b.x() - gx);
            int y0 = Math.max(0, b.y() - gy);
            int x1 = Math.min(gray.cols(), b.x() + b.width() + gx);
            int y1 = Math.min(gray.rows(), b.y() + b.height() + gy);
            for (Tesseract.Line l : Tesseract.read(gray, new Rect(x0, y0, x1 - x0, y1 - y0), Math.max(8, b.height()
                    / 4.0))) {
                sb.append(l.text()).append('\n');
            }
        }
        gray.release();
        return sb.toString();
    }

    private static List<String> concat(String[] a, String... more) {
        List<String> out = new ArrayList<>(Arrays.asList(a));
        out.addAll(Arrays.asList(more));
        return out;
    }
}
