package org.privacyscreen.image;

import org.privacyscreen.image.internal.decode.OpenCv;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.MatOfInt;
import org.opencv.core.Rect;
import org.opencv.core.Size;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;
import org.privacyscreen.FaceRole;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.Location;
import org.privacyscreen.ScreeningReport;

/**
 * Real faces at several sizes in 12 MP photos: the head and shoulders of a real photograph's face
 * (photos/faces/faces.csv), scaled and set into a real landscape enlarged to 4032x3024, beside a large face.
 */
class RealFacesInLargePhotosTest {

    /**
     * The photo {@code background} at 4032x3024 with the face {@code (fx, fy, fw, fh)} of {@code source} set in at
     * {@code (x, y)}, {@code size} px high.
     */
    static byte[] compose(String background, String source, int fx, int fy, int fw, int fh, int x, int y, int size) {
        OpenCv.load();
        Mat bg = decode(background);
        Imgproc.resize(bg, bg, new Size(4032, 3024), 0, 0, Imgproc.INTER_CUBIC);
        Mat src = decode(source);
        // head and shoulders: the face and as much again around it, within the source photo
        int x0 = Math.max(0, fx - fw);
        int y0 = Math.max(0, fy - fh / 2);
        int x1 = Math.min(src.cols(), fx + 2 * fw);
        int y1 = Math.min(src.rows(), fy + 2 * fh);
        double k = (double) size / fh;
        Mat crop = new Mat();
        Imgproc.resize(src.submat(y0, y1, x0, x1), crop, new Size(Math.round((x1 - x0) * k),
                Math.round((y1 - y0) * k)), 0, 0, k < 1 ? Imgproc.INTER_AREA : Imgproc.INTER_CUBIC);
        int px = (int) Math.round(x - (fx - x0) * k);
        int py = (int) Math.round(y - (fy - y0) * k);
        crop.copyTo(bg.submat(new Rect(px, py, crop.cols(), crop.rows())));
        MatOfByte out = new MatOfByte();
        Imgcodecs.imencode(".jpg", bg, out, new MatOfInt(Imgcodecs.IMWRITE_JPEG_QUALITY, 92));
        return out.toArray();
    }

    private static Mat decode(String photo) {
        return Imgcodecs.imdecode(new MatOfByte(RealPhotosTest.read(photo)), Imgcodecs.IMREAD_COLOR);
    }

    @ParameterizedTest(name = "{1} as a {8} px face at {6},{7} in {0}")
    @CsvSource({
        "none/green-hills.jpg, faces/portrait-indoors.jpg, 214, 64, 362, 380, 300, 300, 40",
        "none/green-hills.jpg, faces/smiling-man.jpg, 249, 145, 304, 332, 3500, 200, 60",
        "none/meadow-flowers.jpg, faces/woman-in-cupboard.jpg, 320, 181, 123, 133, 1800, 2400, 90",
        "none/fog-field.jpg, faces/cameraman.jpg, 182, 112, 83, 89, 2600, 900, 130",
        "none/valendas-sky.jpg, faces/portrait-indoors.jpg, 214, 64, 362, 380, 2000, 1200, 300",
        "none/jetty-island.jpg, faces/woman-on-beach.jpg, 131, 134, 104, 115, 3000, 2200, 60",
        "none/after-the-rain.jpg, faces/pool-room.jpg, 164, 259, 60, 66, 1200, 2000, 50",
        "none/drop-on-grass.jpg, faces/woman-on-beach.jpg, 131, 134, 104, 115, 700, 2300, 45"
    })
    void screen_findsTheRealFaceBesideALargeOne(String background, String source, int fx, int fy, int fw, int fh,
            int x, int y, int size) {
        byte[] photo = compose(background, source, fx, fy, fw, fh, x, y, size);
        // a large subject's face in the same photo, far from the small one
        int bigX = x < 2016 ? 3000 : 300;
        byte[] withSubject = compose2(photo, bigX);
        ScreeningReport r = Screening.screen(withSubject, "client-1");
        List<Location.Image> boxes = Screening.boxes(r, FindingType.FACE);
        int cx = x + size * fw / fh / 2;
        int cy = y + size / 2;
        assertThat(boxes).as(Screening.describe(r)).anySatisfy(b -> {
            assertThat(cx).isBetween(b.x(), b.x() + b.width());
            assertThat(cy).isBetween(b.y(), b.y() + b.height());
            assertThat(b.height()).isBetween((int) (0.6 * size), (int) (1.8 * size));
        });
        assertThat(r.findings(FindingType.FACE)).as(Screening.describe(r)).hasSize(2);
        Finding small = r.findings(FindingType.FACE).stream().filter(f -> ((Location.Image) f.location()).height()
                < 2 * size).findFirst().orElseThrow();
        assertThat(small.faceRole()).contains(FaceRole.BACKGROUND);
    }

    /** {@code photo} with the astronaut's head (a face about 470 px high) at ({@code x}, 1500). */
    private static byte[] compose2(byte[] photo, int x) {
        Mat bg = Imgcodecs.imdecode(new MatOfByte(photo), Imgcodecs.IMREAD_COLOR);
        Mat src = decode("faces/astronaut.jpg");
        Mat crop = new Mat();
        Imgproc.resize(src.submat(new Rect(130, 30, 190, 200)), crop, new Size(665, 700), 0, 0,
                Imgproc.INTER_CUBIC);
        crop.copyTo(bg.submat(new Rect(x, 1500, crop.cols(), crop.rows())));
        MatOfByte out = new MatOfByte();
        Imgcodecs.imencode(".jpg", bg, out, new MatOfInt(Imgcodecs.IMWRITE_JPEG_QUALITY, 92));
        return out.toArray();
    }
}
