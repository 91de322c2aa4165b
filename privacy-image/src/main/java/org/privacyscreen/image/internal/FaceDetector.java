package org.privacyscreen.image.internal;

import org.privacyscreen.image.internal.decode.ImageCache;
import org.privacyscreen.image.internal.decode.Decoded;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.Location;
import org.privacyscreen.Severity;
import org.privacyscreen.spi.ImageDetector;
import org.privacyscreen.spi.ScreeningContext;

/**
 * Finds faces with BlazeFace in one pass over the whole photo, sized so that a face {@link #MIN_FACE_PX} pixels
 * high at full resolution is still {@link BlazeFace#MIN_FACE_INPUT_PX} at the network's input, within a budget of
 * {@link #INPUT_BUDGET} input pixels; where the budget leaves small faces out (large photos), {@link SmallFaces}
 * looks again at full detail in a few tiles. Each face is classed as one of the post's declared subjects or as a
 * person in the background.
 */
public final class FaceDetector implements ImageDetector {
    public static final String ID = "faces";
    /** Faces this high (full-resolution pixels) must be found where the budget allows. */
    public static final int MIN_FACE_PX = 40;
    /** Most network input pixels per photo: bounds the time on large photos (cost grows with input area). */
    public static final double INPUT_BUDGET = 300_000;
    static final double MIN_SCORE = 0.65;
    /**
     * Below this score a face is reported MEDIUM (review, and still blurred): on textures such as star fields the
     * model scores 0.65-0.7, while real faces of 40 px and up score 0.8 and more.
     */
    static final double SURE_SCORE = 0.75;
    /**
     * Below this fraction of the scale a {@link #MIN_FACE_PX} face needs (a 40 px face under 15 input px: photos over
     * ~2.1 MP), the whole-photo pass misses small faces and {@link SmallFaces} looks again at full detail where a
     * face could be.
     */
    static final double TILE_BELOW = 0.75;
    /** Long side of the coarse pass that finds large faces. */
    static final int COARSE_SIDE = 256;
    /** The message of a face that looks like a declared subject; {@code ImageFindings} matches on it. */
    public static final String SUBJECT = "A face that looks like one of the post's declared subjects";
    /** What {@code ImageFindings} looks for, whatever the case of the first letter. */
    public static final String SUBJECT_MARK = SUBJECT.substring(1);
    public static final String BACKGROUND = "A person in the background of the photo";

    /** A face in full-resolution pixels as displayed. */
    public record Face(Rect box, double score, double sharpness) {
    }

    @Override
    public void prepare() {
        BlazeFace.prepare();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> detect(ScreeningContext context, int image) {
        ImageCache cache = ImageCache.of(context);
        Decoded d = cache.decoded(image);
        List<Face> faces = cache.faces(image);
        int subjects = context.post().subjects().size();
        List<Finding> out = new ArrayList<>(faces.size());
        List<Face> bySize = new ArrayList<>(faces);
        bySize.sort(Comparator.comparingInt((Face f) -> f.box().height).reversed());
        int tallest = bySize.isEmpty() ? 0 : bySize.get(0).box().height;
        double sharpest = faces.stream().mapToDouble(Face::sharpness).max().orElse(0);
        int shortSide = Math.min(d.width(), d.height());
        for (int rank = 0; rank < bySize.size(); rank++) {
            Face f = bySize.get(rank);
            boolean prominent = f.box().height >= 0.5 * tallest && f.box().height >= 0.06 * shortSide;
            boolean inFocus = f.sharpness() >= 0.25 * sharpest;
            boolean subject = rank < subjects && prominent && inFocus;
            String message = subject
                    ? SUBJECT + " (large and in focus); publishing it needs that person's consent to share their "
                    + "photo."
                    : BACKGROUND + (subjects == 0 ? " (the post declares no subjects)" : "")
                    + ": blur it unless that person agreed to be shown.";
            Rect b = f.box();
            boolean unsure = f.score() < SURE_SCORE;
            if (unsure) {
                message = "Possibly a face (the detector is unsure): " + Character.toLowerCase(message.charAt(0))
                        + message.substring(1);
            }
            out.add(Finding.builder(FindingType.FACE).confidence(Math.min(1.0, f.score()))
                    .severity(unsure ? Severity.MEDIUM : Severity.HIGH)
                    .location(Location.image(image, b.x, b.y, b.width, b.height)).message(message).build());
        }
        return out;
    }

    /** The faces in {@code d}, boxes clipped to the photo. */
    public static List<Face> faces(Decoded d) {
        double q = Math.min(BlazeFace.MIN_FACE_INPUT_PX / MIN_FACE_PX,
                Math.sqrt(INPUT_BUDGET / ((double) d.width() * d.height())));
        int inW = Math.max(128, round16(d.width() * q));
        int inH = Math.max(128, round16(d.height() * q));
        boolean tiles = q < TILE_BELOW * BlazeFace.MIN_FACE_INPUT_PX / MIN_FACE_PX;
        List<BlazeFace.Box> raw = BlazeFace.raw(d.bgr(), inW, inH, tiles ? SmallFaces.HINT_SCORE : MIN_SCORE);
        List<BlazeFace.Box> weak = new ArrayList<>();
        List<BlazeFace.Box> sure = new ArrayList<>();
        for (BlazeFace.Box b : raw) {
            (b.score() >= MIN_SCORE ? sure : weak).add(b);
        }
        List<BlazeFace.Box> boxes = new ArrayList<>(BlazeFace.suppress(sure));
        if (Math.max(inW, inH) > 1.5 * COARSE_SIDE) {
            // the network's reach is limited: faces over ~100 input px need a coarser pass
            double c = (double) COARSE_SIDE / Math.max(d.width(), d.height());
            boxes.addAll(BlazeFace.detect(d.bgr(), round16(d.width() * c), round16(d.height() * c), MIN_SCORE));
            boxes = BlazeFace.suppress(boxes);
        }
        if (tiles) {
            List<BlazeFace.Box> small = SmallFaces.find(d, boxes, weak);
            if (!small.isEmpty()) {
                boxes.addAll(small);
                boxes = BlazeFace.suppress(boxes);
            }
        }
        List<Face> out = new ArrayList<>(boxes.size());
        for (BlazeFace.Box b : boxes) {
            // working-scale box, widened a little: BlazeFace's box stops at the brow and chin
            double grow = 0.1;
            int x0 = clamp((int) Math.floor(b.x() - grow * b.w()), d.bgr().cols());
            int y0 = clamp((int) Math.floor(b.y() - 2 * grow * b.h()), d.bgr().rows());
            int x1 = clamp((int) Math.ceil(b.x() + (1 + grow) * b.w()), d.bgr().cols());
            int y1 = clamp((int) Math.ceil(b.y() + (1 + grow) * b.h()), d.bgr().rows());
            if (x1 - x0 < 2 || y1 - y0 < 2) {
                continue;
            }
            Mat roi = d.gray().submat(y0, y1, x0, x1);
            double sharp = BlazeFace.sharpness(roi);
            roi.release();
            int fx = Math.min(d.full(x0), d.width() - 1);
            int fy = Math.min(d.full(y0), d.height() - 1);
            int fw = Math.max(1, Math.min(d.full(x1), d.width()) - fx);
            int fh = Math.max(1, Math.min(d.full(y1), d.height()) - fy);
            out.add(new Face(new Rect(fx, fy, fw, fh), b.score(), sharp));
        }
        return out;
    }

    private static int round16(double v) {
        return Math.max(16, (int) Math.round(v / 16) * 16);
    }

    private static int clamp(int v, int max) {
        return Math.max(0, Math.min(max, v));
    }
}
