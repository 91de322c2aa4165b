package org.privacyscreen.image;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Random;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.MatOfInt;
import org.opencv.core.Point;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;
import org.opencv.objdetect.QRCodeEncoder;
import org.privacyscreen.image.internal.decode.OpenCv;

/**
 * Generates photo-like test images for demos, tests and benchmarks: a textured room-like background with faces
 * (a public-domain portrait crop: NASA's photo of astronaut Eileen Collins, as shipped with scikit-image), forms
 * with rendered text, QR codes and EXIF metadata (GPS, artist, orientation) written into an APP1 segment.
 *
 * <pre>{@code
 * byte[] jpeg = SampleImages.scene(1600, 1200).face(200, 300, 160).form(900, 300, 24, 8)
 *         .gps(54.97, -1.61).jpeg();
 * }</pre>
 */
public final class SampleImages {
    private static final String FACE = "/org/privacyscreen/image/sample-face.jpg";
    /** The portrait crop is this many times as high as the face in it. */
    private static final double FACE_TO_CROP = 1.8;

    private SampleImages() {
    }

    /** A new scene {@code width x height} as displayed. */
    public static Scene scene(int width, int height) {
        if (width < 16 || height < 16) {
            throw new IllegalArgumentException("width and height must be >= 16: " + width + "x" + height);
        }
        return new Scene(width, height);
    }

    /** The demo photo: a face, a legible form and a QR code on a 1600x1200 scene, with GPS and artist EXIF. */
    public static byte[] demoPhoto() {
        return scene(1600, 1200).face(180, 260, 170).face(1320, 180, 48).form(760, 420, 22, 10)
                .qr(1300, 800, 200, "PATIENT 000123").gps(54.9733, -1.6140).artist("Front desk").jpeg();
    }

    /** Builds one image. Not thread-safe. */
    public static final class Scene {
        private final int width;
        private final int height;
        private final Mat canvas;
        private Double lat;
        private Double lon;
        private String artist;
        private int orientation = 1;

        private Scene(int width, int height) {
            OpenCv.load();
            this.width = width;
            this.height = height;
            this.canvas = background(width, height);
        }

        /**
         * A head and shoulders whose face (brow to chin) is about {@code size} pixels high; the portrait crop,
         * 1.8 times that, has its top-left corner at x, y.
         */
        public Scene face(int x, int y, int size) {
            Mat face = Imgcodecs.imdecode(new MatOfByte(resource(FACE)), Imgcodecs.IMREAD_COLOR);
            int h = (int) Math.round(size * FACE_TO_CROP);
            int w = Math.max(1, h * face.cols() / face.rows());
            Mat scaled = new Mat();
            Imgproc.resize(face, scaled, new Size(w, h), 0, 0, h < face.rows() ? Imgproc.INTER_AREA
                    : Imgproc.INTER_CUBIC);
            paste(scaled, x, y);
            return this;
        }

        /**
         * A white form with a title and {@code lines} lines of label-and-value text {@code textPx} pixels high, its
         * top-left corner at x, y.
         */
        public Scene form(int x, int y, int textPx, int lines) {
            double fontScale = textPx / 22.0;
            int thickness = Math.max(1, textPx / 12);
            int lineGap = (int) Math.round(textPx * 1.9);
            int w = (int) Math.round(textPx * 22.0);
            int h = lineGap * (lines + 1) + textPx;
            Rect r = clip(new Rect(x, y, w, h));
            Imgproc.rectangle(canvas, r, new Scalar(246, 246, 242), -1);
            Random rnd = new Random(31L * textPx + lines);
            String[] labels = {"Name:", "Date of birth:", "Address:", "Phone:", "NHS no:", "Diagnosis:",
                    "Medication:", "Next visit:", "GP:", "Notes:"};
            for (int i = 0; i < lines; i++) {
                int by = y + lineGap * (i + 1);
                String text = labels[i % labels.length] + " " + word(rnd) + " " + word(rnd) + " " + rnd.nextInt(999);
                Imgproc.putText(canvas, text, new Point(x + textPx, by), Imgproc.FONT_HERSHEY_SIMPLEX, fontScale,
                        new Scalar(30, 30, 40), thickness, Imgproc.LINE_AA);
                Imgproc.line(canvas, new Point(x + textPx * 0.5, by + textPx * 0.4),
                        new Point(x + w - textPx * 0.5, by + textPx * 0.4), new Scalar(190, 190, 190), 1);
            }
            return this;
        }

