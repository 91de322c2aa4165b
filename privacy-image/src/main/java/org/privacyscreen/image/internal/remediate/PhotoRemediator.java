package org.privacyscreen.image.internal.remediate;

import java.util.List;
import java.util.Optional;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.MatOfInt;
import org.opencv.core.Rect;
import org.opencv.core.Size;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;
import org.privacyscreen.ErrorCode;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.ImageFormat;
import org.privacyscreen.Location;
import org.privacyscreen.PostImage;
import org.privacyscreen.PrivacyScreenException;
import org.privacyscreen.image.internal.decode.Decoded;
import org.privacyscreen.image.internal.decode.Decoder;
import org.privacyscreen.image.internal.decode.Header;
import org.privacyscreen.image.internal.decode.ImageCache;
import org.privacyscreen.image.internal.metadata.MetadataDetector;
import org.privacyscreen.image.internal.metadata.MetadataStripper;
import org.privacyscreen.spi.ImageRemediator;
import org.privacyscreen.spi.ScreeningContext;

/**
 * Blurs every box beyond reading and strips all metadata by re-encoding the pixels (OpenCV writes none), in the
 * original format, at high quality, with the orientation baked in so the photo displays as before. An image with
 * no box to blur keeps its pixels untouched: only its metadata is cut out ({@link MetadataStripper}).
 *
 * <p>A box is reduced to a few cells (at most {@link #CELLS} across its short side), then enlarged smoothly
 * (bicubic): what was inside is gone, not hidden, so it cannot be undone, and no hard cell edges remain to look like
 * text to a later screening.
 */
public final class PhotoRemediator implements ImageRemediator {
    public static final String ID = "image-remediation";
    static final int CELLS = 4;
    static final int LONG_CELLS = 12;
    static final int JPEG_QUALITY = 95;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public PostImage remediate(ScreeningContext context, int image, List<Finding> findings) {
        ImageCache cache = ImageCache.of(context);
        Header h = cache.header(image);
        PostImage original = context.post().images().get(image);
        boolean boxes = findings.stream().anyMatch(f -> f.type() != FindingType.IMAGE_METADATA
                && f.location() instanceof Location.Image box && box.image() == image);
        if (!boxes) {
            // nothing to blur: drop the metadata losslessly, keeping every pixel as it was
            Optional<byte[]> stripped = original.read(b -> MetadataStripper.strip(b, h, cache.label(image)));
            if (stripped.isPresent() && clean(stripped.get(), h)) {
                return PostImage.of(original.name(), stripped.get());
            }
        }
        context.checkDeadline();
        try (Decoded d = original.read(b -> Decoder.full(b, h, cache.label(image)))) {
            Mat pixels = d.bgr();
            for (Finding f : findings) {
                if (f.type() != FindingType.IMAGE_METADATA && f.location() instanceof Location.Image box
                        && box.image() == image) {
                    context.checkDeadline();
                    obliterate(pixels, box);
                }
            }
            context.checkDeadline();
            return PostImage.of(original.name(), encode(pixels, h.format()));
        }
    }

    /** Whether a stripped file reads as the same photo and carries no metadata left to report. */
    private static boolean clean(byte[] stripped, Header original) {
        try {
            Header h = Header.read(stripped, "stripped", Long.MAX_VALUE);
            return h.width() == original.width() && h.height() == original.height()
                    && h.metadata().map(m -> MetadataDetector.kinds(m).isEmpty()).orElse(false);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Replaces the box (grown by a margin) with a smooth blur of a few cells of colour. A cell is at least a
     * {@link #CELLS}th of the short side and a {@link #LONG_CELLS}th of the long one, so a single line of text
     * becomes one row of a dozen cells, each wider than several letters: nothing of it can be read back. The
     * margin is at least a third of the short side, since a line's box may clip ascenders and descenders.
     */
    static void obliterate(Mat pixels, Location.Image box) {
        int shortest = Math.min(box.width(), box.height());
        int mx = Math.max(2, Math.max(box.width() / 10, shortest / 3));
        int my = Math.max(2, Math.max(box.height() / 10, shortest / 3));
        int x0 = Math.max(0, box.x() - mx);
        int y0 = Math.max(0, box.y() - my);
        int x1 = Math.min(pixels.cols(), box.x() + box.width() + mx);
        int y1 = Math.min(pixels.rows(), box.y() + box.height() + my);
        if (x1 - x0 < 1 || y1 - y0 < 1) {
            return;
        }
        Rect r = new Rect(x0, y0, x1 - x0, y1 - y0);
        Mat roi = pixels.submat(r);
        int shortSide = Math.min(r.width, r.height);
        double cell = Math.max(1.0, Math.max((double) shortSide / CELLS,
                (double) Math.max(r.width, r.height) / LONG_CELLS));
        int cw = Math.max(1, (int) Math.round(r.width / cell));
        int ch = Math.max(1, (int) Math.round(r.height / cell));
        Mat small = new Mat();
        Imgproc.resize(roi, small, new Size(cw, ch), 0, 0, Imgproc.INTER_AREA);
        Mat big = new Mat();
        // bicubic enlargement of a few cells is already smooth; a Gaussian of the cell's size cost seconds on 12 MP
        Imgproc.resize(small, big, new Size(r.width, r.height), 0, 0, Imgproc.INTER_CUBIC);
        big.copyTo(roi);
        small.release();
        big.release();
        roi.release();
    }

    static byte[] encode(Mat pixels, ImageFormat format) {
        MatOfInt params = switch (format) {
            case JPEG -> new MatOfInt(Imgcodecs.IMWRITE_JPEG_QUALITY, JPEG_QUALITY);
            case WEBP -> new MatOfInt(Imgcodecs.IMWRITE_WEBP_QUALITY, JPEG_QUALITY);
            case PNG -> new MatOfInt(Imgcodecs.IMWRITE_PNG_COMPRESSION, 6);
        };
        MatOfByte out = new MatOfByte();
        try {
            if (!Imgcodecs.imencode(format.extension(), pixels, out, params)) {
                throw new PrivacyScreenException(ErrorCode.INTERNAL, "could not re-encode the remediated image");
            }
            return out.toArray();
        } finally {
            out.release();
            params.release();
        }
    }
}
