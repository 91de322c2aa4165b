package org.privacyscreen.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.MatOfInt;
import org.opencv.core.Size;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;
import org.privacyscreen.image.internal.decode.Decoded;
import org.privacyscreen.image.internal.decode.Decoder;
import org.privacyscreen.image.internal.decode.Header;
import org.privacyscreen.image.internal.decode.OpenCv;
import org.privacyscreen.image.internal.documents.TextFinder;
import org.privacyscreen.image.internal.documents.TextRegion;

/**
 * Real photographs (photos/MANIFEST.md, photos/text/MANIFEST.md): moss, foliage, bark, concrete, water and a launch
 * tower's lattice give no text region, printed text does; each at its own size and enlarged to a 12 MP phone's
 * (4032 px long side), since a phone photo shows texture at full detail.
 */
class RealPhotoTextTest {
    static final int PHONE_LONG_SIDE = 4032;

    static Stream<String> withoutText() throws IOException, URISyntaxException {
        Path dir = Path.of(RealPhotoTextTest.class.getResource("/photos/none").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> "none/" + p.getFileName()).filter(n -> n.endsWith(".jpg")).sorted().toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withoutText")
    void photoWithoutText_givesNoTextRegion(String photo) {
        byte[] bytes = resource("/photos/" + photo);
        assertThat(regions(bytes)).as("own size").isEmpty();
        assertThat(regions(enlarged(bytes))).as("12 MP").isEmpty();
    }

    @ParameterizedTest(name = "{0}: text {1}")
    @CsvFileSource(resources = "/photos/text/expected.csv", numLinesToSkip = 1)
    void textPhotos_asExpected(String file, String text, String what) {
        byte[] bytes = resource("/photos/text/" + file);
        for (byte[] photo : List.of(bytes, enlarged(bytes))) {
            List<TextRegion> found = regions(photo);
            if (text.equals("yes")) {
                assertThat(found).as(what).isNotEmpty().allMatch(TextRegion::read);
            } else {
                assertThat(found).as(what).isEmpty();
            }
        }
    }

    /** A sign on the wall behind pool players, legible when the photo has a phone's detail. */
    @Test
    void signInARealRoom_isFoundAtAPhonesDetail() {
        List<TextRegion> found = regions(enlarged(resource("/photos/faces/pool-room.jpg")));
        assertThat(found).isNotEmpty().allMatch(r -> r.read() && !r.lines().isEmpty());
    }

    private static List<TextRegion> regions(byte[] photo) {
        Header h = Header.read(photo, "test", Long.MAX_VALUE);
        Decoded d = Decoder.forDetection(photo, h, "test");
        Supplier<Mat> full = () -> Decoder.fullGray(photo, h, "test");
        return TextFinder.find(d, List.of(), full);
    }

    /** The photo enlarged (bicubic) to a 12 MP phone's long side, as a JPEG of quality 92. */
    static byte[] enlarged(byte[] jpeg) {
        OpenCv.load();
        Mat m = Imgcodecs.imdecode(new MatOfByte(jpeg), Imgcodecs.IMREAD_COLOR);
        double f = (double) PHONE_LONG_SIDE / Math.max(m.cols(), m.rows());
        Mat big = new Mat();
        Imgproc.resize(m, big, new Size(Math.round(m.cols() * f), Math.round(m.rows() * f)), 0, 0,
                Imgproc.INTER_CUBIC);
        MatOfByte out = new MatOfByte();
        Imgcodecs.imencode(".jpg", big, out, new MatOfInt(Imgcodecs.IMWRITE_JPEG_QUALITY, 92));
        m.release();
        big.release();
        return out.toArray();
    }

    private static byte[] resource(String path) {
        try (var in = RealPhotoTextTest.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test photo " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