        /**
         * A printed card, sheet, badge or label as a phone photographs it: {@code lines} set in the JDK's sans-serif
         * font (a real typeface, unlike the Hershey strokes of {@link #form}), capitals {@code textPx} pixels high, dark
         * on {@code paper} (BGR), seen at a slant ({@code tilt}: the far edge this fraction narrower, plus a small turn)
         * and slightly out of focus. Top-left corner near x, y.
         */
        public Scene printed(int x, int y, int textPx, double tilt, Scalar paper, String... lines) {
            Objects.requireNonNull(paper, "paper");
            if (lines.length == 0 || textPx < 3 || tilt < 0 || tilt > 0.4) {
                throw new IllegalArgumentException("need lines, textPx >= 3 and tilt within 0..0.4");
            }
            java.awt.Font font = new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 10)
                    .deriveFont(textPx / 0.73f); // DejaVu/Liberation capitals are about 0.73 em
            java.awt.image.BufferedImage probe = new java.awt.image.BufferedImage(1, 1,
                    java.awt.image.BufferedImage.TYPE_3BYTE_BGR);
            java.awt.FontMetrics fm = probe.createGraphics().getFontMetrics(font);
            int lineGap = (int) Math.round(fm.getHeight() * 1.35);
            int w = java.util.Arrays.stream(lines).mapToInt(fm::stringWidth).max().orElse(0) + 2 * textPx;
            int h = lineGap * lines.length + textPx;
            java.awt.image.BufferedImage card = new java.awt.image.BufferedImage(w, h,
                    java.awt.image.BufferedImage.TYPE_3BYTE_BGR);
            java.awt.Graphics2D g = card.createGraphics();
            g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING,
                    java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(new java.awt.Color((int) paper.val[2], (int) paper.val[1], (int) paper.val[0]));
            g.fillRect(0, 0, w, h);
            g.setColor(new java.awt.Color(25, 25, 35));
            g.setFont(font);
            for (int i = 0; i < lines.length; i++) {
                g.drawString(lines[i], textPx, textPx / 2 + lineGap * i + fm.getAscent());
            }
            g.dispose();
            Mat flat = new Mat(h, w, CvType.CV_8UC3);
            flat.put(0, 0, ((java.awt.image.DataBufferByte) card.getRaster().getDataBuffer()).getData());
            double in = w * tilt / 2;
            double turn = h * tilt / 3;
            org.opencv.core.MatOfPoint2f from = new org.opencv.core.MatOfPoint2f(new Point(0, 0), new Point(w, 0),
                    new Point(w, h), new Point(0, h));
            org.opencv.core.MatOfPoint2f to = new org.opencv.core.MatOfPoint2f(new Point(x + in, y + turn),
                    new Point(x + w - in, y), new Point(x + w, y + h), new Point(x, y + h + turn));
            Mat m = Imgproc.getPerspectiveTransform(from, to);
            Mat warped = new Mat();
            Mat mask = new Mat();
            Imgproc.warpPerspective(flat, warped, m, canvas.size(), Imgproc.INTER_LINEAR);
            Imgproc.warpPerspective(new Mat(h, w, CvType.CV_8UC1, new Scalar(255)), mask, m, canvas.size(),
                    Imgproc.INTER_NEAREST);
            Imgproc.GaussianBlur(warped, warped, new Size(0, 0), Math.max(0.5, textPx / 25.0));
            warped.copyTo(canvas, mask);
            for (Mat t : new Mat[] {flat, m, warped, mask, from, to}) {
                t.release();
            }
            return this;
        }

        /** A QR code {@code size} pixels square holding {@code payload}, top-left at x, y. */
        public Scene qr(int x, int y, int size, String payload) {
            Objects.requireNonNull(payload, "payload");
            Mat code = new Mat();
            QRCodeEncoder.create().encode(payload, code);
            Mat quiet = new Mat();
            Core.copyMakeBorder(code, quiet, 4, 4, 4, 4, Core.BORDER_CONSTANT, new Scalar(255));
            Mat big = new Mat();
            Imgproc.resize(quiet, big, new Size(size, size), 0, 0, Imgproc.INTER_NEAREST);
            Mat bgr = new Mat();
            Imgproc.cvtColor(big, bgr, Imgproc.COLOR_GRAY2BGR);
            paste(bgr, x, y);
            return this;
        }

        /** EXIF GPS position. */
        public Scene gps(double latitude, double longitude) {
            this.lat = latitude;
            this.lon = longitude;
            return this;
        }

