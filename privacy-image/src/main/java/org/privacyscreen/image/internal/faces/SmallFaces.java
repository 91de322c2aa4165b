package org.privacyscreen.image.internal.faces;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfDouble;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;
import org.privacyscreen.image.internal.Deadline;
import org.privacyscreen.image.internal.decode.Decoded;

/**
 * The second look for small faces in large photos. Running BlazeFace over the whole photo at the detail a 40 px face
 * needs would cost about ten times the first pass, so only a few tiles ({@link #MAX_TILES}) are run at that detail,
 * where a face could be: the whole-photo pass's weak anchors, gathered into spots (a face too small for that pass
 * still scores a little, best from 60 px up), and skin-toned textured blobs of a small face's size (best for 40-50
 * px), taken by turns. Grey photos and small faces in strongly tinted light can be missed when the net's weak
 * score does not point at them, and a crowd of more than {@code MAX_TILES} small faces gets only the first ones.
 */
final class SmallFaces {
    /** Map of skin and texture at 1/4 of full size: a 40 px face is 10 px there. */
    private static final double MAP_SCALE = 1.0 / 4;
    /** Network input side of one tile: a multiple of 16, room for a head and shoulders of the largest candidate. */
    static final int TILE_INPUT = 160;
    /** Tiles look a little closer than the bare minimum: a 40 px face at exactly 20 input px scores only ~0.6. */
    static final double ZOOM = 1.25;
    /** At most this many tiles a photo: bounds the cost (each ~3-5 ms, under 5 % of the whole-photo pass). */
    static final int MAX_TILES = 8;
    /**
     * Lowest score reported from a tile: each tile is one more chance for texture to look like a face (a motorbike
     * photo gave 0.76 at 0.65), while the small faces tried scored 0.86 and more at tile detail.
     */
    static final double TILE_SCORE = 0.8;
    /** Anchors closer than this fraction of a tile's side share a tile (the strongest one's centre). */
    static final double SPOT = 0.35;
    /** Anchors scored this high in the first pass rank a candidate first. */
    static final double HINT_SCORE = 0.03;
    /** Grey standard deviation at a candidate's centre below which it is a flat patch, not a face. */
    static final double MIN_CONTRAST = 10;

    private SmallFaces() {
    }

    /**
     * Faces found in tiles of {@code d} run at the detail a {@link FaceDetector#MIN_FACE_PX} face needs, in working
     * pixels; {@code found} (working pixels) are not looked at again, {@code weak} (first-pass anchors under the
     * reporting score) rank the candidates; {@code deadline} is checked before each tile.
     */
    static List<BlazeFace.Box> find(Decoded d, List<BlazeFace.Box> found, List<BlazeFace.Box> weak,
            Deadline deadline) {
        Mat bgr = d.bgr();
        // input pixels per working pixel so that a MIN_FACE_PX face is MIN_FACE_INPUT_PX at the input
        double t = ZOOM * BlazeFace.MIN_FACE_INPUT_PX / FaceDetector.MIN_FACE_PX / d.scale();
        int side = (int) Math.round(TILE_INPUT / t);
        if (side >= Math.min(bgr.cols(), bgr.rows())) {
            return List.of();
        }
        List<Rect> tiles = new ArrayList<>();
        // one small copy of the photo serves both kinds of candidate
        double m = Math.min(1, MAP_SCALE / d.scale());
        Mat map = new Mat();
        Imgproc.resize(bgr, map, new Size(Math.round(bgr.cols() * m), Math.round(bgr.rows() * m)), 0, 0,
                Imgproc.INTER_AREA);
        List<Candidate> net;
        List<Candidate> blobs;
        try {
            // the two kinds by turns: the net's weak spots are best for 60 px and up, blobs for 40-50 px
            net = spots(candidates(d, map, m, found, weak, side), side * SPOT);
            blobs = blobs(map, m, found);
        } finally {
            map.release();
        }
        List<Candidate> spots = new ArrayList<>(net.size() + blobs.size());
        for (int i = 0; i < Math.max(net.size(), blobs.size()); i++) {
            if (i < net.size()) {
                spots.add(net.get(i));
            }
            if (i < blobs.size()) {
                spots.add(blobs.get(i));
            }
        }
        for (Candidate c : spots) {
            if (tiles.stream().anyMatch(r -> Math.abs(r.x + side / 2.0 - c.x) < side * SPOT
                    && Math.abs(r.y + side / 2.0 - c.y) < side * SPOT)) {
                continue;
            }
            if (tiles.size() == MAX_TILES) {
                break;
            }
            int x = (int) Math.max(0, Math.min(bgr.cols() - side, Math.round(c.x - side / 2.0)));
            int y = (int) Math.max(0, Math.min(bgr.rows() - side, Math.round(c.y - side / 2.0)));
            tiles.add(new Rect(x, y, side, side));
        }
        List<BlazeFace.Box> out = new ArrayList<>();
        for (Rect r : tiles) {
            deadline.check();
            Mat tile = bgr.submat(r);
            for (BlazeFace.Box b : BlazeFace.detect(tile, TILE_INPUT, TILE_INPUT, TILE_SCORE)) {
                out.add(b.shifted(r.x, r.y));
            }
            tile.release();
        }
        return out;
    }

