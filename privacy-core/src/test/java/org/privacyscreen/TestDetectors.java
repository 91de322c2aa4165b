package org.privacyscreen;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.spi.TextDetector;

/** Small detectors for engine tests. */
final class TestDetectors {
    private TestDetectors() {
    }

    /** Reports every match of {@code regex} as {@code type}. */
    static TextDetector regex(String id, FindingType type, String regex) {
        Pattern p = Pattern.compile(regex);
        return new TextDetector() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public List<Finding> detect(ScreeningContext context) {
                String text = context.post().text();
                List<Finding> out = new ArrayList<>();
                Matcher m = p.matcher(text);
                while (m.find()) {
                    if (m.end() > m.start()) {
                        out.add(Finding.builder(type).detector(id).span(text, m.start(), m.end()).confidence(0.9)
                                .message("Found a " + type + ".").build());
                    }
                }
                return out;
            }
        };
    }

    static TextDetector of(String id, int priority, java.util.function.Function<ScreeningContext, List<Finding>> f) {
        return new TextDetector() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public int priority() {
                return priority;
            }

            @Override
            public List<Finding> detect(ScreeningContext context) {
                return f.apply(context);
            }
        };
    }

    static Post post(String text) {
        return Post.builder().id("p-1").text(text).createdAt(java.time.Instant.parse("2026-11-21T10:00:00Z")).build();
    }
}
