package org.privacyscreen.image.internal.documents;

import java.util.List;
import org.opencv.core.Rect;
import org.privacyscreen.RegionKind;
import org.privacyscreen.image.internal.faces.FaceDetector;

/**
 * What carries a text region, from its geometry and from the shape of what was read (never from the words
 * themselves): a few lines just below a face and not much wider than it are a badge; light letters on a dark ground
 * a screen; lines that are mostly "label: value" a form; one to three lines of large lettering a sign, of small
 * lettering a label; anything else a document.
 */
final class RegionKinds {
    /** Lettering at least this fraction of the photo's short side is a sign's. */
    static final double SIGN_TEXT_FRACTION = 0.035;

    private RegionKinds() {
    }

    static RegionKind classify(Rect box, int rows, double textPx, List<TextRegion.ReadLine> lines,
            boolean darkGround, int imageShortSide, List<FaceDetector.Face> faces) {
        if (rows <= 4 && faces.stream().anyMatch(f -> badgeBelow(f.box(), box))) {
            return RegionKind.BADGE;
        }
        if (darkGround) {
            return RegionKind.SCREEN;
        }
        long labelled = lines.stream().filter(l -> l.text().matches("^\\S+(\\s\\S+){0,3}:.*")).count();
        if (labelled >= 2 && labelled * 2 >= lines.size()) {
            return RegionKind.FORM;
        }
        if (rows <= 3) {
            return textPx >= SIGN_TEXT_FRACTION * imageShortSide ? RegionKind.SIGN : RegionKind.LABEL;
        }
        return RegionKind.DOCUMENT;
    }

    /** A badge sits on the chest: below the face, within a few face heights, not far to either side. */
    static boolean badgeBelow(Rect face, Rect region) {
        double cx = region.x + region.width / 2.0;
        double faceCx = face.x + face.width / 2.0;
        int below = region.y - (face.y + face.height);
        return below >= 0 && below <= 4 * face.height && Math.abs(cx - faceCx) <= 2 * face.width
                && region.width <= 3 * face.width;
    }
}
