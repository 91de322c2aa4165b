package org.privacyscreen.spi;

/**
 * What every detector and rule has: an id and a priority. Implement {@link TextDetector}, {@link ImageDetector} or
 * {@link PostRule}, not this. Implementations must be thread-safe.
 */
public interface Detector {
    /** Default priority; lower runs first. */
    int DEFAULT_PRIORITY = 1000;

    /** A stable, unique, lower-case id such as {@code phone-numbers}; it appears in reports and policies. */
    String id();

    /** Lower runs first; ties are broken by id. */
    default int priority() {
        return DEFAULT_PRIORITY;
    }
}
