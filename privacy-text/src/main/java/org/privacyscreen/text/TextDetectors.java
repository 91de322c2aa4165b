package org.privacyscreen.text;

import java.util.List;
import org.privacyscreen.spi.Detector;
import org.privacyscreen.spi.DetectorProvider;
import org.privacyscreen.text.internal.TextDetectorRegistry;

/**
 * Every text detector of this module: client-directory, person-names, phone-numbers, email-addresses,
 * postal-addresses, social-handles, national-ids, payment-cards, medical-record-numbers, dates-of-birth,
 * health-information, quasi-identifiers, minors and medical-advice. Listed in
 * {@code META-INF/services/org.privacyscreen.spi.DetectorProvider}. The detectors are shared, thread-safe
 * singletons; their models and lexicons load once, when a screener is built (Detector.prepare).
 */
public final class TextDetectors implements DetectorProvider {
    public TextDetectors() {
        // discovered by ServiceLoader
    }

    @Override
    public List<Detector> detectors() {
        return TextDetectorRegistry.DETECTORS;
    }

    /** Loads the models and word lists now rather than on the first post (for hosts that warm up at start). */
    public static void warmUp() {
        TextDetectorRegistry.warmUp();
    }
}
