package org.privacyscreen.text.internal.analysis;

import java.util.List;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.spi.TextDetector;

/** What every text detector here shares: an id and a finding builder located in the original text. */
public abstract class TextDetectorBase implements TextDetector {
    private final String id;

    protected TextDetectorBase(String id) {
        this.id = id;
    }

    @Override
    public final String id() {
        return id;
    }

    /** Loads the shared lexicons, name lists and POS model at build time; later calls are no-ops. */
    @Override
    public void prepare() {
        SharedModels.warmUp();
    }

    @Override
    public final List<Finding> detect(ScreeningContext context) {
        if (context.post().text().isEmpty()) {
            return List.of();
        }
        return find(context);
    }

    protected abstract List<Finding> find(ScreeningContext context);

    /** A finding of {@code type} over original offsets {@code [start, end)}, masked excerpt included. */
    protected final Finding.Builder finding(ScreeningContext context, FindingType type, int start, int end) {
        return Finding.builder(type).detector(id).span(context.post().text(), start, end);
    }
}
