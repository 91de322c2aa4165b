package org.privacyscreen.image.internal.faces;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.dnn.Dnn;
import org.opencv.dnn.Net;
import org.opencv.imgproc.Imgproc;
import org.privacyscreen.image.internal.NativePool;

/**
 * MediaPipe's BlazeFace short-range model run through OpenCV DNN. The network is fully convolutional, so it runs on
 * the whole photo at any size that is a multiple of 16, in one pass; anchors follow the output grid (strides 8 and
 * 16, 2 and 6 anchors a cell) and boxes are decoded in input pixels.
 */
public final class BlazeFace {
    private static final TfLiteModel MODEL = new TfLiteModel(
            "/org/privacyscreen/image/models/face_detection_short_range.tflite");
    /** Smallest face (brow to chin, network input pixels) found reliably; measured: 14 px scores 0.6, 18 px 0.84. */
    public static final double MIN_FACE_INPUT_PX = 20;
    /** Input side of the close-up pass. */
    static final int CLOSE_UP_INPUT = 128;
    /** Keypoints a box carries: eyes, nose tip, mouth, ears. */
    static final int KEYPOINTS = 6;

    /** Input sizes one set of networks keeps: the whole-photo, coarse, close-up and tile passes, and a spare. */
    private static final int SHAPES = 5;
    /**
     * cv::dnn::Net is not thread-safe: each thread borrows a set of networks, all from the same bytes. And one per
     * input size: a Net given a new shape reallocates every layer (measured ~10 ms a switch at 12 MP), and a photo
     * runs three sizes.
     */
    private static final NativePool<Map<Long, Net>> NETS = new NativePool<>(() -> new LinkedHashMap<>(8, 0.75f,
            true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Net> eldest) {
            return size() > SHAPES;
        }
    }, Map::clear);

    /**
     * A face box in the input image's pixels, with the model's score and its six keypoints (x, y pairs: the
     * person's right eye, left eye, nose tip, mouth, right ear, left ear).
     */
    public record Box(double x, double y, double w, double h, double score, double[] keypoints) {
        public Box {
            if (keypoints.length != 2 * KEYPOINTS) {
                throw new IllegalArgumentException("keypoints: expected " + 2 * KEYPOINTS + " values");
            }
        }

        /** This box moved by (dx, dy). */
        Box shifted(double dx, double dy) {
            double[] k = keypoints.clone();
            for (int i = 0; i < k.length; i += 2) {
                k[i] += dx;
                k[i + 1] += dy;
            }
            return new Box(x + dx, y + dy, w, h, score, k);
        }

        /** Whether o's centre lies inside this box and o is smaller: a part of the same face. */
        boolean holdsCentreOf(Box o) {
            double cx = o.x + o.w / 2;
            double cy = o.y + o.h / 2;
            return o.w * o.h < w * h && cx > x && cx < x + w && cy > y && cy < y + h;
        }

        double iou(Box o) {
            double ix = Math.max(0, Math.min(x + w, o.x + o.w) - Math.max(x, o.x));
            double iy = Math.max(0, Math.min(y + h, o.y + o.h) - Math.max(y, o.y));
            double inter = ix * iy;
            return inter / (w * h + o.w * o.h - inter);
        }
    }

    private BlazeFace() {
    }

    /** Loads the natives and checks the model reads, on the calling thread: a broken jar fails at build time. */
    public static void prepare() {
        NETS.with(nets -> net(nets, 128, 128));
    }

    /** Drops the idle networks (OpenCV frees a Net's memory when it is collected). */
    static void release() {
        NETS.clear();
    }

    private static Net net(Map<Long, Net> nets, int inW, int inH) {
        return nets.computeIfAbsent((long) inW << 32 | inH, k -> MODEL.newNet());
    }

    /**
     * The faces in {@code bgr}, resized to {@code inW x inH} (multiples of 16) for the network; boxes in
     * {@code bgr}'s pixels, after non-maximum suppression.
     */
    public static List<Box> detect(Mat bgr, int inW, int inH, double minScore) {
        return suppress(raw(bgr, inW, inH, minScore));
    }

    /**
     * Every anchor at or over {@code minScore} in {@code bgr} shrunk to a long side of {@code side} and set in the
     * middle of a 128x128 input: a face larger than the frame (a close-up, cut off at the edges) comes within the
     * network's reach. Boxes in {@code bgr}'s pixels, before suppression; they may reach beyond the photo.
     */
    static List<Box> closeUp(Mat bgr, int side, double minScore) {
        double k = (double) side / Math.max(bgr.cols(), bgr.rows());
        int w = Math.max(1, (int) Math.round(bgr.cols() * k));
        int h = Math.max(1, (int) Math.round(bgr.rows() * k));
        Mat small = new Mat();
        // bilinear: area averaging of a 12 MP photo down to 80 px costs several ms, and a face filling the frame
        // survives the aliasing
        Imgproc.resize(bgr, small, new Size(w, h), 0, 0, Imgproc.INTER_LINEAR);
        int left = (CLOSE_UP_INPUT - w) / 2;
        int top = (CLOSE_UP_INPUT - h) / 2;
        Mat framed = new Mat();
        Core.copyMakeBorder(small, framed, top, CLOSE_UP_INPUT - h - top, left, CLOSE_UP_INPUT - w - left,
                Core.BORDER_CONSTANT, new Scalar(127, 127, 127));
        small.release();
        List<Box> out = new ArrayList<>();
        for (Box b : raw(framed, CLOSE_UP_INPUT, CLOSE_UP_INPUT, minScore)) {
            Box s = b.shifted(-left, -top);
            double[] kp = s.keypoints().clone();
            for (int i = 0; i < kp.length; i++) {
                kp[i] /= k;
            }
            out.add(new Box(s.x() / k, s.y() / k, s.w() / k, s.h() / k, s.score(), kp));
        }
        framed.release();
        return out;
    }

    /** As {@link #detect}, but every anchor at or over {@code minScore}, before suppression. */
    static List<Box> raw(Mat bgr, int inW, int inH, double minScore) {
        Mat blob = Dnn.blobFromImage(bgr, 1 / 127.5, new Size(inW, inH), new Scalar(127.5, 127.5, 127.5), true,
                false);
        List<Mat> outs = new ArrayList<>(2);
        NETS.with(nets -> {
            Net net = net(nets, inW, inH);
            net.setInput(blob);
            net.forward(outs, net.getUnconnectedOutLayersNames());
            return null;
        });
        blob.release();
        Mat cls = outs.get(0).size(2) == 1 ? outs.get(0) : outs.get(1);
        Mat reg = cls == outs.get(0) ? outs.get(1) : outs.get(0);
        int n = cls.size(1);
        float[] c = new float[n];
        float[] r = new float[n * 16];
        Mat cf = cls.reshape(1, 1);
        Mat rf = reg.reshape(1, 1);
        cf.get(0, 0, c);
        rf.get(0, 0, r);
        outs.forEach(Mat::release);
        double[] anchors = anchors(inW, inH);
        if (anchors.length / 2 != n) {
            throw new IllegalStateException("BlazeFace gave " + n + " anchors, expected " + anchors.length / 2);
        }
        double logit = Math.log(minScore / (1 - minScore));
        double sx = (double) bgr.cols() / inW;
        double sy = (double) bgr.rows() / inH;
        List<Box> raw = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (c[i] < logit) {
                continue;
            }
            double score = 1 / (1 + Math.exp(-Math.max(-100, Math.min(100, c[i]))));
            double cx = anchors[2 * i] + r[16 * i];
            double cy = anchors[2 * i + 1] + r[16 * i + 1];
            double w = r[16 * i + 2];
            double h = r[16 * i + 3];
            if (w <= 0 || h <= 0) {
                continue;
            }
            double[] k = new double[2 * KEYPOINTS];
            for (int j = 0; j < KEYPOINTS; j++) {
                k[2 * j] = (anchors[2 * i] + r[16 * i + 4 + 2 * j]) * sx;
                k[2 * j + 1] = (anchors[2 * i + 1] + r[16 * i + 5 + 2 * j]) * sy;
            }
            raw.add(new Box((cx - w / 2) * sx, (cy - h / 2) * sy, w * sx, h * sy, score, k));
        }
        return raw;
    }

    /** Anchor centres in input pixels: stride 8 with 2 anchors, stride 16 with 6 (MediaPipe's short-range set). */
    static double[] anchors(int inW, int inH) {
        int[][] layers = {{8, 2}, {16, 6}};
        int total = 0;
        for (int[] l : layers) {
            total += ceilDiv(inW, l[0]) * ceilDiv(inH, l[0]) * l[1];
        }
        double[] a = new double[total * 2];
        int k = 0;
        for (int[] l : layers) {
            int gw = ceilDiv(inW, l[0]);
            int gh = ceilDiv(inH, l[0]);
            for (int y = 0; y < gh; y++) {
                for (int x = 0; x < gw; x++) {
                    for (int j = 0; j < l[1]; j++) {
                        a[k++] = (x + 0.5) * l[0];
                        a[k++] = (y + 0.5) * l[0];
                    }
                }
            }
        }
        return a;
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    /** Weighted non-maximum suppression, as MediaPipe blends overlapping detections. */
    static List<Box> suppress(List<Box> boxes) {
        List<Box> sorted = new ArrayList<>(boxes);
        sorted.sort(Comparator.comparingDouble(Box::score).reversed());
        List<Box> kept = new ArrayList<>();
        boolean[] used = new boolean[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            if (used[i]) {
                continue;
            }
            Box best = sorted.get(i);
            if (kept.stream().anyMatch(best::holdsCentreOf)) {
                continue; // a weaker, larger box around a face already kept: two faces never nest
            }
            double x = 0, y = 0, w = 0, h = 0, ws = 0;
            double[] k = new double[2 * KEYPOINTS];
            for (int j = i; j < sorted.size(); j++) {
                if (!used[j] && best.holdsCentreOf(sorted.get(j)) && best.iou(sorted.get(j)) <= 0.3) {
                    used[j] = true; // a weaker detection of part of this face: drop it, do not blend it in
                } else if (!used[j] && best.iou(sorted.get(j)) > 0.3) {
                    used[j] = true;
                    Box b = sorted.get(j);
                    x += b.x * b.score;
                    y += b.y * b.score;
                    w += b.w * b.score;
                    h += b.h * b.score;
                    for (int m = 0; m < k.length; m++) {
                        k[m] += b.keypoints[m] * b.score;
                    }
                    ws += b.score;
                }
            }
            for (int m = 0; m < k.length; m++) {
                k[m] /= ws;
            }
            kept.add(new Box(x / ws, y / ws, w / ws, h / ws, best.score, k));
        }
        return kept;
    }

    /** Variance of the Laplacian of a face crop brought to 64 px: a focus measure that ignores the face's size. */
    static double sharpness(Mat gray) {
        Mat norm = new Mat();
        Imgproc.resize(gray, norm, new Size(64, 64), 0, 0, Imgproc.INTER_AREA);
        Mat lap = new Mat();
        Imgproc.Laplacian(norm, lap, org.opencv.core.CvType.CV_64F);
        norm.release();
        org.opencv.core.MatOfDouble mean = new org.opencv.core.MatOfDouble();
        org.opencv.core.MatOfDouble std = new org.opencv.core.MatOfDouble();
        org.opencv.core.Core.meanStdDev(lap, mean, std);
        double s = std.get(0, 0)[0];
        lap.release();
        return s * s;
    }
}
