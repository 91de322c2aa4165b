package org.privacyscreen.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.privacyscreen.ErrorCode;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.Location;
import org.privacyscreen.PrivacyScreenException;
import org.privacyscreen.Severity;
import org.privacyscreen.spi.Detector;
import org.privacyscreen.spi.DetectorProvider;
import org.privacyscreen.spi.ImageDetector;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.spi.TextDetector;

/**
 * Test-only detectors, registered explicitly so the command's tests do not depend on the real ones. Marker words
 * decide what they find: HIGHWORD a phone number (HIGH), MEDWORD a name (MEDIUM), LOWWORD a LOW detail, BOOM a
 * detector crash. The image detector finds a face in every image and refuses one holding the bytes CORRUPT.
 */
final class TestDetectors implements DetectorProvider {
    private static final Pattern MARKER = Pattern.compile("HIGHWORD|MEDWORD|LOWWORD|BOOM");

    @Override
    public List<Detector> detectors() {
        return List.of(new Words(), new Faces());
    }

    static final class Words implements TextDetector {
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
                    case "BOOM" -> throw new IllegalStateException("test detector crashed");
                    case "HIGHWORD" -> out.add(Finding.builder(FindingType.PHONE_NUMBER).span(text, m.start(), m.end())
                            .confidence(0.9).message("A phone number that is not the practice's.").build());
                    case "MEDWORD" -> out.add(Finding.builder(FindingType.PERSON_NAME).span(text, m.start(), m.end())
                            .confidence(0.8).message("A person's name.").build());
                    default -> out.add(Finding.builder(FindingType.QUASI_IDENTIFIER).severity(Severity.LOW)
                            .span(text, m.start(), m.end()).message("A detail that is information only.").build());
                }
            }
            return out;
        }
    }

    static final class Faces implements ImageDetector {
        @Override
        public String id() {
            return "test-faces";
        }

        @Override
        public List<Finding> detect(ScreeningContext context, int image) {
            boolean corrupt = context.post().images().get(image)
                    .read(b -> new String(b, StandardCharsets.ISO_8859_1).contains("CORRUPT"));
            if (corrupt) {
                throw new PrivacyScreenException(ErrorCode.IMAGE_INVALID, "images[" + image + "]: cannot be decoded");
            }
            return List.of(Finding.builder(FindingType.FACE).location(Location.image(image, 1, 1, 2, 2))
                    .confidence(0.95).message("A face in the photo.").build());
        }
    }
}
