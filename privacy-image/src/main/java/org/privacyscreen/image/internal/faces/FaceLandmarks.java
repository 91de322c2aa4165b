package org.privacyscreen.image.internal.faces;

import java.util.ArrayList;
import java.util.List;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.dnn.Dnn;
import org.opencv.dnn.Net;
import org.opencv.imgproc.Imgproc;
import org.privacyscreen.image.internal.NativePool;

/**
 * The second opinion on a face: MediaPipe's face-landmark model (the face mesh's, trained apart from BlazeFace)
 * run on the candidate cropped and turned as MediaPipe does (1.5 times the box, eyes level, 192x192). Besides 468
 * landmarks it gives the probability that the crop holds a face at all, which is what MediaPipe tracks faces by;
 * on textures, animals and objects that BlazeFace takes for faces it stays near 0, on real faces near 1.
 */
final class FaceLandmarks {
    private static final TfLiteModel MODEL = new TfLiteModel("/org/privacyscreen/image/models/face_landmark.tflite");
    static final int INPUT = 192;
    /** MediaPipe crops 1.5 times the detector's box around the face. */
    static final double CROP_SCALE = 1.5;
    /** The tighter crop of the second opinion. */
    static final double TIGHT_SCALE = 1.3;
    /** A presence this high on MediaPipe's own crop is taken at once. */
    static final double SURE = 0.98;
    /** Below this sum of the two 1.5 crops' presence, the candidate is no face. */
    static final double NONE = 0.05;
    /** cv::dnn::Net is not thread-safe: one per thread at a time. */
    private static final NativePool<Net> NETS = new NativePool<>(MODEL::newNet, net -> { });

    private FaceLandmarks() {
    }

    /** Loads the model on the calling thread: a broken jar fails when the detector is prepared. */
    static void prepare() {
        NETS.with(net -> net);
    }

    /** Drops the idle networks (OpenCV frees a Net's memory when it is collected). */
    static void release() {
        NETS.clear();
    }

    /**
     * The probability (0-1) that {@code face}, a BlazeFace box in {@code bgr}'s pixels, holds a face. MediaPipe's
     * own crop (1.5 times the box, eyes level) decides when it is sure ({@link #SURE}); otherwise the answer is the
     * mean over that crop and three others (not turned, and 1.3 times the box): the eye keypoints go astray when
     * an eye is hidden (behind a camera, a hand), which turns the crop wrongly, and an animal's face can pass one
     * crop but not all (measured on the real photographs of the tests: a chimpanzee scored 0.62 and 0.92 at 1.5,
     * 0.02 at 1.3; a face half hidden by a camera 0.04 turned and 1.00 otherwise).
     */
    static double presence(Mat bgr, BlazeFace.Box face) {
        double[] k = face.keypoints();
        double angle = Math.toDegrees(Math.atan2(k[3] - k[1], k[2] - k[0]));
        double canonical = presence(bgr, face, angle, CROP_SCALE);
        if (canonical >= SURE) {
            return canonical;
        }
        double level = presence(bgr, face, 0, CROP_SCALE);
        if (canonical + level < NONE) {
            return (canonical + level) / 2; // neither 1.5 crop sees a face: the tighter ones will not change that
        }
        return (canonical + level + presence(bgr, face, 0, TIGHT_SCALE) + presence(bgr, face, angle, TIGHT_SCALE))
                / 4;
    }

    /** One crop of {@code face}, turned by {@code angle} degrees and {@code scale} times its size. */
    private static double presence(Mat bgr, BlazeFace.Box face, double angle, double scale) {
        double side = scale * Math.max(face.w(), face.h());
        Point centre = new Point(face.x() + face.w() / 2, face.y() + face.h() / 2);
        Mat m = Imgproc.getRotationMatrix2D(centre, angle, INPUT / side);
        m.put(0, 2, m.get(0, 2)[0] + INPUT / 2.0 - centre.x);
        m.put(1, 2, m.get(1, 2)[0] + INPUT / 2.0 - centre.y);
        Mat crop = new Mat();
        Imgproc.warpAffine(bgr, crop, m, new Size(INPUT, INPUT), Imgproc.INTER_LINEAR, Core.BORDER_CONSTANT,
                new Scalar(0, 0, 0));
        m.release();
        Mat blob = Dnn.blobFromImage(crop, 1 / 255.0, new Size(INPUT, INPUT), new Scalar(0, 0, 0), true, false);
        crop.release();
        List<Mat> outs = new ArrayList<>(2);
        NETS.with(net -> {
            net.setInput(blob);
            net.forward(outs, net.getUnconnectedOutLayersNames());
            return null;
        });
        blob.release();
        double logit = Double.NaN;
        for (Mat o : outs) {
            if (o.total() == 1) {
                float[] v = new float[1];
                o.reshape(1, 1).get(0, 0, v);
                logit = v[0];
            }
            o.release();
        }
        if (Double.isNaN(logit)) {
            throw new IllegalStateException("face landmark model gave no face-presence output");
        }
        return 1 / (1 + Math.exp(-Math.max(-100, Math.min(100, logit))));
    }
}