        /** EXIF Artist. */
        public Scene artist(String name) {
            this.artist = Objects.requireNonNull(name, "name");
            return this;
        }

        /** Stores the pixels turned so that EXIF orientation {@code o} (1..8) displays this scene upright. */
        public Scene orientation(int o) {
            if (o < 1 || o > 8) {
                throw new IllegalArgumentException("orientation must be within 1..8: " + o);
            }
            this.orientation = o;
            return this;
        }

        /** The scene as displayed, BGR; the caller owns the copy. */
        public Mat pixels() {
            return canvas.clone();
        }

        /** Encoded as JPEG (quality 92) with the EXIF set on this scene. */
        public byte[] jpeg() {
            byte[] plain = encode(".jpg", stored(), new MatOfInt(Imgcodecs.IMWRITE_JPEG_QUALITY, 92));
            byte[] exif = exif();
            if (exif.length == 0) {
                return plain;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length + exif.length + 4);
            out.write(plain, 0, 2);
            out.write(0xFF);
            out.write(0xE1);
            int len = exif.length + 2;
            out.write(len >> 8);
            out.write(len & 0xFF);
            out.write(exif, 0, exif.length);
            out.write(plain, 2, plain.length - 2);
            return out.toByteArray();
        }

        /** Encoded as PNG (no metadata). */
        public byte[] png() {
            return encode(".png", stored(), new MatOfInt());
        }

        /** Encoded as WebP (no metadata). */
        public byte[] webp() {
            return encode(".webp", stored(), new MatOfInt(Imgcodecs.IMWRITE_WEBP_QUALITY, 92));
        }

        private Mat stored() {
            Mat out = new Mat();
            switch (orientation) {
                case 2 -> Core.flip(canvas, out, 1);
                case 3 -> Core.rotate(canvas, out, Core.ROTATE_180);
                case 4 -> Core.flip(canvas, out, 0);
                case 5 -> Core.transpose(canvas, out);
                case 6 -> Core.rotate(canvas, out, Core.ROTATE_90_COUNTERCLOCKWISE);
                case 7 -> {
                    Mat t = new Mat();
                    Core.flip(canvas, t, -1);
                    Core.transpose(t, out);
                }
                case 8 -> Core.rotate(canvas, out, Core.ROTATE_90_CLOCKWISE);
                default -> canvas.copyTo(out);
            }
            return out;
        }

        private void paste(Mat src, int x, int y) {
            Rect target = clip(new Rect(x, y, src.cols(), src.rows()));
            if (target.width <= 0 || target.height <= 0) {
                return;
            }
            src.submat(new Rect(target.x - x, target.y - y, target.width, target.height))
                    .copyTo(canvas.submat(target));
        }

        private Rect clip(Rect r) {
            int x0 = Math.max(0, r.x);
            int y0 = Math.max(0, r.y);
            int x1 = Math.min(width, r.x + r.width);
            int y1 = Math.min(height, r.y + r.height);
            return new Rect(x0, y0, Math.max(0, x1 - x0), Math.max(0, y1 - y0));
        }

