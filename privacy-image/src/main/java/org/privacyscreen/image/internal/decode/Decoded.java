package org.privacyscreen.image.internal.decode;

import org.opencv.core.Mat;

/**
 * One image decoded once for every detector of a post: BGR and grey pixels as displayed (orientation applied), at
 * {@link #scale()} of the full resolution. Read-only: detectors must not change the Mats. Closing it frees the
 * pixels at once (a 12 MP photo's working copy is about 12 MB outside the Java heap) rather than when the garbage
 * collector gets to them; the post's {@link ImageCache} does that when the screening ends.
 *
 * @param header the header the image was checked against
 * @param bgr    colour pixels at the working scale
 * @param gray   grey pixels at the working scale
 * @param scale  working size divided by full size (1, 1/2, 1/4 or 1/8)
 */
public record Decoded(Header header, Mat bgr, Mat gray, double scale) implements AutoCloseable {

    /** Full-resolution width as displayed. */
    public int width() {
        return header.width();
    }

    /** Full-resolution height as displayed. */
    public int height() {
        return header.height();
    }

    /** A working-scale coordinate or length at full resolution. */
    public int full(double working) {
        return (int) Math.round(working / scale);
    }

    /** Frees the pixels; the Mats are empty after this. */
    @Override
    public void close() {
        bgr.release();
        gray.release();
    }
}
