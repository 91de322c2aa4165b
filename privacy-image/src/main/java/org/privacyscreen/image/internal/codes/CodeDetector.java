package org.privacyscreen.image.internal.codes;

import java.util.ArrayList;
import java.util.List;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint2f;
import org.opencv.core.Rect;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;
import org.opencv.objdetect.BarcodeDetector;
import org.opencv.objdetect.QRCodeDetector;
import org.opencv.objdetect.QRCodeDetectorAruco;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.Location;
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
    /** OpenCV detectors hold state: one per thread. */
    /** Codes are looked for on a copy this long at most (a 12 MP photo: about 20 ms), then read at full detail. */
    static final int FIND_SIDE = 1000;
    /** The smallest QR code has 21 modules. */
    static final int MIN_SIDE = 21;
    /** The ArUco-based finder is faster and finds more codes than the classic one; the classic one reads well. */
    private static final ThreadLocal<QRCodeDetectorAruco> FIND_QR = ThreadLocal.withInitial(() -> {
        OpenCv.load();
        return new QRCodeDetectorAruco();
    });
    private static final ThreadLocal<QRCodeDetector> READ_QR = ThreadLocal.withInitial(() -> {
        OpenCv.load();
        return new QRCodeDetector();
    });
    private static final ThreadLocal<BarcodeDetector> BAR = ThreadLocal.withInitial(() -> {
        OpenCv.load();
        return new BarcodeDetector();
    });

    /** A code in full-resolution pixels with its payload ("" when it could not be decoded). */
    public record Code(String kind, Rect box, String payload) {
    }

    @Override
    public void prepare() {
        OpenCv.load();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> detect(ScreeningContext context, int image) {
        Decoded d = ImageCache.of(context).decoded(image);
        List<Finding> out = new ArrayList<>();
        for (Code c : codes(d)) {
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

    /** The codes in {@code d}: found on a copy at most {@link #FIND_SIDE} long, read from full-detail crops. */
    public static List<Code> codes(Decoded d) {
        Mat gray = d.gray();
        if (Math.min(gray.cols(), gray.rows()) < MIN_SIDE) {
            return List.of(); // too small to hold a readable code
        }
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
            Mat points = new Mat();
            if (FIND_QR.get().detectMulti(small, points)) {
                for (int i = 0; i < points.rows(); i++) {
                    Rect w = working(points.row(i), k, gray);
                    String payload = readQr(gray, w);
                    // unread, it must at least show a QR code's finder patterns: texture sets the finder off
                    if (!payload.isEmpty() || FinderPatterns.verified(gray, FinderPatterns.corners(points.row(i),
                            k))) {
                        out.add(new Code("QR code", full(d, w), payload));
                    }
                }
            }
            points.release();
            Mat barPoints = new Mat();
            if (BAR.get().detectMulti(small, barPoints)) {
                // read at the working scale where the finder found them: a crop alone loses the finder's context
                Mat atWorking = new Mat();
                barPoints.convertTo(atWorking, barPoints.type(), 1 / k);
                List<String> values = new ArrayList<>();
                List<String> types = new ArrayList<>();
                BAR.get().decodeWithType(gray, atWorking, values, types);
                atWorking.release();
                for (int i = 0; i < barPoints.rows(); i++) {
                    Rect f = full(d, working(barPoints.row(i), k, gray));
                    // a linear code counts only when read: its finder fires on wood grain, slats, brush bristles
                    // and screenshots' gradients, and has no pattern of its own to check
                    String payload = i < values.size() && values.get(i) != null ? values.get(i) : "";
                    if (!payload.isEmpty() && out.stream().noneMatch(c -> overlaps(c.box(), f))) {
                        out.add(new Code("barcode", f, payload));
                    }
                }
            }
            barPoints.release();
        } finally {
            if (small != gray) {
                small.release();
            }
        }
        return out;
    }

    /** The payload of the QR code in box {@code w} of the working image, or "" when it cannot be read. */
    private static String readQr(Mat gray, Rect w) {
        Mat crop = gray.submat(w);
        try {
            String s = READ_QR.get().detectAndDecode(crop);
            if (s == null || s.isEmpty()) {
                s = FIND_QR.get().detectAndDecode(crop);
            }
            return s == null ? "" : s;
        } finally {
            crop.release();
        }
    }

    /** Corner points found at scale {@code k}, as a working-image box with a quiet-zone margin. */
    private static Rect working(Mat row, double k, Mat gray) {
        Mat pts = row.reshape(2, 4);
        MatOfPoint2f p = new MatOfPoint2f();
        pts.convertTo(p, org.opencv.core.CvType.CV_32FC2);
        Rect r = Imgproc.boundingRect(p);
        p.release();
        double m = 0.2 * Math.max(r.width, r.height);
        int x0 = (int) Math.max(0, Math.floor((r.x - m) / k));
        int y0 = (int) Math.max(0, Math.floor((r.y - m) / k));
        int x1 = (int) Math.min(gray.cols(), Math.ceil((r.x + r.width + m) / k));
        int y1 = (int) Math.min(gray.rows(), Math.ceil((r.y + r.height + m) / k));
        return new Rect(Math.min(x0, gray.cols() - 1), Math.min(y0, gray.rows() - 1), Math.max(1, x1 - x0),
                Math.max(1, y1 - y0));
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
}
