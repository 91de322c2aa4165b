package org.privacyscreen;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.privacyscreen.spi.ImageDetector;
import org.privacyscreen.spi.ImageRemediator;
import org.privacyscreen.spi.ImageTextReader;
import org.privacyscreen.spi.PostRule;
import org.privacyscreen.spi.ReadText;
import org.privacyscreen.spi.RuleResult;
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

    static TextDetector of(String id, int priority, Function<ScreeningContext, List<Finding>> f) {
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

    static ImageDetector image(String id, BiFunction<ScreeningContext, Integer, List<Finding>> f) {
        return new ImageDetector() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public List<Finding> detect(ScreeningContext context, int image) {
                return f.apply(context, image);
            }
        };
    }

    static ImageTextReader reader(String id, BiFunction<ScreeningContext, Integer, List<ReadText>> f) {
        return new ImageTextReader() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public List<ReadText> read(ScreeningContext context, int image) {
                return f.apply(context, image);
            }
        };
    }

    /** A rule that may cover {@code covers}. */
    static PostRule rule(String id, Set<FindingType> covers, Function<ScreeningContext, RuleResult> f) {
        return new PostRule() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public RuleResult apply(ScreeningContext context) {
                return f.apply(context);
            }

            @Override
            public Set<FindingType> covers() {
                return covers;
            }
        };
    }

    static ImageRemediator remediator(String id, BiFunction<ScreeningContext, Integer, PostImage> f) {
        return new ImageRemediator() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public PostImage remediate(ScreeningContext context, int image, List<Finding> findings) {
                return f.apply(context, image);
            }
        };
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
