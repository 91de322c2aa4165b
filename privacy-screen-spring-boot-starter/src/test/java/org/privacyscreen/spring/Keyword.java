package org.privacyscreen.spring;

import java.util.ArrayList;
import java.util.List;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.spi.TextDetector;

/** A test detector: every "HIGHWORD" is a phone number, so tests decide the verdict without loading models. */
final class Keyword implements TextDetector {
    @Override
    public String id() {
        return "keyword";
    }

    @Override
    public List<Finding> detect(ScreeningContext context) {
        String text = context.post().text();
        List<Finding> out = new ArrayList<>();
        for (int at = text.indexOf("HIGHWORD"); at >= 0; at = text.indexOf("HIGHWORD", at + 1)) {
            out.add(Finding.builder(FindingType.PHONE_NUMBER).span(text, at, at + 8).message("A phone number.")
                    .build());
        }
        return out;
    }
}
