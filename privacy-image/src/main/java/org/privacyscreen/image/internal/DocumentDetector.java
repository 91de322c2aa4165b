package org.privacyscreen.image.internal;

import java.util.ArrayList;
import java.util.List;
import org.opencv.core.Rect;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.Location;
import org.privacyscreen.Severity;
import org.privacyscreen.image.internal.faces.FaceDetector;
import org.privacyscreen.spi.ImageDetector;
import org.privacyscreen.spi.ScreeningContext;

/**
 * Documents, forms, screens and labels with text. Legibility is judged at full resolution from the text height in
 * pixels, because phone photos are sharp and a reader can zoom: {@link #LEGIBLE_PX} and up is legible (HIGH),
 * from {@link #MAYBE_PX} it may be (MEDIUM); smaller text is not reported.
 */
public final class DocumentDetector implements ImageDetector {
    public static final String ID = "documents";
    /** Text this high at full resolution (pixels, ascender to descender) can be read when zoomed. */
    public static final double LEGIBLE_PX = 9;
    /** Text this high may be read with effort. */
    public static final double MAYBE_PX = 6;

    private static boolean onFace(Decoded d, Rect working, List<FaceDetector.Face> faces) {
        double cx = (working.x + working.width / 2.0) / d.scale();
        double cy = (working.y + working.height / 2.0) / d.scale();
        return faces.stream().map(FaceDetector.Face::box).anyMatch(f -> cx >= f.x && cx <= f.x + f.width
                && cy >= f.y && cy <= f.y + f.height);
    }

    @Override
    public void prepare() {
        OpenCv.load();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> detect(ScreeningContext context, int image) {
        ImageCache cache = ImageCache.of(context);
        Decoded d = cache.decoded(image);
        List<FaceDetector.Face> faces = cache.faces(image);
        List<Finding> out = new ArrayList<>();
        for (TextRegions.Document doc : TextRegions.documents(TextRegions.lines(d.gray()))) {
            Rect b = doc.box();
            boolean label = doc.rows() == 1 && b.width >= 5 * b.height;
            if (doc.rows() < 2 && !label) {
                continue;
            }
            if (doc.rows() <= 2 && onFace(d, b, faces)) {
                continue; // brows, eyes and lips line up like a word
            }
            // the gradient adds about a pixel above and below each line
            double textPx = Math.max(1, doc.medianLineHeight() - 2) / d.scale();
            if (textPx < MAYBE_PX) {
                continue;
            }
            boolean legible = textPx >= LEGIBLE_PX;
            int lines = doc.rows();
            double confidence = Math.min(0.95, (label ? 0.55 : 0.6) + 0.05 * Math.min(lines, 6));
            int fx = Math.min(d.full(b.x), d.width() - 1);
            int fy = Math.min(d.full(b.y), d.height() - 1);
            int fw = Math.max(1, Math.min(d.full(b.x + b.width), d.width()) - fx);
            int fh = Math.max(1, Math.min(d.full(b.y + b.height), d.height()) - fy);
            String what = label ? "A label or sign with a line of text" : "A document, form or screen with "
                    + lines + " lines of text";
            String message = what + (legible
                    ? ", legible at full resolution (text about " + Math.round(textPx) + " px high): blur it."
                    : " that may be legible when zoomed in (text about " + Math.round(textPx)
                    + " px high): check it or blur it.");
            out.add(Finding.builder(FindingType.DOCUMENT_TEXT).confidence(confidence)
                    .severity(legible ? Severity.HIGH : Severity.MEDIUM)
                    .location(Location.image(image, fx, fy, fw, fh)).message(message).build());
        }
        return out;
    }
}
