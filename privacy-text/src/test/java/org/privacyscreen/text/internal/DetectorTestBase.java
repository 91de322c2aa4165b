package org.privacyscreen.text.internal;

import java.util.List;
import org.privacyscreen.Finding;
import org.privacyscreen.Post;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.testkit.TextDetectorContract;
import org.privacyscreen.text.Fixtures;

/** The testkit's contract for one detector, with the fixture practice, and helpers for table-driven tests. */
public abstract class DetectorTestBase extends TextDetectorContract {
    @Override
    protected Post post(String text) {
        return Fixtures.post(text);
    }

    @Override
    protected ScreeningContext context(Post post) {
        return Fixtures.context(post);
    }

    protected List<Finding> find(String text) {
        return find(Fixtures.post(text));
    }

    protected List<Finding> find(Post post) {
        return detector().detect(Fixtures.context(post));
    }

    /** The original substrings the findings point at. */
    protected static List<String> values(Post post, List<Finding> findings) {
        return findings.stream().map(f -> f.textSpan().orElseThrow())
                .map(t -> post.text().substring(t.start(), t.end())).toList();
    }

    protected List<String> values(String text) {
        return values(Fixtures.post(text), find(text));
    }
}