    /** A spot worth a closer look, working pixels, and the first pass's score there. */
    record Candidate(double x, double y, double hint) {
    }

    /**
     * The first pass's weak anchors (under the reporting score), skin-toned at their centre and not on a face
     * already found, strongest first. The colour is averaged on {@code map} (the photo at {@code m} times the
     * working scale; a 1600-anchor photo would otherwise spend ~10 ms averaging overlapping patches), the contrast
     * measured in the working grey pixels, only for the skin-toned.
     */
    static List<Candidate> candidates(Decoded d, Mat map, double m, List<BlazeFace.Box> found,
            List<BlazeFace.Box> weak, double maxBox) {
        Mat bgr = d.bgr();
        int mw = map.cols();
        int mh = map.rows();
        byte[] px = new byte[mw * mh * 3];
        map.get(0, 0, px);
        List<BlazeFace.Box> sorted = new ArrayList<>(weak);
        sorted.sort(Comparator.comparingDouble(BlazeFace.Box::score).reversed());
        List<Candidate> out = new ArrayList<>();
        MatOfDouble mu = new MatOfDouble();
        MatOfDouble sd = new MatOfDouble();
        // a face the whole-photo pass misses is under ~130 px at full size; anchors predicting far larger boxes
        // are other parts of the scene, and their centres stray
        for (BlazeFace.Box b : sorted) {
            double cx = b.x() + b.w() / 2;
            double cy = b.y() + b.h() / 2;
            if (b.h() > maxBox || found.stream().anyMatch(f -> ofPerson(f, cx, cy))) {
                continue;
            }
            int r = (int) Math.max(2, Math.round(Math.min(b.w(), b.h()) / 4));
            int x0 = (int) Math.round(cx) - r;
            int y0 = (int) Math.round(cy) - r;
            if (x0 < 0 || y0 < 0 || x0 + 2 * r > bgr.cols() || y0 + 2 * r > bgr.rows()) {
                continue;
            }
            if (!skin(px, mw, mh, (int) Math.floor(x0 * m), (int) Math.floor(y0 * m),
                    (int) Math.ceil((x0 + 2 * r) * m), (int) Math.ceil((y0 + 2 * r) * m))) {
                continue;
            }
            // eyes, brows and mouth: a face is never flat, a wall of skin tone is
            Mat patch = d.gray().submat(y0, y0 + 2 * r, x0, x0 + 2 * r);
            Core.meanStdDev(patch, mu, sd);
            patch.release();
            if (sd.get(0, 0)[0] >= MIN_CONTRAST) {
                out.add(new Candidate(cx, cy, b.score()));
            }
        }
        mu.release();
        sd.release();
        return out;
    }

    /** Whether the mean colour of [x0, x1) x [y0, y1) of the BGR bytes {@code px} ({@code w x h}) is skin-toned. */
    private static boolean skin(byte[] px, int w, int h, int x0, int y0, int x1, int y1) {
        x1 = Math.min(w, Math.max(x0 + 1, x1));
        y1 = Math.min(h, Math.max(y0 + 1, y1));
        long b = 0;
        long g = 0;
        long r = 0;
        for (int y = y0; y < y1; y++) {
            for (int i = (y * w + x0) * 3, end = (y * w + x1) * 3; i < end; i += 3) {
                b += px[i] & 0xFF;
                g += px[i + 1] & 0xFF;
                r += px[i + 2] & 0xFF;
            }
        }
        double n = (double) (x1 - x0) * (y1 - y0);
        return skin(r / n, g / n, b / n);
    }

