package org.privacyscreen.image.internal.decode;

import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;
import org.privacyscreen.ImageFormat;

/** Decodes checked bytes with OpenCV, at a reduced scale where the photo is large, and applies the orientation. */
public final class Decoder {
    /** The working image keeps at least this long side, so text a few pixels high at full size survives. */
    static final int MIN_WORKING_SIDE = 1500;

    private Decoder() {
    }

    /** The reduction 1, 2, 4 or 8 for a photo whose long side is {@code longSide}. */
    static int reduction(int longSide) {
        int f = 1;
        while (f < 8 && longSide / (f * 2) >= MIN_WORKING_SIDE) {
            f *= 2;
        }
        return f;
    }

    /** Decodes at a scale chosen for detection. */
    public static Decoded forDetection(byte[] bytes, Header header, String label) {
        int f = reduction(Math.max(header.storedWidth(), header.storedHeight()));
        return decode(bytes, header, label, f);
    }

    /** Decodes at full resolution (for remediation). */
    public static Decoded full(byte[] bytes, Header header, String label) {
        return decode(bytes, header, label, 1);
    }

    /**
     * The grey pixels at full resolution, as displayed: for reading small text that the detection scale has lost.
     * A JPEG decodes to grey without colour conversion, faster than the reduced colour decode.
     */
    public static Mat fullGray(byte[] bytes, Header header, String label) {
        return orient(stored(bytes, header, label, Imgcodecs.IMREAD_GRAYSCALE, 1), header.orientation());
    }

    private static Mat stored(byte[] bytes, Header header, String label, int flags, int reduction) {
        OpenCv.load();
        Mat stored = null;
        if (header.format() == ImageFormat.JPEG) {
            boolean grey = flags == Imgcodecs.IMREAD_GRAYSCALE;
            stored = (grey ? JpegTurbo.luminance(bytes, reduction) : JpegTurbo.bgr(bytes, reduction)).orElse(null);
        }
        if (stored == null) {
            MatOfByte buf = new MatOfByte(bytes);
            try {
                stored = Imgcodecs.imdecode(buf, flags | Imgcodecs.IMREAD_IGNORE_ORIENTATION);
            } catch (RuntimeException e) {
                throw Header.invalid(label, "the decoder refused it");
            } finally {
                buf.release();
            }
        }
        int ew = (header.storedWidth() + reduction - 1) / reduction;
        int eh = (header.storedHeight() + reduction - 1) / reduction;
        if (stored.empty() || Math.abs(stored.cols() - ew) > 1 || Math.abs(stored.rows() - eh) > 1) {
            stored.release();
            throw Header.invalid(label, "the pixels do not match the header");
        }
        return stored;
    }

    private static Decoded decode(byte[] bytes, Header header, String label, int reduction) {
        int flags = switch (reduction) {
            case 2 -> Imgcodecs.IMREAD_REDUCED_COLOR_2;
            case 4 -> Imgcodecs.IMREAD_REDUCED_COLOR_4;
            case 8 -> Imgcodecs.IMREAD_REDUCED_COLOR_8;
            default -> Imgcodecs.IMREAD_COLOR;
        };
        Mat bgr = orient(stored(bytes, header, label, flags, reduction), header.orientation());
        Mat gray = new Mat();
        Imgproc.cvtColor(bgr, gray, Imgproc.COLOR_BGR2GRAY);
        double scale = (double) bgr.cols() / header.width();
        return new Decoded(header, bgr, gray, scale);
    }

    /** The pixels as displayed for EXIF {@code orientation}; releases {@code m} when it makes a new Mat. */
    static Mat orient(Mat m, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return m;
        }
        Mat out = new Mat();
        switch (orientation) {
            case 2 -> Core.flip(m, out, 1);
            case 3 -> Core.rotate(m, out, Core.ROTATE_180);
            case 4 -> Core.flip(m, out, 0);
            case 5 -> Core.transpose(m, out);
            case 6 -> Core.rotate(m, out, Core.ROTATE_90_CLOCKWISE);
            case 7 -> {
                Mat t = new Mat();
                Core.transpose(m, t);
                Core.flip(t, out, -1);
                t.release();
            }
            default -> Core.rotate(m, out, Core.ROTATE_90_COUNTERCLOCKWISE);
        }
        m.release();
        return out;
    }
}
