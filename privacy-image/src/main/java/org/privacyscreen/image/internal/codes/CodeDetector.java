package org.privacyscreen.image.internal.codes;

import java.util.ArrayList;
import java.util.List;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint2f;
import org.opencv.core.Point;
import org.opencv.core.Rect;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;
import org.opencv.objdetect.ArucoDetector;
import org.opencv.objdetect.BarcodeDetector;
import org.opencv.objdetect.DetectorParameters;
import org.opencv.objdetect.Dictionary;
import org.opencv.objdetect.QRCodeDetector;
import org.opencv.objdetect.QRCodeDetectorAruco;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.Location;
import org.privacyscreen.image.internal.Deadline;
import org.privacyscreen.image.internal.NativePool;
import org.privacyscreen.image.internal.decode.Decoded;
import org.privacyscreen.image.internal.decode.ImageCache;
import org.privacyscreen.image.internal.decode.OpenCv;
import org.privacyscreen.spi.ImageDetector;
import org.privacyscreen.spi.ScreeningContext;

/**
 * QR codes (OpenCV's QRCodeDetector) and linear barcodes (OpenCV's BarcodeDetector) on wristbands, forms and
 * labels. The decoded payload goes only into the masked excerpt. A QR code that is found but not decoded is still
 * reported when its finder patterns check out ({@link FinderPatterns}), since a better reader than ours may decode
 * it; a linear barcode only when it is read.
 */
public final class CodeDetector implements ImageDetector {
    public static final String ID = "barcodes";
    /** Codes are looked for on a copy this long at most (a 12 MP photo: about 20 ms), then read at full detail. */
    static final int FIND_SIDE = 1000;
    /** The smallest QR code has 21 modules. */
    static final int MIN_SIDE = 21;
    /**
     * Finder patterns this many of their own sides apart may belong to one QR code: the largest code (version 40)
     * has 177 modules, its finder patterns 7, so their centres are at most about 24 sides apart.
     */
    static final double SAME_CODE = 25;
    /**
     * The QR finder's own look for finder patterns (its ArUco dictionary and parameters, as QRCodeDetectorAruco sets
     * them): run once over the photo, so that the finder proper runs only where three of them are close.
     */
    private static final NativePool<ArucoDetector> FINDER_PATTERNS = pool(CodeDetector::finderPatternDetector);
    /** The ArUco-based finder is faster and finds more codes than the classic one; the classic one reads well. */
    private static final NativePool<QRCodeDetectorAruco> FIND_QR = pool(QRCodeDetectorAruco::new);
    private static final NativePool<QRCodeDetector> READ_QR = pool(QRCodeDetector::new);
    private static final NativePool<BarcodeDetector> BAR = pool(BarcodeDetector::new);

    /** A code in full-resolution pixels with its payload ("" when it could not be decoded). */
    public record Code(String kind, Rect box, String payload) {
    }

    @Override
    public void prepare() {
        OpenCv.load();
    }

