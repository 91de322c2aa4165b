package org.privacyscreen.image.internal.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.MatOfInt;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;

/**
 * The SIMD libjpeg-turbo path gives the very pixels OpenCV's decoder gives, at every DCT scale, in colour and grey,
 * for colour and grey JPEGs: swapping the decoder changes the speed, never what the detectors see.
 */
class JpegTurboTest {

    @ParameterizedTest(name = "{0} at 1/{1}")
    @CsvSource({"faces/couple-in-bar.jpg, 1", "faces/couple-in-bar.jpg, 2", "none/meadow-flowers.jpg, 2",
        "none/meadow-flowers.jpg, 4", "text/printed-page.jpg, 8", "grey:none/brick.jpg, 2",
        "grey:faces/cameraman.jpg, 1"})
    void decode_givesOpenCvsPixels(String photo, int reduction) {
        byte[] jpeg = photo.startsWith("grey:") ? greyJpeg(read(photo.substring(5))) : read(photo);
        int colour = switch (reduction) {
            case 2 -> Imgcodecs.IMREAD_REDUCED_COLOR_2;
            case 4 -> Imgcodecs.IMREAD_REDUCED_COLOR_4;
            case 8 -> Imgcodecs.IMREAD_REDUCED_COLOR_8;
            default -> Imgcodecs.IMREAD_COLOR;
        };
        int grey = switch (reduction) {
            case 2 -> Imgcodecs.IMREAD_REDUCED_GRAYSCALE_2;
            case 4 -> Imgcodecs.IMREAD_REDUCED_GRAYSCALE_4;
            case 8 -> Imgcodecs.IMREAD_REDUCED_GRAYSCALE_8;
            default -> Imgcodecs.IMREAD_GRAYSCALE;
        };
        assertSame(JpegTurbo.bgr(jpeg, reduction), openCv(jpeg, colour));
        assertSame(JpegTurbo.luminance(jpeg, reduction), openCv(jpeg, grey));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"a truncated file, 0.5", "a file of its header alone, 0.02"})
    void decode_refusesWhatLibjpegCannotFinish(String what, double kept) {
        byte[] jpeg = read("faces/cameraman.jpg");
        byte[] cut = java.util.Arrays.copyOf(jpeg, (int) (jpeg.length * kept));
        // empty: the caller then decodes with OpenCV, whose refusal is the reference
        assertThat(JpegTurbo.bgr(cut, 2)).as(what).isEmpty();
        assertThat(JpegTurbo.luminance(cut, 1)).as(what).isEmpty();
    }

    private static void assertSame(Optional<Mat> ours, Mat reference) {
        assertThat(ours).isPresent();
        Mat m = ours.get();
        assertThat(m.size()).isEqualTo(reference.size());
        assertThat(m.type()).isEqualTo(reference.type());
        Mat diff = new Mat();
        Core.absdiff(m, reference, diff);
        assertThat(Core.countNonZero(diff.reshape(1))).isZero();
        diff.release();
        m.release();
        reference.release();
    }

    private static Mat openCv(byte[] jpeg, int flags) {
        MatOfByte buf = new MatOfByte(jpeg);
        Mat m = Imgcodecs.imdecode(buf, flags | Imgcodecs.IMREAD_IGNORE_ORIENTATION);
        buf.release();
        return m;
    }

    /** {@code jpeg} re-encoded as a one-component (grey) JPEG. */
    private static byte[] greyJpeg(byte[] jpeg) {
        Mat colour = openCv(jpeg, Imgcodecs.IMREAD_COLOR);
        Mat grey = new Mat();
        Imgproc.cvtColor(colour, grey, Imgproc.COLOR_BGR2GRAY);
        MatOfByte out = new MatOfByte();
        Imgcodecs.imencode(".jpg", grey, out, new MatOfInt(Imgcodecs.IMWRITE_JPEG_QUALITY, 90));
        return out.toArray();
    }

    private static byte[] read(String photo) {
        OpenCv.load();
        try (InputStream in = JpegTurboTest.class.getResourceAsStream("/photos/" + photo)) {
            if (in == null) {
                throw new IllegalStateException("missing test photo " + photo);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
