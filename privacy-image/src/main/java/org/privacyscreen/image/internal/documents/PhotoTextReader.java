package org.privacyscreen.image.internal.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opencv.core.Rect;
import org.privacyscreen.Location;
import org.privacyscreen.spi.ImageTextReader;
import org.privacyscreen.spi.ReadText;
import org.privacyscreen.spi.ScreeningContext;

/**
 * The lines read in a photo's text regions (forms, badges, labels, screens, signs), for the text detectors: the
 * same regions and readings as the {@code documents} detector's, computed once per image ({@link TextFinder}).
 * Regions are given top to bottom, lines in reading order within each, with the kind of region on every line.
 */
public final class PhotoTextReader implements ImageTextReader {
    public static final String ID = "image-text";

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
    public List<ReadText> read(ScreeningContext context, int image) {
        List<TextRegion> regions = new ArrayList<>(TextFinder.regions(context, image));
        regions.sort(java.util.Comparator.comparingInt((TextRegion r) -> r.box().y).thenComparingInt(r -> r.box().x));
        List<ReadText> out = new ArrayList<>();
        for (TextRegion region : regions) {
            for (TextRegion.ReadLine line : region.lines()) {
                if (line.text().isBlank()) {
                    continue;
                }
                Rect b = line.box();
                out.add(new ReadText(Location.image(image, b.x, b.y, b.width, b.height), line.text(),
                        Math.max(0, Math.min(1, line.confidence())), Optional.of(region.kind())));
            }
        }
        return out;
    }
}
