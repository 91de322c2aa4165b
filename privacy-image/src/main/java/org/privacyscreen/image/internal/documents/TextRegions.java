package org.privacyscreen.image.internal.documents;

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
    public record Line(Rect box, int strokes, int rowChanges) {
    }

    /** Lines grouped into one document, form, screen or label (working pixels). */
    public record Document(Rect box, List<Line> lines, int rows, double medianLineHeight) {
    }

    private TextRegions() {
    }

    /** Large text has gaps wider than the closing kernel: it is looked for again on a copy this many times smaller. */
    static final int COARSE = 3;

    /** The lines of text in {@code gray}, small and large (boxes in {@code gray}'s pixels). */
    public static List<Line> lines(Mat gray) {
        List<Line> fine = linesAt(gray);
        List<Line> out = new ArrayList<>(fine);
        if (Math.min(gray.cols(), gray.rows()) / COARSE >= 64) {
            Mat small = new Mat();
            Imgproc.resize(gray, small, new Size(gray.cols() / COARSE, gray.rows() / COARSE), 0, 0,
                    Imgproc.INTER_AREA);
            for (Line l : linesAt(small)) {
                Rect r = l.box();
                // only text too large for the fine pass: smaller lines were seen there at full detail
                Rect big = new Rect(r.x * COARSE, r.y * COARSE, r.width * COARSE, r.height * COARSE);
                if (r.height >= 8 && fine.stream().noneMatch(f -> holdsCentre(big, f.box()))) {
                    out.add(new Line(big, l.strokes(), l.rowChanges()));
                }
            }
            small.release();
        }
        return out;
    }

    private static boolean holdsCentre(Rect outer, Rect r) {
        double cx = r.x + r.width / 2.0;
        double cy = r.y + r.height / 2.0;
        return cx >= outer.x && cx <= outer.x + outer.width && cy >= outer.y && cy <= outer.y + outer.height;
    }

    private static List<Line> linesAt(Mat gray) {
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
        removeRules(bin);
        Mat joined = new Mat();
        Mat horizontal = Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(9, 1));
        Imgproc.morphologyEx(bin, joined, Imgproc.MORPH_CLOSE, horizontal);
        List<MatOfPoint> contours = new ArrayList<>();
        Mat hierarchy = new Mat();
        // two levels: text inside a form's outline is an outer boundary too, unlike with RETR_EXTERNAL
        Imgproc.findContours(joined, contours, hierarchy, Imgproc.RETR_CCOMP, Imgproc.CHAIN_APPROX_SIMPLE);
        int[] h = new int[4];
        int maxH = Math.max(MIN_LINE_PX + 1, gray.rows() / 8);
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < contours.size(); i++) {
            MatOfPoint c = contours.get(i);
            hierarchy.get(0, i, h);
            Rect r = Imgproc.boundingRect(c);
            c.release();
            if (h[3] >= 0) {
                continue; // a hole
            }
            if (r.height < MIN_LINE_PX || r.height > maxH || r.width < 1.5 * r.height) {
                continue;
            }
            Mat roi = joined.submat(r);
            double fill = Core.countNonZero(roi) / (double) r.area();
            roi.release();
            if (fill < 0.4) {
                continue;
            }
            int strokes = strokes(gray, r);
            // letters are about as wide as high and cross the middle of the line about three times each; rows of
            // text too small to tell apart merge into a taller "line" with too few changes across and too many down
            if (strokes < Math.max(4, 2.8 * r.width / r.height)) {
                continue;
            }
            int down = rowChanges(gray, r);
            if (down > 7) {
                continue;
            }
            out.add(new Line(r, strokes, down));
        }
        hierarchy.release();
        bin.release();
        joined.release();
        return out;
    }

    /** Long straight edges (form rules, box outlines, underlines) are no text and would weld lines together. */
    static final int RULE_PX = 40;

    private static void removeRules(Mat bin) {
        Mat rules = new Mat();
        Mat line = new Mat();
        Imgproc.morphologyEx(bin, rules, Imgproc.MORPH_OPEN,
                Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(RULE_PX, 1)));
        Imgproc.morphologyEx(bin, line, Imgproc.MORPH_OPEN,
                Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(1, RULE_PX)));
        Core.bitwise_or(rules, line, rules);
        Core.subtract(bin, rules, bin);
        rules.release();
        line.release();
    }

    /**
     * The median count of dark/light changes down the columns of a line: one row of letters gives a few; a block
     * of rows too small to separate, seen as one line, gives two or more per row.
     */
    static int rowChanges(Mat gray, Rect r) {
        int cols = Math.min(15, r.width);
        int[] counts = new int[cols];
        byte[] col = new byte[r.height];
        Mat roi = gray.submat(r);
        Mat column = new Mat();
        for (int k = 0; k < cols; k++) {
            int x = (int) ((k + 0.5) * r.width / cols);
            roi.col(x).copyTo(column);
            column.get(0, 0, col);
            counts[k] = changes(col);
        }
        column.release();
        roi.release();
        java.util.Arrays.sort(counts);
        return counts[cols * 3 / 4];
    }

    private static int changes(byte[] values) {
        int min = 255, max = 0;
        for (byte b : values) {
            min = Math.min(min, b & 0xFF);
            max = Math.max(max, b & 0xFF);
        }
        if (max - min < 40) {
            return 0;
        }
        double lo = min + 0.35 * (max - min);
        double hi = min + 0.65 * (max - min);
        int state = 0;
        int changes = 0;
        for (byte b : values) {
            int v = b & 0xFF;
            int s = v <= lo ? -1 : v >= hi ? 1 : state;
            if (state != 0 && s != state) {
                changes++;
            }
            state = s;
        }
        return changes;
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
