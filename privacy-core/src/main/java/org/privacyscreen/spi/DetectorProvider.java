package org.privacyscreen.spi;

import java.util.List;

/**
 * Hands detectors and rules to the engine. Implementations have a public no-argument constructor and are listed in
 * {@code META-INF/services/org.privacyscreen.spi.DetectorProvider} (and {@code provides} in module-info where the
 * jar has one); a jar on the class path is then picked up with no code change.
 *
 * <p>Called once per {@code Screener.build()}, on the building thread. Load models here or lazily, once, and share
 * them: the detectors returned serve every post. A provider that throws is reported by the screener and skipped.
 */
public interface DetectorProvider {
    /** The detectors and rules ({@link TextDetector}, {@link ImageDetector}, {@link PostRule}) this provider gives. */
    List<Detector> detectors();

    /** The image remediators this provider gives; none by default. */
    default List<ImageRemediator> remediators() {
        return List.of();
    }
}
