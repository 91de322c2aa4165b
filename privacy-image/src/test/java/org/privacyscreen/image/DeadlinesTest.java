package org.privacyscreen.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.opencv.core.Scalar;
import org.privacyscreen.FindingType;
import org.privacyscreen.Post;
import org.privacyscreen.PostImage;
import org.privacyscreen.Screener;
import org.privacyscreen.ScreeningPolicy;
import org.privacyscreen.ScreeningReport;
import org.privacyscreen.Verdict;
import org.privacyscreen.image.internal.codes.CodeDetector;
import org.privacyscreen.image.internal.documents.DocumentDetector;
import org.privacyscreen.image.internal.documents.PhotoTextReader;
import org.privacyscreen.image.internal.faces.FaceDetector;
import org.privacyscreen.image.internal.metadata.MetadataDetector;
import org.privacyscreen.spi.DeadlineExceededException;
import org.privacyscreen.spi.ScreeningContext;

/**
 * Native work ignores interrupts, so every image detector checks the screening's deadline between its native
 * stages: past the deadline it ends at the next check with DeadlineExceededException, never running the rest.
 */
class DeadlinesTest {
    /**
     * A 5 MP photo with a face, a small background face (so the small-face tiles run), a printed form, a QR code and
     * EXIF: every stage of every detector has work.
     */
    private static final byte[] PHOTO = SampleImages.scene(2592, 1944).face(200, 500, 420).face(1900, 300, 60)
            .printed(1000, 900, 26, 0.03, new Scalar(238, 242, 244), "PATIENT INTAKE", "Name: Morgan Ellery",
                    "Phone: 0161 496 0732")
            .qr(2100, 1300, 300, "MRN 00412").gps(54.97, -1.61).jpeg();

    static Stream<Arguments> stages() {
        // the checks each detector makes on this photo, one before each of its native stages: a check removed
        // lowers the count
        return Stream.of(
                Arguments.of("faces: header, decode, whole-photo, coarse and close-up passes, a small-face tile", 6,
                        run(new FaceDetector()::detect)),
                Arguments.of("documents: the faces' 6, the line finder, the form's OCR read", 8,
                        run(new DocumentDetector()::detect)),
                Arguments.of("image-text: as documents", 8, run(new PhotoTextReader()::read)),
                Arguments.of("barcodes: header, decode, finder patterns, the QR area, its reading, linear codes", 6,
                        run(new CodeDetector()::detect)),
                Arguments.of("image-metadata: header", 1, run(new MetadataDetector()::detect)));
    }

    private static BiFunction<ScreeningContext, Integer, Object> run(
            BiFunction<ScreeningContext, Integer, ?> detector) {
        return detector::apply;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stages")
    void eachDetectorEndsAtTheFirstCheckPastItsDeadline(String detector, int fewestChecks,
            BiFunction<ScreeningContext, Integer, Object> detect) {
        Post post = Post.builder().image(PostImage.of("photo.jpg", PHOTO)).build();
        int checks;
        try (CountdownContext unlimited = new CountdownContext(post, Integer.MAX_VALUE)) {
            assertThat(detect.apply(unlimited, 0)).isNotNull();
            checks = unlimited.checks();
        }
        assertThat(checks).as(detector).isGreaterThanOrEqualTo(fewestChecks);
        for (int allowed = 0; allowed < checks; allowed++) {
            try (CountdownContext context = new CountdownContext(post, allowed)) {
                assertThatThrownBy(() -> detect.apply(context, 0)).as(detector + ", deadline at check " + allowed)
                        .isInstanceOf(DeadlineExceededException.class);
                // it stopped at the failed check: no stage after it ran, so none checked again
                assertThat(context.checks()).as(detector).isEqualTo(allowed + 1);
            }
        }
    }

    @Test
    void screen_aPhotoPastItsBudgetIsNeverAllowed() {
        try (Screener screener = Screener.builder().discover(false).provider(new ImageDetectorProvider())
                .policy(ScreeningPolicy.builder().detectorTimeout(Duration.ofMillis(1)).build()).build()) {
            ScreeningReport r = screener.screen(Post.builder().image(PostImage.of("photo.jpg", PHOTO)).build());
            assertThat(r.verdict()).isNotEqualTo(Verdict.ALLOW);
            assertThat(r.findings(FindingType.DETECTOR_FAILURE)).isNotEmpty();
        }
    }

    @Test
    void countdownContextChecksAreWhatTheDetectorsSee() {
        // the test's own instrument: a context allowed no check fails the first one
        try (CountdownContext c = new CountdownContext(Post.builder().text("x").build(), 0)) {
            assertThatThrownBy(c::checkDeadline).isInstanceOf(DeadlineExceededException.class);
            assertThat(c.checks()).isEqualTo(1);
            assertThat(c.remaining()).isEqualTo(Duration.ZERO);
        }
    }
}
