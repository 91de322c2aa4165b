package org.privacyscreen.spi;

import java.util.List;

/**
 * Hands detectors and rules to the engine: the entry point of a plugin jar.
 *
 * <p><b>Registration.</b> An implementation is a public class with a public no-argument constructor, listed by its
 * binary name in {@code META-INF/services/org.privacyscreen.spi.DetectorProvider} (read on the class path) and, where
 * the jar has a {@code module-info}, named in {@code provides org.privacyscreen.spi.DetectorProvider with ...} (read
 * on the module path). {@code Screener.build()} finds providers with {@link java.util.ServiceLoader} in the
 * builder's class loader (by default the thread's context class loader), so a jar on the class path, or in the
 * {@code --plugins} folder of the {@code privacy-screen} command, is picked up with no code change. Providers can
 * also be given to {@code Screener.Builder.provider} by hand; one registered both ways counts once.
 *
 * <p><b>When and where.</b> Instantiated and called once per {@code Screener.build()}, on the building thread:
 * {@link #detectors()} then {@link #remediators()}. Keep both cheap and load models lazily or in a static holder,
 * once per JVM: a host may build several screeners, and the detectors returned serve every post of each.
 *
 * <p><b>Failures.</b> A provider whose class cannot be loaded or instantiated, or whose methods throw, is skipped
 * with a {@code PluginProblem} naming the class, its jar and the reason ({@code Screener.problems()}, and
 * {@code privacy-screen plugins}); the other providers work. A duplicate or blank detector id, though, fails the
 * whole build with a {@code CONFIGURATION} error, since the screener could not say which detector a policy means.
 */
public interface DetectorProvider {
    /**
     * The detectors and rules this provider gives.
     *
     * @return {@link TextDetector}s, {@link ImageDetector}s and {@link PostRule}s, each with its own id
     */
    List<Detector> detectors();

    /**
     * The image remediators this provider gives.
     *
     * @return the remediators; none by default
     */
    default List<ImageRemediator> remediators() {
        return List.of();
    }
}
