package org.privacyscreen.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.privacyscreen.Excerpts;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.ScreeningReport;

class CodeDetectorTest {

    @ParameterizedTest(name = "{0}x{1}: {4} px QR")
    @CsvSource(delimiter = ';', value = {
        "1280; 960; 100; 100; 200; MRN 0048213", "1600; 1200; 1200; 800; 240; https://example.org/p/88213",
        "1080; 1080; 400; 400; 150; WARD 4 BED 2", "4032; 3024; 3000; 2000; 400; PATIENT 99812 DOB 1980-01-02",
        "4032; 3024; 500; 2400; 300; ROOM 5"
    })
    void detect_decodesQrPayloadMasked(int w, int h, int x, int y, int size, String payload) {
        ScreeningReport r = Screening.screen(SampleImages.scene(w, h).qr(x, y, size, payload).png());
        List<Finding> codes = r.findings(FindingType.BARCODE);
        assertThat(codes).as(Screening.describe(r)).hasSize(1);
        Finding f = codes.get(0);
        assertThat(f.excerpt()).contains(Excerpts.mask(payload));
        assertThat(f.excerpt().orElseThrow()).isNotEqualTo(payload);
        assertThat(f.message()).doesNotContain(payload).contains("QR code", payload.length() + " characters");
        assertThat(Screening.found(r, FindingType.BARCODE, x, y, size, size)).isTrue();
    }

    @Test
    void detect_nothingWithoutCodes() {
        for (byte[] photo : List.of(SampleImages.scene(1280, 960).jpeg(),
                SampleImages.scene(1280, 960).form(100, 100, 20, 6).face(800, 200, 120).jpeg())) {
            assertThat(Screening.screen(photo).findings(FindingType.BARCODE)).isEmpty();
        }
    }
}
