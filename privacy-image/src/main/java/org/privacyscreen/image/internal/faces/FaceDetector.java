package org.privacyscreen.image.internal.faces;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.privacyscreen.FaceRole;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.Location;
import org.privacyscreen.Severity;
import org.privacyscreen.image.internal.Deadline;
import org.privacyscreen.image.internal.decode.Decoded;
import org.privacyscreen.image.internal.decode.ImageCache;
import org.privacyscreen.spi.ImageDetector;
import org.privacyscreen.spi.ScreeningContext;

/**
 * Finds faces with BlazeFace in one pass over the whole photo, sized so that a face {@link #MIN_FACE_PX} pixels
 * high at full resolution is still {@link BlazeFace#MIN_FACE_INPUT_PX} at the network's input, within a budget of
 * {@link #INPUT_BUDGET} input pixels, plus a coarse pass for large faces and one for close-ups cut off by the frame;
 * where the budget leaves small faces out (large photos), {@link SmallFaces} looks again at full detail in a few
 * tiles. Every candidate BlazeFace is not sure of is checked by a second model ({@link FaceLandmarks}); each face
 * found gets a
 * {@link FaceRole} ({@link FaceRoles}).
 */
public final class FaceDetector implements ImageDetector {
    public static final String ID = "faces";
    /** Faces this high (full-resolution pixels) must be found where the budget allows. */
    public static final int MIN_FACE_PX = 40;
    /** Most network input pixels per photo: bounds the time on large photos (cost grows with input area). */
    public static final double INPUT_BUDGET = 300_000;
    /** Lowest BlazeFace score of a candidate. */
    static final double MIN_SCORE = 0.65;
    /** Face-landmark presence from which a candidate is a face. */
    static final double PRESENT = 0.5;
    /**
     * Candidates scored this high by BlazeFace are faces without the landmark check (each check costs a 192x192
     * network run, four when unsure): on the fifty real photographs without people of the tests no candidate scored
     * over 0.8, while faces in focus score 0.9 and more. Textures, animals and objects score 0.65-0.8.
     */
    static final double CHECK_BELOW = 0.9;
    /**
     * A candidate the landmark model does not confirm is still reported, as "possibly a face" (MEDIUM, blurred),
     * from this BlazeFace score: a strongly turned or bowed head can fail the landmark check. Measured on the real
     * photographs of the tests: textures, animals and objects scored at most 0.79 in BlazeFace.
     */
    static final double UNCONFIRMED_SCORE = 0.85;
    /**
     * Below this fraction of the scale a {@link #MIN_FACE_PX} face needs (a 40 px face under 15 input px: photos over
     * ~2.1 MP), the whole-photo pass misses small faces and {@link SmallFaces} looks again at full detail where a
     * face could be.
     */
    static final double TILE_BELOW = 0.75;
    /**
     * Long side of the coarse pass that finds large faces (up to about half the photo's long side; the close-up pass
     * takes those from a quarter up): 192 rather than 256 pays for the close-up pass.
     */
    static final int COARSE_SIDE = 192;
    /** Long side of the photo inside the 128x128 close-up pass: a face filling the frame is still within reach. */
    static final int CLOSE_UP_SIDE = 80;

    private final FaceIdentity identity;

    public FaceDetector() {
        this(FaceIdentity.NONE);
    }

    /** A detector that tells who a face is with {@code identity}, where the host gave reference faces. */
    public FaceDetector(FaceIdentity identity) {
        this.identity = java.util.Objects.requireNonNull(identity, "identity");
    }

    /**
     * A face in full-resolution pixels as displayed.
     *
     * @param box       the face, brow to chin and a little around
     * @param score     BlazeFace's score
     * @param sharpness focus measure of the face (variance of the Laplacian at 64 px)
     * @param presence  the landmark model's probability that the box holds a face; empty when BlazeFace's score
     *                  made the check needless ({@link #CHECK_BELOW})
     * @param inside    the share of the detector's box inside the photo (1 unless the frame cuts the face off)
     */
    public record Face(Rect box, double score, double sharpness, OptionalDouble presence, double inside) {
        /** Whether it is a face for sure: scored high by BlazeFace, or confirmed by the landmark model. */
        public boolean confirmed() {
            return presence.isEmpty() || presence.getAsDouble() >= PRESENT;
        }

        /** Whether it is reported at all: confirmed, or scored high enough by BlazeFace alone. */
        boolean reported() {
            return confirmed() || score >= UNCONFIRMED_SCORE;
        }
    }

    @Override
    public void prepare() {
        BlazeFace.prepare();
        FaceLandmarks.prepare();
    }

