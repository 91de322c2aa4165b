package org.privacyscreen.image.internal.documents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.privacyscreen.RegionKind;
import org.privacyscreen.image.internal.Deadline;
import org.privacyscreen.image.internal.decode.Decoded;
import org.privacyscreen.image.internal.decode.ImageCache;
import org.privacyscreen.image.internal.decode.OpenCv;
import org.privacyscreen.image.internal.faces.FaceDetector;
import org.privacyscreen.image.internal.ocr.Plausibility;
import org.privacyscreen.image.internal.ocr.Tesseract;
import org.privacyscreen.spi.ScreeningContext;

/**
 * The text regions of one image: candidates from the line finder ({@link TextRegions}), each read by the OCR and
 * kept only when what it reads is writing ({@link Plausibility}). Reading is what tells print from moss, bark,
 * foliage or a lattice, whose strokes the line finder cannot tell apart; it also yields the lines that the text
 * detectors then examine. Computed once per image and shared through {@link ImageCache}.
 */
public final class TextFinder {
    private static final ImageCache.Key<List<TextRegion>> REGIONS = ImageCache.Key.of("text-regions");

    /** Candidates read per image, largest first; any beyond are reported on their shape alone (fail closed). */
    static final int MAX_READS = 12;
    /** Below this line height at the working scale (pixels) the text is read from the full-resolution pixels. */
    static final double MIN_WORKING_LINE_PX = 14;
    /** Below this, a candidate that reads as nothing in the working pixels is read again at full resolution. */
    static final double RETRY_WORKING_LINE_PX = 28;
    /** Text smaller than this at full resolution (pixels) is not reported: nobody reads it. */
    public static final double MIN_TEXT_PX = 6;
    /** A line read this close (in line heights) to the top or bottom of the reading may go on beyond it. */
    static final double EDGE_LINES = 0.3;
    /** Once a candidate reads as writing, this many line heights above and below it are read too... */
    static final double GROW_LINES = 2.5;
    /** ...and the reading takes in this fraction of its width on either side. */
    static final double GROW_WIDTH = 0.3;

    private TextFinder() {
    }

    /** Loads what finding and reading text needs (OpenCV, Tesseract and its model); idempotent. */
    public static void prepare() {
        OpenCv.load();
        Tesseract.load();
    }

    /** The text regions of image {@code image} of the post, computed once per post. */
    public static List<TextRegion> regions(ScreeningContext context, int image) {
        ImageCache cache = ImageCache.of(context);
        return cache.computed(REGIONS, image, () -> find(cache.decoded(image), cache.faces(image),
                () -> cache.fullGray(image), cache.deadline()));
    }

    /** Ends the idle OCR readers; for a screener being closed. */
    public static void release() {
        Tesseract.release();
    }

    /** As {@link #find(Decoded, List, Supplier, Deadline)} with no deadline. */
    public static List<TextRegion> find(Decoded d, List<FaceDetector.Face> faces, Supplier<Mat> fullGray) {
        return find(d, faces, fullGray, Deadline.NONE);
    }

    /**
     * The text regions of {@code d}, avoiding {@code faces}; {@code fullGray} gives the full-resolution grey
     * pixels when small text needs them; {@code deadline} is checked before the line finder and each OCR read.
     */
    public static List<TextRegion> find(Decoded d, List<FaceDetector.Face> faces, Supplier<Mat> fullGray,
            Deadline deadline) {
        deadline.check();
        List<TextRegions.Document> candidates = new ArrayList<>();
        for (TextRegions.Document doc : TextRegions.documents(TextRegions.lines(d.gray()))) {
            if (doc.rows() <= 2 && onFace(d, doc.box(), faces)) {
                continue; // brows, eyes and lips line up like a word
            }
            if (textPx(d, doc) >= MIN_TEXT_PX) {
                candidates.add(doc);
            }
        }
        candidates.sort(Comparator.comparingDouble((TextRegions.Document c) -> -c.box().area()));
        List<TextRegion> out = new ArrayList<>();
        int reads = 0;
        for (TextRegions.Document doc : candidates) {
            Rect fullBox = full(d, doc.box());
            if (out.stream().anyMatch(r -> r.read() && holdsCentre(r.box(), fullBox))) {
                continue; // read already with a larger neighbour's margin
            }
            if (reads >= MAX_READS) {
                if (shapedLikeText(doc)) {
                    out.add(region(d, doc, List.of(), false, faces));
                }
                continue;
            }
            reads++;
            boolean small = doc.medianLineHeight() < MIN_WORKING_LINE_PX && d.scale() < 1;
            List<Tesseract.Line> lines = read(d, doc, small ? fullGray : null, deadline);
            if (!small && !lines.isEmpty() && !Plausibility.isText(lines)
                    && doc.medianLineHeight() < RETRY_WORKING_LINE_PX && d.scale() < 1) {
                // a slanted line's box is taller than its letters: small print may hide behind it
                lines = read(d, doc, fullGray, deadline);
            }
            if (Plausibility.isText(lines)) {
                out.add(region(d, doc, lines, true, faces));
            }
        }
        return out;
    }

    /** Unread, a candidate counts when it has the shape of a document (two rows) or of a long label line. */
    static boolean shapedLikeText(TextRegions.Document doc) {
        return doc.rows() >= 2 || doc.box().width >= 5 * doc.box().height;
    }

    /** The text height at full resolution: the gradient adds about a pixel above and below each line. */
    static double textPx(Decoded d, TextRegions.Document doc) {
        return Math.max(1, doc.medianLineHeight() - 2) / d.scale();
    }

