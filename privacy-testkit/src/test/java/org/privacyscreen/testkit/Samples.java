package org.privacyscreen.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.Location;
import org.privacyscreen.Remediation;
import org.privacyscreen.Severity;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.spi.TextDetector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A small text detector (runs of six or more digits) with one deliberate flaw at a time, for the self-tests. */
final class Samples {
    private Samples() {
    }

    static final List<String> POSITIVES = List.of("Her file number is 4471092, please bring it.",
            "Ref 99812345 and 1234567 both.", "Call about 555123 today");
    static final List<String> NEGATIVES = List.of("Open 9 to 5 on 12 days.", "Room 12345 is closed.",
            "No numbers here at all.");

    enum Flaw {
        NONE, OFFSET_OUTSIDE, VALUE_IN_MESSAGE, NO_EXCERPT, SHARED_STATE, LOGS_VALUE, IGNORES_INTERRUPT,
        IGNORES_DEADLINE, PREPARE_FAILS
    }

    static final class DigitRuns implements TextDetector {
        private static final Pattern RUN = Pattern.compile("(?<!\\d)\\d{6,}(?!\\d)");
        private static final Logger LOG = LoggerFactory.getLogger(DigitRuns.class);
        private final Flaw flaw;
        private String current; // used only by Flaw.SHARED_STATE: the bug under test

        DigitRuns(Flaw flaw) {
            this.flaw = flaw;
        }

        @Override
        public String id() {
            return "digit-runs";
        }

        @Override
        public List<Finding> detect(ScreeningContext context) {
            String text = context.post().text();
            if (flaw == Flaw.SHARED_STATE) {
                current = text;
                Thread.yield();
                text = current;
            }
            if (flaw == Flaw.IGNORES_INTERRUPT && text.length() > 50_000) {
                sleepIgnoringInterrupts(2_000);
            }
            if (flaw == Flaw.IGNORES_DEADLINE && text.length() > 50_000 && context.remaining().isZero()) {
                sleepUnlessInterrupted(2_000); // honours interrupts, never looks at the deadline
            }
            List<Finding> out = new ArrayList<>();
            Matcher m = RUN.matcher(text);
            while (m.find()) {
                String value = m.group();
                Finding.Builder b = Finding.builder(FindingType.MEDICAL_RECORD_NUMBER).confidence(0.8)
                        .span(text, m.start(), m.end())
                        .message("A long number that may be a record number.");
                switch (flaw) {
                    case OFFSET_OUTSIDE -> b.location(Location.text(m.start(), m.end() + 200));
                    case VALUE_IN_MESSAGE -> b.message("The number " + value + " may be a record number.");
                    case LOGS_VALUE -> LOG.debug("matched {}", value);
                    default -> { }
                }
                Finding f = b.build();
                if (flaw == Flaw.NO_EXCERPT) {
                    f = new Finding(f.type(), Severity.HIGH, f.confidence(), f.detector(), f.location(),
                            Optional.empty(), Optional.empty(), f.message(), Remediation.REDACT, Optional.empty());
                }
                out.add(f);
            }
            return out;
        }

        @Override
        public void prepare() {
            if (flaw == Flaw.PREPARE_FAILS) {
                throw new IllegalStateException("model file missing");
            }
        }

        private static void sleepUnlessInterrupted(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private static void sleepIgnoringInterrupts(long millis) {
            long end = System.nanoTime() + millis * 1_000_000;
            while (System.nanoTime() < end) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    // the flaw under test: the interrupt is swallowed
                }
            }
        }
    }

    /** The contract for one flaw. */
    abstract static class Contract extends TextDetectorContract {
        abstract Flaw flaw();

        @Override
        protected TextDetector detector() {
            return new DigitRuns(flaw());
        }

        @Override
        protected List<String> positives() {
            return POSITIVES;
        }

        @Override
        protected List<String> negatives() {
            return NEGATIVES;
        }
    }
}
