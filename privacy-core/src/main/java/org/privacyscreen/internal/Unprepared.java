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

/** Stands in for a detector whose prepare() failed: same id, priority and kind; fails every post (DETECTOR_FAILURE). */
abstract class Unprepared implements Detector {
    private final String id;
    private final int priority;

    private Unprepared(Detector d) {
        this.id = d.id();
        this.priority = d.priority();
    }

    static Detector of(Detector d) {
        if (d instanceof ImageDetector) {
            return new Image(d);
        }
        if (d instanceof ImageTextReader) {
            return new Reader(d);
        }
        if (d instanceof PostRule) {
            return new Rule(d);
        }
        return new Text(d);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public int priority() {
        return priority;
    }

    PrivacyScreenException failed() {
        return new PrivacyScreenException(ErrorCode.CONFIGURATION, "detector " + id + " could not be prepared");
    }

    private static final class Text extends Unprepared implements TextDetector {
        Text(Detector d) {
            super(d);
        }

        @Override
        public List<Finding> detect(ScreeningContext context) {
            throw failed();
        }
    }

    private static final class Image extends Unprepared implements ImageDetector {
        Image(Detector d) {
            super(d);
        }

        @Override
        public List<Finding> detect(ScreeningContext context, int image) {
            throw failed();
        }
    }

    private static final class Reader extends Unprepared implements ImageTextReader {
        Reader(Detector d) {
            super(d);
        }

        @Override
        public List<ReadText> read(ScreeningContext context, int image) {
            throw failed();
        }
    }

    private static final class Rule extends Unprepared implements PostRule {
        Rule(Detector d) {
            super(d);
        }

        @Override
        public RuleResult apply(ScreeningContext context) {
            throw failed();
        }
    }
}