    /**
     * Reads {@code doc} in the working pixels, or in the full-resolution ones when given them. The line finder often
     * sees only some of a sheet's words and lines (slant, blur, small print), so the reading takes in a margin
     * across (whole lines) and, once it has found writing, the strips above and below too: a texture candidate
     * costs one small read, a sheet a few more, and the reading says where the text ends.
     */
    private static List<Tesseract.Line> read(Decoded d, TextRegions.Document doc, Supplier<Mat> fullGray,
            Deadline deadline) {
        deadline.check();
        boolean fullRes = fullGray != null;
        Mat pixels = fullRes ? fullGray.get() : d.gray();
        double f = fullRes ? 1 / d.scale() : 1;
        Rect b = doc.box();
        double line = doc.medianLineHeight() * f;
        // words run on past a partly seen line: three line heights take in a long word or two
        int padX = (int) Math.max(3 * line, b.width * f * GROW_WIDTH);
        int x0 = Math.max(0, (int) (b.x * f) - padX);
        int x1 = Math.min(pixels.cols(), (int) ((b.x + b.width) * f) + padX);
        int y0 = Math.max(0, (int) (b.y * f - line));
        int y1 = Math.min(pixels.rows(), (int) ((b.y + b.height) * f + line));
        List<Tesseract.Line> lines = new ArrayList<>(Tesseract.read(pixels, new Rect(x0, y0, x1 - x0, y1 - y0),
                line));
        if (Plausibility.isText(lines)) {
            int above = Math.max(0, (int) (y0 - line * GROW_LINES));
            int below = Math.min(pixels.rows(), (int) (y1 + line * GROW_LINES));
            double edge = line * EDGE_LINES;
            boolean cutTop = y0 - above > line / 2 && lines.stream().anyMatch(l -> l.box().y <= y0 + edge);
            boolean cutBottom = below - y1 > line / 2
                    && lines.stream().anyMatch(l -> l.box().y + l.box().height >= y1 - edge);
            if (cutTop || cutBottom) {
                // writing runs into the edge of what was read: read it all again as one block, so no line is cut
                // in two (a block that mixes the text with busy surroundings can read worse: then the first
                // reading stands)
                deadline.check();
                List<Tesseract.Line> grown = Tesseract.read(pixels, new Rect(x0, above, x1 - x0, below - above),
                        line);
                if (Plausibility.isText(grown)) {
                    lines = grown;
                }
            }
        }
        if (fullRes) {
            return lines;
        }
        // back to full resolution, as the full-resolution reading already is
        List<Tesseract.Line> scaled = new ArrayList<>(lines.size());
        for (Tesseract.Line l : lines) {
            scaled.add(new Tesseract.Line(full(d, l.box()), l.words().stream()
                    .map(w -> new Tesseract.Word(w.text(), w.confidence(), full(d, w.box()))).toList()));
        }
        return scaled;
    }

    private static TextRegion region(Decoded d, TextRegions.Document doc, List<Tesseract.Line> lines, boolean read,
            List<FaceDetector.Face> faces) {
        Rect box = full(d, doc.box());
        List<TextRegion.ReadLine> readLines = new ArrayList<>();
        for (Tesseract.Line l : lines) {
            box = union(box, l.box());
            readLines.add(new TextRegion.ReadLine(l.box(), l.text(), l.confidence()));
        }
        box = clip(box, d);
        int rows = read ? Math.max(1, readLines.size()) : doc.rows();
        Mat ground = d.gray().submat(doc.box());
        boolean dark = Core.mean(ground).val[0] < Tesseract.DARK_MEAN;
        ground.release();
        RegionKind kind = RegionKinds.classify(box, rows, textPx(d, doc), readLines, dark,
                Math.min(d.width(), d.height()), faces);
        return new TextRegion(box, rows, textPx(d, doc), readLines, read, kind);
    }

    static Rect full(Decoded d, Rect working) {
        int x = Math.min(d.full(working.x), d.width() - 1);
        int y = Math.min(d.full(working.y), d.height() - 1);
        int w = Math.max(1, Math.min(d.full(working.x + working.width), d.width()) - x);
        int h = Math.max(1, Math.min(d.full(working.y + working.height), d.height()) - y);
        return new Rect(x, y, w, h);
    }

    private static Rect union(Rect a, Rect b) {
        int x0 = Math.min(a.x, b.x);
        int y0 = Math.min(a.y, b.y);
        return new Rect(x0, y0, Math.max(a.x + a.width, b.x + b.width) - x0,
                Math.max(a.y + a.height, b.y + b.height) - y0);
    }

    private static Rect clip(Rect r, Decoded d) {
        int x = Math.max(0, r.x);
        int y = Math.max(0, r.y);
        return new Rect(x, y, Math.max(1, Math.min(d.width(), r.x + r.width) - x),
                Math.max(1, Math.min(d.height(), r.y + r.height) - y));
    }

    private static boolean holdsCentre(Rect outer, Rect r) {
        double cx = r.x + r.width / 2.0;
        double cy = r.y + r.height / 2.0;
        return cx >= outer.x && cx <= outer.x + outer.width && cy >= outer.y && cy <= outer.y + outer.height;
    }

    private static boolean onFace(Decoded d, Rect working, List<FaceDetector.Face> faces) {
        double cx = (working.x + working.width / 2.0) / d.scale();
        double cy = (working.y + working.height / 2.0) / d.scale();
        return faces.stream().map(FaceDetector.Face::box).anyMatch(f -> cx >= f.x && cx <= f.x + f.width
                && cy >= f.y && cy <= f.y + f.height);
    }
}
