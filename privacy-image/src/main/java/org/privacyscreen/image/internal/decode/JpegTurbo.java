package org.privacyscreen.image.internal.decode;

import static org.bytedeco.leptonica.global.leptonica.L_JPEG_READ_LUMINANCE;
import static org.bytedeco.leptonica.global.leptonica.L_SEVERITY_NONE;
import static org.bytedeco.leptonica.global.leptonica.pixDestroy;
import static org.bytedeco.leptonica.global.leptonica.pixEndianByteSwap;
import static org.bytedeco.leptonica.global.leptonica.pixGetData;
import static org.bytedeco.leptonica.global.leptonica.pixGetDepth;
import static org.bytedeco.leptonica.global.leptonica.pixGetHeight;
import static org.bytedeco.leptonica.global.leptonica.pixGetWidth;
import static org.bytedeco.leptonica.global.leptonica.pixGetWpl;
import static org.bytedeco.leptonica.global.leptonica.pixReadMemJpeg;
import static org.bytedeco.leptonica.global.leptonica.setMsgSeverity;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Optional;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.leptonica.PIX;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfInt;
import org.opencv.imgproc.Imgproc;

/**
 * JPEG decoding by the libjpeg-turbo inside Leptonica's natives (loaded for the OCR anyway), which is built with its
 * SIMD code where OpenCV's is not: the same pixels as OpenCV's decoder, in about two thirds of the time (a 12 MP
 * photo at 1/2 scale with its grey copy: 35 ms instead of 48). DCT scaling (1/2, 1/4, 1/8) and luminance-only
 * decoding as OpenCV's reduced modes do. Empty where Leptonica's natives cannot be loaded or it refuses the file:
 * the caller then decodes with OpenCV, whose checks and errors stay the reference.
 */
final class JpegTurbo {
    private static final boolean AVAILABLE = load();

    private JpegTurbo() {
    }

    private static boolean load() {
        try {
            setMsgSeverity(L_SEVERITY_NONE); // Leptonica writes warnings to stderr; we report failures ourselves
            return true;
        } catch (LinkageError e) {
            return false;
        }
    }

    /** The colour pixels (BGR, as stored) at {@code 1 / reduction} of full size. */
    static Optional<Mat> bgr(byte[] jpeg, int reduction) {
        return decode(jpeg, reduction, false);
    }

    /** The luminance (grey) pixels, as stored, at {@code 1 / reduction} of full size. */
    static Optional<Mat> luminance(byte[] jpeg, int reduction) {
        return decode(jpeg, reduction, true);
    }

    private static Optional<Mat> decode(byte[] jpeg, int reduction, boolean grey) {
        if (!AVAILABLE) {
            return Optional.empty();
        }
        PIX pix = pixReadMemJpeg(jpeg, jpeg.length, 0, reduction, (int[]) null, grey ? L_JPEG_READ_LUMINANCE : 0);
        if (pix == null) {
            return Optional.empty();
        }
        try {
            int depth = pixGetDepth(pix);
            if (depth != 8 && depth != 32) {
                return Optional.empty();
            }
            if (depth == 8) {
                pixEndianByteSwap(pix); // 8-bit pixels sit big-endian in 32-bit words: first pixel first in memory
            }
            int w = pixGetWidth(pix);
            int h = pixGetHeight(pix);
            long step = 4L * pixGetWpl(pix);
            ByteBuffer data = new BytePointer(pixGetData(pix)).capacity(step * h).asByteBuffer();
            Mat wrapped = new Mat(h, w, depth == 8 ? CvType.CV_8UC1 : CvType.CV_8UC4, data, step);
            Mat out = new Mat(h, w, grey ? CvType.CV_8UC1 : CvType.CV_8UC3);
            try {
                if (depth == 8 && grey) {
                    wrapped.copyTo(out);
                } else if (depth == 8) {
                    Imgproc.cvtColor(wrapped, out, Imgproc.COLOR_GRAY2BGR); // a grey JPEG, asked for colour
                } else {
                    // a 32-bit pixel is 0xRRGGBBAA: bytes A, B, G, R in memory on a little-endian machine
                    boolean little = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;
                    Mat bgr = grey ? new Mat(h, w, CvType.CV_8UC3) : out;
                    MatOfInt order = little ? new MatOfInt(1, 0, 2, 1, 3, 2) : new MatOfInt(2, 0, 1, 1, 0, 2);
                    Core.mixChannels(List.of(wrapped), List.of(bgr), order);
                    order.release();
                    if (grey) {
                        Imgproc.cvtColor(bgr, out, Imgproc.COLOR_BGR2GRAY);
                        bgr.release();
                    }
                }
            } finally {
                wrapped.release();
            }
            return Optional.of(out);
        } finally {
            pixDestroy(pix);
        }
    }
}