    /**
     * Candidates gathered into spots {@code radius} apart (working pixels), ranked by their summed score: a small
     * face gives a cluster of weak anchors, texture mostly a stray one.
     */
    static List<Candidate> spots(List<Candidate> strongestFirst, double radius) {
        List<double[]> spots = new ArrayList<>(); // x, y, summed score
        for (Candidate c : strongestFirst) {
            double[] near = null;
            for (double[] s : spots) {
                if (Math.abs(s[0] - c.x) < radius && Math.abs(s[1] - c.y) < radius) {
                    near = s;
                    break;
                }
            }
            if (near == null) {
                spots.add(new double[] {c.x, c.y, c.hint});
            } else {
                near[2] += c.hint;
            }
        }
        spots.sort(Comparator.comparingDouble((double[] s) -> s[2]).reversed());
        return spots.stream().map(s -> new Candidate(s[0], s[1], s[2])).toList();
    }

    /**
     * Skin-toned, textured blobs of a small face's size (a 40 px face's features are still a few pixels at 1/4 of
     * full size), in working pixels, the largest and most compact first (area times the square of the share of
     * their bounding box they fill): the net's weak scores say little about faces of 40-50 px.
     */
    static List<Candidate> blobs(Mat map, double m, List<BlazeFace.Box> found) {
        Mat small = new Mat();
        Mat gray = new Mat();
        Imgproc.cvtColor(map, gray, Imgproc.COLOR_BGR2GRAY);
        Imgproc.cvtColor(map, small, Imgproc.COLOR_BGR2YCrCb);
        Mat mask = new Mat();
        Core.inRange(small, new Scalar(40, 133, 77), new Scalar(255, 173, 127), mask);
        small.release();
        // local contrast: skin-toned walls and wood are flat at this scale, a face is not
        Mat mean = new Mat();
        Mat sq = new Mat();
        Imgproc.boxFilter(gray, mean, CvType.CV_32F, new Size(5, 5));
        Imgproc.sqrBoxFilter(gray, sq, CvType.CV_32F, new Size(5, 5));
        gray.release();
        Core.multiply(mean, mean, mean);
        Core.subtract(sq, mean, sq);
        Mat textured = new Mat();
        Imgproc.threshold(sq, textured, MIN_CONTRAST * MIN_CONTRAST, 255, Imgproc.THRESH_BINARY);
        textured.convertTo(textured, CvType.CV_8U);
        Core.bitwise_and(mask, textured, mask);
        mean.release();
        sq.release();
        textured.release();
        Mat labels = new Mat();
        Mat stats = new Mat();
        Mat centroids = new Mat();
        int n = Imgproc.connectedComponentsWithStats(mask, labels, stats, centroids, 8, CvType.CV_32S);
        mask.release();
        labels.release();
        centroids.release();
        // a MIN_FACE_PX face is 10 map pixels high; the whole-photo pass finds faces of ~130 px and more
        double face = FaceDetector.MIN_FACE_PX * MAP_SCALE;
        List<Candidate> out = new ArrayList<>();
        int[] st = new int[5];
        for (int i = 1; i < n; i++) {
            stats.get(i, 0, st);
            int w = st[Imgproc.CC_STAT_WIDTH];
            int h = st[Imgproc.CC_STAT_HEIGHT];
            int area = st[Imgproc.CC_STAT_AREA];
            if (Math.max(w, h) < 0.4 * face || Math.max(w, h) > 4 * face || area < 0.1 * face * face) {
                continue;
            }
            double cx = (st[Imgproc.CC_STAT_LEFT] + w / 2.0) / m;
            double cy = (st[Imgproc.CC_STAT_TOP] + h / 2.0) / m;
            if (found.stream().noneMatch(f -> ofPerson(f, cx, cy))) {
                // a face's skin is one compact patch; sunlit grass, sand and wood give ragged ones (in a real
                // landscape, hundreds of them, many larger than a small face's)
                double fill = area / ((double) w * h);
                out.add(new Candidate(cx, cy, area * fill * fill));
            }
        }
        stats.release();
        out.sort(Comparator.comparingDouble(Candidate::hint).reversed());
        return out;
    }

    /** Whether an average colour lies in the usual skin cluster of CrCb (Chai and Ngan), any brightness. */
    static boolean skin(double red, double green, double blue) {
        double y = 0.299 * red + 0.587 * green + 0.114 * blue;
        double cr = (red - y) * 0.713 + 128;
        double cb = (blue - y) * 0.564 + 128;
        return cr >= 133 && cr <= 173 && cb >= 77 && cb <= 127;
    }

    /**
     * Whether (x, y) is on the head and shoulders of the person whose face {@code f} is: hair, neck, collar and hands
     * there give most of the weak anchors and skin blobs, and a second face there would be hidden behind that person.
     */
    static boolean ofPerson(BlazeFace.Box f, double x, double y) {
        return x >= f.x() - 0.75 * f.w() && x <= f.x() + 1.75 * f.w() && y >= f.y() - 0.6 * f.h()
                && y <= f.y() + 2 * f.h();
    }
}
