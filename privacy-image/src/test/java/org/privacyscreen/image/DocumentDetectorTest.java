package org.privacyscreen.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.ScreeningReport;
import org.privacyscreen.Severity;

class DocumentDetectorTest {

    @ParameterizedTest(name = "{0}x{1}: {4} px text, {5} lines")
    @CsvSource({
        "1280, 960, 100, 100, 12, 6", "1280, 960, 600, 300, 16, 4", "1600, 1200, 300, 200, 22, 10",
        "1080, 1080, 100, 500, 30, 5", "1080, 1080, 50, 50, 40, 3", "4032, 3024, 1500, 1200, 24, 8",
        "4032, 3024, 200, 200, 14, 6", "2000, 1500, 900, 100, 18, 2"
    })
    void detect_findsLegibleForms(int w, int h, int x, int y, int textPx, int lines) {
        ScreeningReport r = Screening.screen(SampleImages.scene(w, h).form(x, y, textPx, lines).jpeg());
        List<Finding> docs = r.findings(FindingType.DOCUMENT_TEXT);
        assertThat(docs).as(Screening.describe(r)).anyMatch(f -> f.severity() == Severity.HIGH
                && f.message().contains("legible"));
        assertThat(Screening.found(r, FindingType.DOCUMENT_TEXT, x, y, textPx * 22, textPx * 2 * lines)).isTrue();
    }

    @ParameterizedTest(name = "{0}x{1}: {2} px text")
    @CsvSource({"1280, 960, 3", "1280, 960, 4", "1600, 1200, 4", "4032, 3024, 5", "4032, 3024, 4"})
    void detect_tinyTextIsNotReportedLegible(int w, int h, int textPx) {
        ScreeningReport r = Screening.screen(SampleImages.scene(w, h).form(w / 4, h / 4, textPx, 10).jpeg());
        assertThat(r.findings(FindingType.DOCUMENT_TEXT)).as(Screening.describe(r))
                .noneMatch(f -> f.severity() == Severity.HIGH);
    }

    @Test
    void detect_nothingOnPlainScenesAndFaces() {
        for (byte[] photo : List.of(SampleImages.scene(1280, 960).jpeg(), SampleImages.scene(4032, 3024).jpeg(),
                SampleImages.scene(1280, 960).face(200, 200, 200).face(800, 300, 60).jpeg())) {
            ScreeningReport r = Screening.screen(photo);
            assertThat(r.findings(FindingType.DOCUMENT_TEXT)).as(Screening.describe(r)).isEmpty();
        }
    }

    @Test
    void detect_messageHoldsNoTextButTheLineCountAndHeight() {
        ScreeningReport r = Screening.screen(SampleImages.scene(1280, 960).form(100, 100, 20, 5).jpeg());
        assertThat(r.findings(FindingType.DOCUMENT_TEXT)).allMatch(f -> f.excerpt().isEmpty()
                && f.message().matches("[^:]*\\(text about \\d+ px high\\): .*"));
    }
}
