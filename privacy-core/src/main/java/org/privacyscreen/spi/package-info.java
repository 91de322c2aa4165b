/**
 * Service provider interface: what plugins and hosts implement.
 *
 * <p>Zone: SPI. Detectors ({@link org.privacyscreen.spi.TextDetector}, {@link org.privacyscreen.spi.ImageDetector})
 * find things in a post; rules ({@link org.privacyscreen.spi.PostRule}) judge the post as a whole once the detectors
 * are done; a {@link org.privacyscreen.spi.DetectorProvider} hands them to the engine and is found with
 * {@link java.util.ServiceLoader}. The look-ups ({@link org.privacyscreen.spi.ClientDirectory},
 * {@link org.privacyscreen.spi.ConsentStore}, {@link org.privacyscreen.spi.EngagementLog},
 * {@link org.privacyscreen.spi.AuditSink}) are what a host provides; each has an in-memory implementation here.
 *
 * <h2>What is called when</h2>
 * <ol>
 * <li>{@code Screener.build()}, on the building thread: each {@link org.privacyscreen.spi.DetectorProvider} is
 * instantiated and asked once for its detectors and remediators; ids are checked and the order fixed.</li>
 * <li>{@code screen(post)}: every enabled {@link org.privacyscreen.spi.TextDetector} (when the post has text) and
 * every enabled {@link org.privacyscreen.spi.ImageDetector} on every image start at once on pool threads, sharing one
 * {@link org.privacyscreen.spi.ScreeningContext} and one deadline (the policy's {@code detectorTimeout}). Their
 * findings are checked, stamped with the detector's id, filtered by {@code minConfidence} and merged.</li>
 * <li>Each enabled {@link org.privacyscreen.spi.PostRule}, one after another in priority order, each on a pool
 * thread with its own time budget, sees the findings so far and adds or covers.</li>
 * <li>On the calling thread: the policy sets severities and the verdict; the text is redacted; each
 * {@link org.privacyscreen.spi.ImageRemediator} remediates every image; the
 * {@link org.privacyscreen.spi.AuditSink} records the decision.</li>
 * </ol>
 *
 * <h2>Threads</h2>
 * One {@code Screener} runs every detector of a post concurrently, each on a pool thread (the builder's executor,
 * or a shared pool of daemon threads), and the same detector instance serves every post on every thread at once:
 * detectors, rules, remediators and look-ups must be thread-safe, and should be stateless apart from models loaded
 * once and shared. A detector that runs past the policy's time budget is interrupted, its result ignored, and
 * reported as DETECTOR_FAILURE; long loops should check {@link java.lang.Thread#interrupted()}.
 *
 * <h2>Ids and priorities</h2>
 * Every detector and rule has an id, unique in a screener ({@code build()} fails on a duplicate), used in reports,
 * timings and the policy's {@code disabledDetectors}; the engine stamps it on every finding. Lower priorities run
 * first; equal priorities run in id order, never in class-path order. Rules see the findings of every detector and
 * of the rules before them. See {@link org.privacyscreen.spi.Detector}.
 *
 * <h2>Fail closed, leak nothing</h2>
 * A detector or rule that throws, runs out of time or returns findings outside the post adds a DETECTOR_FAILURE
 * finding, never below MEDIUM, so a post is never allowed on a detector's silence. Only a
 * {@link org.privacyscreen.PrivacyScreenException} with a bad-input code reaches the caller. No detector logs a
 * detected value or puts one in an exception or a finding's message; excerpts are masked.
 */
package org.privacyscreen.spi;
