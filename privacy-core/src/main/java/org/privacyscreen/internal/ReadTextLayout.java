package org.privacyscreen.internal;

import java.util.List;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingSource;
import org.privacyscreen.Location;
import org.privacyscreen.spi.ReadText;

/**
 * The lines read in one image laid out as one text, a line each, and the way back from a span of that text to the
 * boxes its lines were read from.
 */
final class ReadTextLayout {
    private final List<ReadText> lines;
    private final int[] starts;
    private final String text;

    private ReadTextLayout(List<ReadText> lines, int[] starts, String text) {
        this.lines = lines;
        this.starts = starts;
        this.text = text;
    }

    static ReadTextLayout of(List<ReadText> lines) {
        StringBuilder b = new StringBuilder();
        int[] starts = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                b.append('\n');
            }
            starts[i] = b.length();
            // a line break inside a line would join it to the next in the detectors' eyes
            b.append(lines.get(i).text().replace('\n', ' ').replace('\r', ' '));
        }
        return new ReadTextLayout(List.copyOf(lines), starts, b.toString());
    }

    String text() {
        return text;
    }

    /** {@code f}, found in {@link #text()}, moved to the box of the lines it spans, as text read in a photo. */
    Finding locate(Finding f) {
        int from = 0;
        int to = lines.size() - 1;
        if (f.location() instanceof Location.Text span) {
            from = lineAt(span.start());
            to = lineAt(span.end() - 1);
        }
        int x0 = Integer.MAX_VALUE;
        int y0 = Integer.MAX_VALUE;
        int x1 = 0;
        int y1 = 0;
        for (int i = from; i <= to; i++) {
            Location.Image box = lines.get(i).box();
            x0 = Math.min(x0, box.x());
            y0 = Math.min(y0, box.y());
            x1 = Math.max(x1, box.x() + box.width());
            y1 = Math.max(y1, box.y() + box.height());
        }
        ReadText first = lines.get(from);
        Finding.Builder b = f.toBuilder()
                .location(Location.image(first.box().image(), x0, y0, x1 - x0, y1 - y0))
                .source(FindingSource.IMAGE_TEXT);
        first.region().ifPresent(b::region);
        return b.build();
    }

    private int lineAt(int offset) {
        int i = java.util.Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 2;
    }
}
