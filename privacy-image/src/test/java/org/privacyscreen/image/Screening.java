package org.privacyscreen.image;

import java.util.List;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.Location;
import org.privacyscreen.Post;
import org.privacyscreen.PostImage;
import org.privacyscreen.ScreeningReport;
import org.privacyscreen.Screener;

/** A screener with only this module's detectors, and helpers to look at its findings. */
final class Screening {
    static final Screener SCREENER = Screener.builder().discover(false).provider(new ImageDetectorProvider()).build();

    private Screening() {
    }

    static ScreeningReport screen(byte[] image, String... subjects) {
        return screen(PostImage.of("photo.jpg", image), subjects);
    }

    static ScreeningReport screen(PostImage image, String... subjects) {
        return SCREENER.screen(Post.builder().image(image).subjects(List.of(subjects)).build());
    }

    static List<Location.Image> boxes(ScreeningReport r, FindingType type) {
        return r.findings(type).stream().map(f -> (Location.Image) f.location()).toList();
    }

    /** Whether some box of {@code type} covers the centre of the given rectangle. */
    static boolean found(ScreeningReport r, FindingType type, int x, int y, int w, int h) {
        int cx = x + w / 2;
        int cy = y + h / 2;
        return boxes(r, type).stream().anyMatch(b -> b.x() <= cx && cx <= b.x() + b.width()
                && b.y() <= cy && cy <= b.y() + b.height());
    }

    static String describe(ScreeningReport r) {
        StringBuilder sb = new StringBuilder(r.verdict().toString());
        for (Finding f : r.findings()) {
            sb.append("\n  ").append(f.type()).append(' ').append(f.severity()).append(' ')
                    .append(String.format("%.2f ", f.confidence())).append(f.location()).append(' ')
                    .append(f.excerpt().orElse("")).append(" | ").append(f.message());
        }
        return sb.toString();
    }
}