    /** Releases the networks idle in the pools of every thread that used them; the next post makes new ones. */
    @Override
    public void close() {
        BlazeFace.release();
        FaceLandmarks.release();
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
        List<FaceRoles.Role> roles = FaceRoles.assign(faces, Math.min(d.width(), d.height()),
                context.post().subjects(), new References(context, identity, d));
        boolean noSubjects = context.post().subjects().isEmpty();
        List<Finding> out = new ArrayList<>(faces.size());
        for (int i = 0; i < faces.size(); i++) {
            Face f = faces.get(i);
            FaceRoles.Role role = roles.get(i);
            String message = role.role() == FaceRole.SUBJECT
                    ? "A prominent face, taken for one of the post's declared subjects: publishing it needs that "
                    + "person's consent to share their photo."
                    : "A person in the background of the photo" + (noSubjects ? " (the post declares no subjects)"
                    : "") + ": blur it unless that person agreed to be shown.";
            if (!f.confirmed()) {
                message = "Possibly a face (the face-landmark check is unsure): " + message;
            }
            Rect b = f.box();
            Finding.Builder finding = Finding.builder(FindingType.FACE).confidence(Math.min(1.0, f.score()))
                    .severity(f.confirmed() ? Severity.HIGH : Severity.MEDIUM)
                    .location(Location.image(image, b.x, b.y, b.width, b.height)).faceRole(role.role())
                    .message(message);
            role.person().ifPresent(finding::subject);
            out.add(finding.build());
        }
        return out;
    }

    /** The faces in {@code d} that are reported, with no deadline. */
    public static List<Face> faces(Decoded d) {
        return faces(d, Deadline.NONE);
    }

    /**
     * The faces in {@code d} that are reported: confirmed by the landmark model, or sure enough without it;
     * {@code deadline} is checked before each network pass, tile and landmark check.
     */
    public static List<Face> faces(Decoded d, Deadline deadline) {
        return candidates(d, deadline).stream().filter(Face::reported).toList();
    }

    /** Every BlazeFace candidate in {@code d} with its landmark check, boxes clipped to the photo. */
    static List<Face> candidates(Decoded d, Deadline deadline) {
        List<Face> out = new ArrayList<>();
        for (BlazeFace.Box b : boxes(d, deadline)) {
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
            OptionalDouble presence = OptionalDouble.empty();
            if (b.score() < CHECK_BELOW) {
                deadline.check();
                presence = OptionalDouble.of(FaceLandmarks.presence(d.bgr(), b));
            }
            int fx = Math.min(d.full(x0), d.width() - 1);
            int fy = Math.min(d.full(y0), d.height() - 1);
            int fw = Math.max(1, Math.min(d.full(x1), d.width()) - fx);
            int fh = Math.max(1, Math.min(d.full(y1), d.height()) - fy);
            double inW = Math.min(b.x() + b.w(), d.bgr().cols()) - Math.max(b.x(), 0);
            double inH = Math.min(b.y() + b.h(), d.bgr().rows()) - Math.max(b.y(), 0);
            double inside = Math.max(0, inW) * Math.max(0, inH) / (b.w() * b.h());
            out.add(new Face(new Rect(fx, fy, fw, fh), b.score(), sharp, presence, inside));
        }
        return out;
    }

    /** BlazeFace's boxes over all passes, in working pixels, after suppression. */
    private static List<BlazeFace.Box> boxes(Decoded d, Deadline deadline) {
        double q = Math.min(BlazeFace.MIN_FACE_INPUT_PX / MIN_FACE_PX,
                Math.sqrt(INPUT_BUDGET / ((double) d.width() * d.height())));
        int inW = Math.max(128, round16(d.width() * q));
        int inH = Math.max(128, round16(d.height() * q));
        boolean tiles = q < TILE_BELOW * BlazeFace.MIN_FACE_INPUT_PX / MIN_FACE_PX;
        deadline.check();
        List<BlazeFace.Box> raw = BlazeFace.raw(d.bgr(), inW, inH, tiles ? SmallFaces.HINT_SCORE : MIN_SCORE);
        List<BlazeFace.Box> weak = new ArrayList<>();
        List<BlazeFace.Box> sure = new ArrayList<>();
        for (BlazeFace.Box b : raw) {
            (b.score() >= MIN_SCORE ? sure : weak).add(b);
        }
        List<BlazeFace.Box> boxes = new ArrayList<>(sure);
        if (Math.max(inW, inH) > 1.5 * COARSE_SIDE) {
            // the network's reach is limited: faces over ~100 input px need a coarser pass
            double c = (double) COARSE_SIDE / Math.max(d.width(), d.height());
            deadline.check();
            boxes.addAll(BlazeFace.raw(d.bgr(), round16(d.width() * c), round16(d.height() * c), MIN_SCORE));
        }
        // a face filling the frame, cut off by it, is beyond the reach of every pass above
        deadline.check();
        boxes.addAll(BlazeFace.closeUp(d.bgr(), CLOSE_UP_SIDE, MIN_SCORE));
        boxes = BlazeFace.suppress(boxes);
        if (tiles) {
            List<BlazeFace.Box> small = SmallFaces.find(d, boxes, weak, deadline);
            if (!small.isEmpty()) {
                boxes.addAll(small);
                boxes = BlazeFace.suppress(boxes);
            }
        }
        return boxes;
    }

    private static int round16(double v) {
        return Math.max(16, (int) Math.round(v / 16) * 16);
    }

    private static int clamp(int v, int max) {
        return Math.max(0, Math.min(max, v));
    }
}
