package org.privacyscreen.image.internal;

import java.util.ArrayList;
import java.util.List;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint;
import org.opencv.core.Rect;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Finds lines of text with a classical gradient method (morphological gradient, threshold, horizontal closing,
 * connected regions), then keeps the regions whose shape and stroke rhythm look like text and groups them into
 * documents. Works on the grey working image; no model, a few milliseconds a megapixel.
 */
public final class TextRegions {
    /** Smallest line height in working pixels that is examined at all. */
    static final int MIN_LINE_PX = 4;

    /** A line of text in working pixels; {@code strokes} counts dark-light changes along it. */
    public record Line(Rect box, int strokes) {
    }

    /** Lines grouped into one document, form, screen or label (working pixels). */
    public record Document(Rect box, List<Line> lines, int rows, double medianLineHeight) {
    }

    private TextRegions() {
    }

    /** The lines of text in {@code gray}. */
    public static List<Line> lines(Mat gray) {
        Mat grad = new Mat();
        Mat kernel = Imgproc.getStructuringElement(Imgproc.MORPH_ELLIPSE, new Size(3, 3));
        Imgproc.morphologyEx(gray, grad, Imgproc.MORPH_GRADIENT, kernel);
        Mat bin = new Mat();
        double otsu = Imgproc.threshold(grad, bin, 0, 255, Imgproc.THRESH_BINARY | Imgproc.THRESH_OTSU);
        if (otsu < 40) {
            // a flat photo: Otsu would split noise; text strokes have strong edges
            Imgproc.threshold(grad, bin, 40, 255, Imgproc.THRESH_BINARY);
        }
        grad.release();
        Mat joined = new Mat();
        Mat horizontal = Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(9, 1));
        Imgproc.morphologyEx(bin, joined, Imgproc.MORPH_CLOSE, horizontal);
        List<MatOfPoint> contours = new ArrayList<>();
        Mat hierarchy = new Mat();
        Imgproc.findContours(joined, contours, hierarchy, Imgproc.RETR_EXTERNAL, Imgproc.CHAIN_APPROX_SIMPLE);
        hierarchy.release();
        int maxH = Math.max(MIN_LINE_PX + 1, gray.rows() / 8);
        List<Line> out = new ArrayList<>();
        for (MatOfPoint c : contours) {
            Rect r = Imgproc.boundingRect(c);
            c.release();
            if (r.height < MIN_LINE_PX || r.height > maxH || r.width < 1.5 * r.height) {
                continue;
            }
            Mat roi = joined.submat(r);
            double fill = Core.countNonZero(roi) / (double) r.area();
            roi.release();
            if (fill < 0.45) {
                continue;
            }
            int strokes = strokes(gray, r);
            // letters: at least about one dark-light change per character width
            if (strokes < Math.max(4, 0.8 * r.width / r.height)) {
                continue;
            }
            out.add(new Line(r, strokes));
        }
        bin.release();
        joined.release();
        return out;
    }

    /** Most dark/light changes along three rows through the line, with hysteresis against noise. */
    static int strokes(Mat gray, Rect r) {
        int best = 0;
        byte[] row = new byte[r.width];
        for (double f : new double[] {0.35, 0.5, 0.65}) {
            int y = r.y + (int) (f * r.height);
            gray.get(y, r.x, row);
            int min = 255, max = 0;
            for (byte b : row) {
                min = Math.min(min, b & 0xFF);
                max = Math.max(max, b & 0xFF);
            }
            if (max - min < 40) {
                continue;
            }
            double lo = min + 0.35 * (max - min);
            double hi = min + 0.65 * (max - min);
            int state = 0;
            int changes = 0;
            for (byte b : row) {
                int v = b & 0xFF;
                int s = v <= lo ? -1 : v >= hi ? 1 : state;
                if (state != 0 && s != state) {
                    changes++;
                }
                state = s;
            }
            best = Math.max(best, changes);
        }
        return best;
    }

    /** Groups lines that sit one above another with similar heights into documents. */
    public static List<Document> documents(List<Line> lines) {
        int n = lines.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            Rect a = lines.get(i).box();
            for (int j = i + 1; j < n; j++) {
                Rect b = lines.get(j).box();
                double ratio = (double) Math.max(a.height, b.height) / Math.min(a.height, b.height);
                int h = Math.max(a.height, b.height);
                int gapX = Math.max(a.x, b.x) - Math.min(a.x + a.width, b.x + b.width);
                int gapY = Math.max(a.y, b.y) - Math.min(a.y + a.height, b.y + b.height);
                if (ratio <= 2.5 && gapX <= 3 * h && gapY <= 2 * h) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        java.util.Map<Integer, List<Line>> groups = new java.util.LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(lines.get(i));
        }
        List<Document> docs = new ArrayList<>();
        for (List<Line> g : groups.values()) {
            int x0 = Integer.MAX_VALUE, y0 = Integer.MAX_VALUE, x1 = 0, y1 = 0;
            double[] heights = new double[g.size()];
            for (int i = 0; i < g.size(); i++) {
                Rect r = g.get(i).box();
                x0 = Math.min(x0, r.x);
                y0 = Math.min(y0, r.y);
                x1 = Math.max(x1, r.x + r.width);
                y1 = Math.max(y1, r.y + r.height);
                heights[i] = r.height;
            }
            java.util.Arrays.sort(heights);
            docs.add(new Document(new Rect(x0, y0, x1 - x0, y1 - y0), List.copyOf(g), rows(g),
                    heights[heights.length / 2]));
        }
        return docs;
    }

    /** How many rows the lines form: words on one row overlap vertically by more than half. */
    static int rows(List<Line> lines) {
        List<Rect> sorted = new ArrayList<>(lines.stream().map(Line::box).toList());
        sorted.sort(java.util.Comparator.comparingDouble(r -> r.y + r.height / 2.0));
        int rows = 0;
        double rowBottom = Double.NEGATIVE_INFINITY;
        for (Rect r : sorted) {
            double cy = r.y + r.height / 2.0;
            if (cy > rowBottom) {
                rows++;
                rowBottom = r.y + r.height;
            }
        }
        return rows;
    }

    private static int find(int[] p, int i) {
        while (p[i] != i) {
            p[i] = p[p[i]];
            i = p[i];
        }
        return i;
    }
}
