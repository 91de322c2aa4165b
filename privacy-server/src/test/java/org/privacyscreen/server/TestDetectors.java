package org.privacyscreen.server;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.Location;
import org.privacyscreen.Screener;
import org.privacyscreen.spi.ImageDetector;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.spi.TextDetector;

/**
 * Deterministic detectors for the API tests: PHONEWORD is a phone number (HIGH), NAMEWORD a person's name (MEDIUM);
 * every image has a face at (10, 20, 30x40). WAITWORD makes the detector wait on {@link #gate} (for queue and
 * shutdown tests).
 */
final class TestDetectors {
    private static final Pattern MARKER = Pattern.compile("PHONEWORD|NAMEWORD|WAITWORD");

    private TestDetectors() {
    }

    /** A screener of these detectors only; WAITWORD waits on {@code gate}, and {@code entered} counts arrivals. */
    static Screener screener(CountDownLatch gate, CountDownLatch entered) {
        return Screener.builder().discover(false).detector(new Words(gate, entered)).detector(new Faces()).build();
    }

    static Screener screener() {
        return screener(new CountDownLatch(0), new CountDownLatch(0));
    }

    private record Words(CountDownLatch gate, CountDownLatch entered) implements TextDetector {
        @Override
        public String id() {
            return "test-words";
        }

        @Override
        public List<Finding> detect(ScreeningContext context) {
            String text = context.post().text();
            List<Finding> out = new ArrayList<>();
            Matcher m = MARKER.matcher(text);
            while (m.find()) {
                switch (m.group()) {
                    case "WAITWORD" -> {
                        entered.countDown();
                        try {
                            gate.await(30, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    case "PHONEWORD" -> out.add(Finding.builder(FindingType.PHONE_NUMBER).span(text, m.start(), m.end())
                            .message("A phone number that is not the practice's.").build());
                    default -> out.add(Finding.builder(FindingType.PERSON_NAME).span(text, m.start(), m.end())
                            .message("A person's name.").build());
                }
            }
            return out;
        }
    }

    private static final class Faces implements ImageDetector {
        @Override
        public String id() {
            return "test-faces";
        }

        @Override
        public List<Finding> detect(ScreeningContext context, int image) {
            return List.of(Finding.builder(FindingType.FACE).location(Location.image(image, 10, 20, 30, 40))
                    .message("A face in the photo.").build());
        }
    }
}
