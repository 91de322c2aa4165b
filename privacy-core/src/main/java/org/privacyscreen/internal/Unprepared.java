package org.privacyscreen.internal;

import java.util.List;
import org.privacyscreen.ErrorCode;
import org.privacyscreen.Finding;
import org.privacyscreen.PrivacyScreenException;
import org.privacyscreen.spi.Detector;
import org.privacyscreen.spi.ImageDetector;
import org.privacyscreen.spi.ImageTextReader;
import org.privacyscreen.spi.PostRule;
import org.privacyscreen.spi.ReadText;
import org.privacyscreen.spi.RuleResult;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.spi.TextDetector;

/** Stands in for a detector whose prepare() failed: same id and kind, fails every post (DETECTOR_FAILURE). */
final class Unprepared {
    private Unprepared() {
    }

    static Detector of(Detector d) {
        String id = d.id();
        int priority = d.priority();
        if (d instanceof ImageDetector) {
            return new ImageDetector() {
                @Override
                public String id() {
                    return id;
                }

                @Override
                public int priority() {
                    return priority;
                }

                @Override
                public List<Finding> detect(ScreeningContext context, int image) {
                    throw failed(id);
                }
            };
        }
        if (d instanceof ImageTextReader) {
            return new ImageTextReader() {
                @Override
                public String id() {
                    return id;
                }

                @Override
                public int priority() {
                    return priority;
                }

                @Override
                public List<ReadText> read(ScreeningContext context, int image) {
                    throw failed(id);
                }
            };
        }
        if (d instanceof PostRule) {
            return new PostRule() {
                @Override
                public String id() {
                    return id;
                }

                @Override
                public int priority() {
                    return priority;
                }

                @Override
                public RuleResult apply(ScreeningContext context) {
                    throw failed(id);
                }
            };
        }
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
                throw failed(id);
            }
        };
    }

    private static PrivacyScreenException failed(String id) {
        return new PrivacyScreenException(ErrorCode.CONFIGURATION, "detector " + id + " could not be prepared");
    }
}