    /** Releases the idle detectors of every thread that used them; the next post makes new ones. */
    @Override
    public void close() {
        FINDER_PATTERNS.clear();
        FIND_QR.clear();
        READ_QR.clear();
        BAR.clear();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> detect(ScreeningContext context, int image) {
        ImageCache cache = ImageCache.of(context);
        List<Finding> out = new ArrayList<>();
        for (Code c : codes(cache.decoded(image), cache.deadline())) {
            Rect b = c.box();
            Finding.Builder f = Finding.builder(FindingType.BARCODE)
                    .location(Location.image(image, b.x, b.y, b.width, b.height))
                    .confidence(c.payload().isEmpty() ? 0.7 : 0.99);
            if (c.payload().isEmpty()) {
                f.message("A " + c.kind() + " that this screener could not read, but a phone may: blur it.");
            } else {
                f.excerpt(c.payload()).message("A " + c.kind() + " that can be read (" + c.payload().length()
                        + " characters, masked in the excerpt): blur it.");
            }
            out.add(f.build());
        }
        return out;
    }

    /** The codes in {@code d}, with no deadline. */
    public static List<Code> codes(Decoded d) {
        return codes(d, Deadline.NONE);
    }

    /**
     * The codes in {@code d}: found on a copy at most {@link #FIND_SIDE} long, read from full-detail crops;
     * {@code deadline} is checked before each native stage.
     */
    public static List<Code> codes(Decoded d, Deadline deadline) {
        Mat gray = d.gray();
        if (Math.min(gray.cols(), gray.rows()) < MIN_SIDE) {
            return List.of(); // too small to hold a readable code
        }
        deadline.check();
        double k = Math.min(1.0, (double) FIND_SIDE / Math.max(gray.cols(), gray.rows()));
        Mat small = gray;
        if (k < 1.0) {
            small = new Mat();
            // bilinear: a third of the cost of area averaging here, and the finder tolerates the aliasing
            Imgproc.resize(gray, small, new Size(Math.round(gray.cols() * k), Math.round(gray.rows() * k)), 0, 0,
                    Imgproc.INTER_LINEAR);
        }
        List<Code> out = new ArrayList<>();
        try {
            for (Rect area : qrAreas(small)) {
                deadline.check();
                qrCodes(d, small, area, k, deadline, out);
            }
            deadline.check();
            linearCodes(d, small, k, out);
        } finally {
            if (small != gray) {
                small.release();
            }
        }
        return out;
    }

    /** Adds the QR codes that the finder sees in {@code area} of {@code small} (the photo at scale {@code k}). */
    private static void qrCodes(Decoded d, Mat small, Rect area, double k, Deadline deadline, List<Code> out) {
        Mat gray = d.gray();
        Mat sub = small.submat(area);
        Mat points = new Mat();
        try {
            if (!FIND_QR.with(q -> q.detectMulti(sub, points))) {
                return;
            }
            for (int i = 0; i < points.rows(); i++) {
                deadline.check();
                Point[] corners = FinderPatterns.corners(points.row(i), area.x, area.y, k);
                Rect w = around(corners, gray);
                String payload = readQr(gray, w, corners);
                // unread, it must at least show a QR code's finder patterns: texture sets the finder off
                if (!payload.isEmpty() || FinderPatterns.verified(gray, corners)) {
                    Rect f = full(d, w);
                    if (out.stream().noneMatch(c -> c.box().equals(f))) {
                        out.add(new Code("QR code", f, payload));
                    }
                }
            }
        } finally {
            sub.release();
            points.release();
        }
    }

    /** Adds the linear barcodes found in {@code small} and read at the working scale that nothing found overlaps. */
    private static void linearCodes(Decoded d, Mat small, double k, List<Code> out) {
        Mat gray = d.gray();
        Mat barPoints = new Mat();
        try {
            if (!BAR.with(b -> b.detectMulti(small, barPoints))) {
                return;
            }
            // read at the working scale where the finder found them: a crop alone loses the finder's context
            Mat atWorking = new Mat();
            barPoints.convertTo(atWorking, barPoints.type(), 1 / k);
            List<String> values = new ArrayList<>();
            List<String> types = new ArrayList<>();
            BAR.with(b -> b.decodeWithType(gray, atWorking, values, types));
            atWorking.release();
            for (int i = 0; i < barPoints.rows(); i++) {
                Rect f = full(d, around(FinderPatterns.corners(barPoints.row(i), 0, 0, k), gray));
                // a linear code counts only when read: its finder fires on wood grain, slats, brush bristles
                // and screenshots' gradients, and has no pattern of its own to check
                String payload = i < values.size() && values.get(i) != null ? values.get(i) : "";
                if (!payload.isEmpty() && out.stream().noneMatch(c -> overlaps(c.box(), f))) {
                    out.add(new Code("barcode", f, payload));
                }
            }
        } finally {
            barPoints.release();
        }
    }

    /**
     * The areas of {@code small} where a QR code can be: around each group of three or more of the finder patterns
     * that the QR finder looks for first, grown by a margin for its thresholds, overlapping areas merged. The QR
     * finder's costly part (adaptive thresholds over a pyramid of its whole input) then covers the codes, not the
     * photo: a photo without three close finder patterns pays only for looking for them.
     */
    static List<Rect> qrAreas(Mat small) {
        List<Mat> found = new ArrayList<>();
        Mat ids = new Mat();
        FINDER_PATTERNS.with(f -> {
            f.detectMarkers(small, found, ids);
            return null;
        });
        ids.release();
        int n = found.size();
        double[][] p = new double[n][]; // centre x, y, side, then the bounds x0, y0, x1, y1
        for (int i = 0; i < n; i++) {
            float[] v = new float[8];
            found.get(i).get(0, 0, v);
            found.get(i).release();
            double side = 0;
            double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
            for (int j = 0; j < 4; j++) {
                side += Math.hypot(v[2 * j] - v[(2 * j + 2) % 8], v[2 * j + 1] - v[(2 * j + 3) % 8]) / 4;
                x0 = Math.min(x0, v[2 * j]);
                y0 = Math.min(y0, v[2 * j + 1]);
                x1 = Math.max(x1, v[2 * j]);
                y1 = Math.max(y1, v[2 * j + 1]);
            }
            p[i] = new double[] {(x0 + x1) / 2, (y0 + y1) / 2, side, x0, y0, x1, y1};
        }
        if (n < 3) {
            return List.of(); // the QR finder needs three finder patterns
        }
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            group[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (Math.hypot(p[i][0] - p[j][0], p[i][1] - p[j][1]) <= SAME_CODE * Math.max(p[i][2], p[j][2])) {
                    group[root(group, i)] = root(group, j);
                }
            }
        }
        List<Rect> areas = new ArrayList<>();
        for (int g = 0; g < n; g++) {
            int members = 0;
            double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
            double side = 0;
            for (int i = 0; i < n; i++) {
                if (root(group, i) == g) {
                    members++;
                    x0 = Math.min(x0, p[i][3]);
                    y0 = Math.min(y0, p[i][4]);
                    x1 = Math.max(x1, p[i][5]);
                    y1 = Math.max(y1, p[i][6]);
                    side = Math.max(side, p[i][2]);
                }
            }
            if (members >= 3) {
                // the finder thresholds over windows of up to ~2 finder sides around the code
                double m = 2 * side + 16;
                areas.add(clip(x0 - m, y0 - m, x1 + m, y1 + m, small));
            }
        }
        return merged(areas);
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static Rect clip(double x0, double y0, double x1, double y1, Mat m) {
        int a = (int) Math.max(0, Math.floor(x0));
        int b = (int) Math.max(0, Math.floor(y0));
        int c = (int) Math.min(m.cols(), Math.ceil(x1));
        int e = (int) Math.min(m.rows(), Math.ceil(y1));
        return new Rect(a, b, Math.max(1, c - a), Math.max(1, e - b));
    }

    /** {@code areas} with every overlapping pair replaced by the box around both, until none overlap. */
    static List<Rect> merged(List<Rect> areas) {
        List<Rect> out = new ArrayList<>(areas);
        boolean changed = true;
        while (changed) {
            changed = false;
            outer:
            for (int i = 0; i < out.size(); i++) {
                for (int j = i + 1; j < out.size(); j++) {
                    if (overlaps(out.get(i), out.get(j))) {
                        Rect a = out.get(i);
                        Rect b = out.remove(j);
                        int x0 = Math.min(a.x, b.x);
                        int y0 = Math.min(a.y, b.y);
                        out.set(i, new Rect(x0, y0, Math.max(a.x + a.width, b.x + b.width) - x0,
                                Math.max(a.y + a.height, b.y + b.height) - y0));
                        changed = true;
                        break outer;
                    }
                }
            }
        }
        return out;
    }

    /**
     * The payload of the QR code with {@code corners} (working pixels) inside box {@code w}, or "" when it cannot be
     * read: first with the finder's corners (no second detection), then by each detector looking afresh.
     */
    private static String readQr(Mat gray, Rect w, Point[] corners) {
        Mat crop = gray.submat(w);
        Point[] inCrop = new Point[4];
        for (int i = 0; i < 4; i++) {
            inCrop[i] = new Point(corners[i].x - w.x, corners[i].y - w.y);
        }
        MatOfPoint2f points = new MatOfPoint2f(inCrop);
        try {
            String s = READ_QR.with(r -> r.decode(crop, points));
            if (s == null || s.isEmpty()) {
                s = READ_QR.with(r -> r.detectAndDecode(crop));
            }
            if (s == null || s.isEmpty()) {
                s = FIND_QR.with(r -> r.detectAndDecode(crop));
            }
            return s == null ? "" : s;
        } finally {
            crop.release();
            points.release();
        }
    }

    /** The box of the working image around {@code corners}, with a quiet-zone margin. */
    private static Rect around(Point[] corners, Mat gray) {
        double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
        for (Point c : corners) {
            x0 = Math.min(x0, c.x);
            y0 = Math.min(y0, c.y);
            x1 = Math.max(x1, c.x);
            y1 = Math.max(y1, c.y);
        }
        double m = 0.2 * Math.max(x1 - x0, y1 - y0);
        Rect r = clip(x0 - m, y0 - m, x1 + m, y1 + m, gray);
        return new Rect(Math.min(r.x, gray.cols() - 1), Math.min(r.y, gray.rows() - 1), r.width, r.height);
    }

    private static Rect full(Decoded d, Rect w) {
        int x0 = Math.min(d.full(w.x), d.width() - 1);
        int y0 = Math.min(d.full(w.y), d.height() - 1);
        int x1 = Math.min(d.width(), d.full(w.x + w.width));
        int y1 = Math.min(d.height(), d.full(w.y + w.height));
        return new Rect(x0, y0, Math.max(1, x1 - x0), Math.max(1, y1 - y0));
    }

    private static boolean overlaps(Rect a, Rect b) {
        return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    }

    /** The finder-pattern detector of QRCodeDetectorAruco: dark 3x3 centre in a light ring, in a dark border. */
    private static ArucoDetector finderPatternDetector() {
        OpenCv.load();
        Mat bits = Mat.ones(5, 5, CvType.CV_8UC1);
        bits.submat(1, 4, 1, 4).setTo(new org.opencv.core.Scalar(0));
        Mat bytes = Dictionary.getByteListFromBits(bits);
        bits.release();
        DetectorParameters params = new DetectorParameters();
        params.set_minMarkerPerimeterRate(0.02);
        return new ArucoDetector(new Dictionary(bytes, 5, 4), params);
    }

    private static <T> NativePool<T> pool(java.util.function.Supplier<T> make) {
        // no explicit release: OpenCV's Java objects free their native part when collected
        return new NativePool<>(() -> {
            OpenCv.load();
            return make.get();
        }, t -> { });
    }
}
