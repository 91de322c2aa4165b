package org.privacyscreen.image.internal.codes;

import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint2f;
import org.opencv.core.Point;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Checks that a quadrilateral the QR finder reported has a QR code's finder patterns: in three of its corners, the
 * dark-light-dark-light-dark runs of 1:1:3:1:1 modules met along the diagonal from the corner inwards. Foliage, bark
 * and brushes can set off the finder, never with three such targets in the corners of one square.
 */
final class FinderPatterns {
    /** The quadrilateral is looked at as a square this many pixels a side. */
    static final int SIDE = 240;
    /** Corners out of four that must hold a finder pattern (a QR code has three). */
    static final int NEEDED = 3;
    /** The smallest finder (version 1: 7 of 21 modules) spans a third of the side; the largest far less. */
    static final double MAX_SHARE = 0.45;

    private FinderPatterns() {
    }

    /**
     * Whether {@code corners} (four points in {@code gray}'s pixels, in order round the quadrilateral) hold a QR
     * code's finder patterns.
     */
    static boolean verified(Mat gray, Point[] corners) {
        MatOfPoint2f from = new MatOfPoint2f(corners);
        MatOfPoint2f to = new MatOfPoint2f(new Point(0, 0), new Point(SIDE - 1, 0), new Point(SIDE - 1, SIDE - 1),
                new Point(0, SIDE - 1));
        Mat h = Imgproc.getPerspectiveTransform(from, to);
        Mat square = new Mat();
        Imgproc.warpPerspective(gray, square, h, new Size(SIDE, SIDE), Imgproc.INTER_LINEAR);
        Mat bin = new Mat();
        Imgproc.threshold(square, bin, 0, 255, Imgproc.THRESH_BINARY | Imgproc.THRESH_OTSU);
        byte[] px = new byte[SIDE * SIDE];
        bin.get(0, 0, px);
        from.release();
        to.release();
        h.release();
        square.release();
        bin.release();
        int found = 0;
        int[][] starts = {{0, 0, 1, 1}, {SIDE - 1, 0, -1, 1}, {SIDE - 1, SIDE - 1, -1, -1}, {0, SIDE - 1, 1, -1}};
        for (int[] s : starts) {
            if (finderAt(px, s[0], s[1], s[2], s[3])) {
                found++;
            }
        }
        return found >= NEEDED;
    }

    /** Whether the diagonal from corner (x, y) in direction (dx, dy) crosses runs of 1:1:3:1:1. */
    private static boolean finderAt(byte[] px, int x, int y, int dx, int dy) {
        int limit = (int) (SIDE * MAX_SHARE * 1.2);
        int[] runs = new int[5];
        int run = 0;
        int i = 0;
        // the detector's corner can sit a pixel or two outside the code, on its quiet zone
        while (i < 4 && !dark(px, x + i * dx, y + i * dy)) {
            i++;
        }
        boolean wantDark = true;
        for (; i < limit && run < 5; i++) {
            boolean d = dark(px, x + i * dx, y + i * dy);
            if (d == wantDark) {
                runs[run]++;
            } else {
                run++;
                wantDark = !wantDark;
                if (run < 5) {
                    runs[run] = 1;
                }
            }
        }
        if (run < 5) {
            return false;
        }
        int total = runs[0] + runs[1] + runs[2] + runs[3] + runs[4];
        if (total < 7 || total > SIDE * MAX_SHARE * Math.sqrt(2)) {
            return false;
        }
        double module = total / 7.0;
        double slack = module / 2;
        return Math.abs(runs[0] - module) < slack && Math.abs(runs[1] - module) < slack
                && Math.abs(runs[2] - 3 * module) < 3 * slack && Math.abs(runs[3] - module) < slack
                && Math.abs(runs[4] - module) < slack;
    }

    private static boolean dark(byte[] px, int x, int y) {
        return px[y * SIDE + x] == 0;
    }

    /**
     * The four corners in row {@code row} of a detector's points (8 floats) found in an area at ({@code dx},
     * {@code dy}) of a copy at scale {@code k}, in the working image's pixels.
     */
    static Point[] corners(Mat row, double dx, double dy, double k) {
        Mat pts = new Mat();
        row.reshape(1, 1).convertTo(pts, CvType.CV_32F);
        float[] v = new float[8];
        pts.get(0, 0, v);
        pts.release();
        Point[] out = new Point[4];
        for (int i = 0; i < 4; i++) {
            out[i] = new Point((v[2 * i] + dx) / k, (v[2 * i + 1] + dy) / k);
        }
        return out;
    }
}
