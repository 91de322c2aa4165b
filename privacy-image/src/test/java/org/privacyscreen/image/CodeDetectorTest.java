package org.privacyscreen.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.privacyscreen.Excerpts;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;
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

    /** EAN-13 digit patterns (L code; G is R reversed; R is L inverted), and the first digit's parity per position. */
    private static final String[] L = {"0001101", "0011001", "0010011", "0111101", "0100011", "0110001", "0101111",
        "0111011", "0110111", "0001011"};
    private static final String[] PARITY = {"LLLLLL", "LLGLGG", "LLGGLG", "LLGGGL", "LGLLGG", "LGGLLG", "LGGGLL",
        "LGLGLG", "LGLGGL", "LGGLGL"};

    /** The 95 modules of an EAN-13 code for 13 digits. */
    static String ean13(String digits) {
        StringBuilder m = new StringBuilder("101");
        String parity = PARITY[digits.charAt(0) - '0'];
        for (int i = 1; i <= 6; i++) {
            String l = L[digits.charAt(i) - '0'];
            m.append(parity.charAt(i - 1) == 'L' ? l : new StringBuilder(invert(l)).reverse());
        }
        m.append("01010");
        for (int i = 7; i <= 12; i++) {
            m.append(invert(L[digits.charAt(i) - '0']));
        }
        return m.append("101").toString();
    }

    private static String invert(String bits) {
        return bits.replace('0', 'x').replace('1', '0').replace('x', '1');
    }

    /** A scene with the EAN-13 code of {@code digits} drawn {@code module} px a module at (x, y). */
    static byte[] withEan13(int w, int h, int x, int y, int module, String digits) {
        Mat m = SampleImages.scene(w, h).pixels();
        Imgproc.rectangle(m, new Point(x - 12 * module, y - 6 * module), new Point(x + 107 * module, y + 66 * module),
                new Scalar(255, 255, 255), -1);
        String modules = ean13(digits);
        for (int i = 0; i < modules.length(); i++) {
            if (modules.charAt(i) == '1') {
                Imgproc.rectangle(m, new Point(x + i * module, y), new Point(x + (i + 1) * module - 1, y + 60 * module),
                        new Scalar(0, 0, 0), -1);
            }
        }
        MatOfByte out = new MatOfByte();
        Imgcodecs.imencode(".png", m, out);
        return out.toArray();
    }

    @ParameterizedTest(name = "EAN-13 {5} at {4} px a module in {0}x{1}")
    @CsvSource({"1280, 960, 200, 300, 3, 4006381333931", "1600, 1200, 700, 500, 4, 5901234123457",
        "4032, 3024, 1500, 1200, 6, 9780201379624"})
    void detect_readsLinearBarcodes(int w, int h, int x, int y, int module, String digits) {
        ScreeningReport r = Screening.screen(withEan13(w, h, x, y, module, digits));
        List<Finding> codes = r.findings(FindingType.BARCODE);
        assertThat(codes).as(Screening.describe(r)).hasSize(1);
        assertThat(codes.get(0).excerpt()).contains(Excerpts.mask(digits));
        assertThat(codes.get(0).message()).contains("barcode").doesNotContain(digits);
        assertThat(Screening.found(r, FindingType.BARCODE, x, y, 95 * module, 60 * module)).isTrue();
    }

    @Test
    void detect_anUnreadableQrCodeWithItsFinderPatternsIsStillReported() {
        // a patch of the data area painted over: beyond reading, the three finder patterns intact
        Mat m = SampleImages.scene(1280, 960).qr(400, 300, 300, "WARD 7 BED 3 MRN 0048213").pixels();
        Imgproc.rectangle(m, new Point(400 + 130, 300 + 130), new Point(400 + 170, 300 + 170),
                new Scalar(128, 128, 128), -1);
        MatOfByte png = new MatOfByte();
        Imgcodecs.imencode(".png", m, png);
        ScreeningReport r = Screening.screen(png.toArray());
        List<Finding> codes = r.findings(FindingType.BARCODE);
        assertThat(codes).as(Screening.describe(r)).hasSize(1);
        assertThat(codes.get(0).excerpt()).isEmpty();
        assertThat(codes.get(0).message()).contains("could not read");
    }

    @Test
    void detect_nothingWithoutCodes() {
        for (byte[] photo : List.of(SampleImages.scene(1280, 960).jpeg(),
                SampleImages.scene(1280, 960).form(100, 100, 20, 6).face(800, 200, 120).jpeg())) {
            assertThat(Screening.screen(photo).findings(FindingType.BARCODE)).isEmpty();
        }
    }
}
