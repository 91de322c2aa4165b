package org.privacyscreen.image;

import java.util.List;
import java.util.function.Supplier;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.MatOfInt;
import org.opencv.core.Scalar;
import org.opencv.imgcodecs.Imgcodecs;
import org.privacyscreen.image.internal.decode.Decoded;
import org.privacyscreen.image.internal.decode.Decoder;
import org.privacyscreen.image.internal.decode.Header;
import org.privacyscreen.image.internal.documents.TextFinder;
import org.privacyscreen.image.internal.documents.TextRegion;
import org.privacyscreen.image.internal.faces.FaceDetector;

/** Photographed print for the text tests: scenes as a phone saves them, and what the text finder makes of them. */
final class PrintedScenes {
    static final Scalar PAPER = new Scalar(238, 242, 244);
    static final Scalar WHITE_BADGE = new Scalar(250, 250, 250);

    private PrintedScenes() {
    }

    /** The scene as a phone's JPEG at {@code quality}: compression noise around the letters, no metadata. */
    static byte[] jpeg(SampleImages.Scene scene, int quality) {
        Mat pixels = scene.pixels();
        MatOfByte out = new MatOfByte();
        Imgcodecs.imencode(".jpg", pixels, out, new MatOfInt(Imgcodecs.IMWRITE_JPEG_QUALITY, quality));
        pixels.release();
        return out.toArray();
    }

    /** The text regions of a photo, read as the detectors read them. */
    static List<TextRegion> regions(byte[] photo) {
        Header h = Header.read(photo, "test", Long.MAX_VALUE);
        Decoded d = Decoder.forDetection(photo, h, "test");
        Supplier<Mat> full = () -> Decoder.fullGray(photo, h, "test");
        return TextFinder.find(d, FaceDetector.faces(d), full);
    }

    /** Everything read in a photo, one line per read line, spaces collapsed. */
    static String read(byte[] photo) {
        StringBuilder sb = new StringBuilder();
        for (TextRegion r : regions(photo)) {
            for (TextRegion.ReadLine l : r.lines()) {
                sb.append(l.text().replaceAll("\\s+", " ")).append('\n');
            }
        }
        return sb.toString();
    }
}