        /** "Exif\0\0" and a big-endian TIFF block: IFD0 (orientation, artist, GPS pointer) and the GPS IFD. */
        private byte[] exif() {
            boolean gps = lat != null;
            int n0 = (orientation != 1 ? 1 : 0) + (artist != null ? 1 : 0) + (gps ? 1 : 0);
            if (n0 == 0) {
                return new byte[0];
            }
            byte[] artistBytes = artist == null ? new byte[0] : (artist + "\0").getBytes(StandardCharsets.US_ASCII);
            int ifd0 = 8;
            int ifd0End = ifd0 + 2 + 12 * n0 + 4;
            int artistAt = ifd0End;
            // ASCII of 4 bytes or fewer sits in the entry itself
            byte[] artistData = artistBytes.length <= 4 ? new byte[0] : artistBytes;
            int gpsAt = artistAt + artistData.length + (artistData.length % 2);
            int gpsData = gpsAt + 2 + 12 * 4 + 4;
            ByteBuffer b = ByteBuffer.allocate(gpsData + 48 + 16);
            b.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(ifd0);
            b.putShort((short) n0);
            if (orientation != 1) {
                b.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation)
                        .putShort((short) 0);
            }
            if (artist != null) {
                b.putShort((short) 0x013B).putShort((short) 2).putInt(artistBytes.length);
                if (artistBytes.length <= 4) {
                    b.put(java.util.Arrays.copyOf(artistBytes, 4));
                } else {
                    b.putInt(artistAt);
                }
            }
            if (gps) {
                b.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsAt);
            }
            b.putInt(0);
            b.put(artistData);
            if (artistData.length % 2 == 1) {
                b.put((byte) 0);
            }
            if (gps) {
                b.putShort((short) 4);
                b.putShort((short) 1).putShort((short) 2).putInt(2).put((byte) (lat >= 0 ? 'N' : 'S'))
                        .put((byte) 0).putShort((short) 0);
                b.putShort((short) 2).putShort((short) 5).putInt(3).putInt(gpsData);
                b.putShort((short) 3).putShort((short) 2).putInt(2).put((byte) (lon >= 0 ? 'E' : 'W'))
                        .put((byte) 0).putShort((short) 0);
                b.putShort((short) 4).putShort((short) 5).putInt(3).putInt(gpsData + 24);
                b.putInt(0);
                rational(b, Math.abs(lat));
                rational(b, Math.abs(lon));
            }
            byte[] tiff = new byte[b.position()];
            b.flip();
            b.get(tiff);
            byte[] out = new byte[6 + tiff.length];
            System.arraycopy("Exif\0\0".getBytes(StandardCharsets.US_ASCII), 0, out, 0, 6);
            System.arraycopy(tiff, 0, out, 6, tiff.length);
            return out;
        }

        private static void rational(ByteBuffer b, double deg) {
            int d = (int) deg;
            double m = (deg - d) * 60;
            int mi = (int) m;
            int s100 = (int) Math.round((m - mi) * 60 * 100);
            b.putInt(d).putInt(1).putInt(mi).putInt(1).putInt(s100).putInt(100);
        }
    }

    private static String word(Random rnd) {
        String[] w = {"Harper", "Quinn", "Morrow", "Ellis", "Stone", "Avery", "Lane", "Brook", "Reed", "Hale"};
        return w[rnd.nextInt(w.length)];
    }

    /** A room-like background: a soft gradient, a few soft shapes and sensor noise, so nothing is flat. */
    private static Mat background(int width, int height) {
        Mat m = new Mat(height, width, CvType.CV_8UC3);
        Mat row = new Mat(1, width, CvType.CV_8UC3);
        Mat col = new Mat(height, 1, CvType.CV_8UC3);
        byte[] rb = new byte[width * 3];
        for (int x = 0; x < width; x++) {
            double t = (double) x / width;
            rb[3 * x] = (byte) (150 + 40 * t);
            rb[3 * x + 1] = (byte) (160 + 20 * t);
            rb[3 * x + 2] = (byte) (175 - 30 * t);
        }
        row.put(0, 0, rb);
        Imgproc.resize(row, m, new Size(width, height), 0, 0, Imgproc.INTER_NEAREST);
        Random rnd = new Random(width * 31L + height);
        int shapes = 6;
        for (int i = 0; i < shapes; i++) {
            Point c = new Point(rnd.nextInt(width), rnd.nextInt(height));
            Size axes = new Size(width * (0.05 + 0.15 * rnd.nextDouble()), height * (0.05 + 0.15 * rnd.nextDouble()));
            Imgproc.ellipse(m, c, axes, rnd.nextInt(180), 0, 360,
                    new Scalar(90 + rnd.nextInt(120), 90 + rnd.nextInt(120), 90 + rnd.nextInt(120)), -1);
        }
        int k = (Math.max(3, Math.min(width, height) / 40)) | 1;
        Imgproc.GaussianBlur(m, m, new Size(k, k), 0);
        Mat noise = new Mat(m.size(), m.type());
        Core.randn(noise, 0, 3);
        Mat noisy = new Mat();
        Core.add(m, noise, noisy);
        Mat low = new Mat(m.size(), m.type(), new Scalar(3, 3, 3));
        Core.subtract(noisy, low, noisy);
        Core.add(noisy, low, noisy);
        noise.release();
        row.release();
        col.release();
        m.release();
        low.release();
        return noisy;
    }

    private static byte[] encode(String ext, Mat pixels, MatOfInt params) {
        MatOfByte out = new MatOfByte();
        if (!Imgcodecs.imencode(ext, pixels, out, params)) {
            throw new IllegalStateException("OpenCV could not encode " + ext);
        }
        byte[] bytes = out.toArray();
        out.release();
        pixels.release();
        return bytes;
    }

    private static byte[] resource(String path) {
        try (InputStream in = SampleImages.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the jar: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
