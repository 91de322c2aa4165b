package org.privacyscreen.image.internal.documents;

import java.util.ArrayList;
import java.util.List;
import org.opencv.core.Rect;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.Location;
import org.privacyscreen.Severity;
import org.privacyscreen.spi.ImageDetector;
import org.privacyscreen.spi.ScreeningContext;

/**
 * Documents, forms, screens, labels, signs and badges with text ({@link TextFinder}). Legibility is judged at full
 * resolution from the text height in pixels, because phone photos are sharp and a reader can zoom:
 * {@link #LEGIBLE_PX} and up is legible (HIGH), from {@link TextFinder#MIN_TEXT_PX} it may be (MEDIUM). The message
 * says what kind of region it is and how large its text is, never what it says.
 */
public final class DocumentDetector implements ImageDetector {
    public static final String ID = "documents";
    /** Text this high at full resolution (pixels, ascender to descender) can be read when zoomed. */
    public static final double LEGIBLE_PX = 9;

    @Override
    public void prepare() {
        TextFinder.prepare();
    }

    /** Ends the idle OCR readers of every thread that used them; the next post makes new ones. */
    @Override
    public void close() {
        TextFinder.release();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> detect(ScreeningContext context, int image) {
        List<Finding> out = new ArrayList<>();
        for (TextRegion region : TextFinder.regions(context, image)) {
            out.add(finding(region, image));
        }
        return out;
    }

    private static Finding finding(TextRegion region, int image) {
        boolean legible = region.textPx() >= LEGIBLE_PX;
        int rows = region.rows();
        String what = "A " + region.kind().wireName() + " with " + (rows == 1 ? "a line" : rows + " lines")
                + " of text";
        String how = region.read() ? ", read by OCR," : ",";
        String message = what + how + (legible
                ? " legible at full resolution (text about " + Math.round(region.textPx()) + " px high): blur it."
                : " that may be legible when zoomed in (text about " + Math.round(region.textPx())
                + " px high): check it or blur it.");
        double confidence = region.read()
                ? Math.min(0.97, 0.6 + 0.35 * region.lines().stream().mapToDouble(TextRegion.ReadLine::confidence)
                        .max().orElse(0))
                : Math.min(0.9, 0.55 + 0.05 * Math.min(rows, 6));
        Rect b = region.box();
        return Finding.builder(FindingType.DOCUMENT_TEXT).confidence(confidence)
                .severity(legible ? Severity.HIGH : Severity.MEDIUM)
                .location(Location.image(image, b.x, b.y, b.width, b.height)).region(region.kind()).message(message)
                .build();
    }
}
