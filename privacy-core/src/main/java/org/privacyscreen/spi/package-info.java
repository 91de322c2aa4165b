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
 * <h2>Threads</h2>
 * One {@code Screener} runs every detector of a post concurrently, each on a pool thread, and the same detector
 * instance serves every post on every thread at once: detectors, rules and look-ups must be thread-safe, and should
 * be stateless apart from models loaded once. A detector that runs past the policy's time budget is interrupted and
 * reported as DETECTOR_FAILURE; long loops should check {@link java.lang.Thread#interrupted()}.
 *
 * <h2>Ids and priorities</h2>
 * Every detector and rule has an id, unique in a screener ({@code build()} fails on a duplicate), used in reports,
 * timings and the policy's {@code disabledDetectors}. Lower priorities run first; equal priorities run in id order,
 * never in class-path order. Rules see the findings of every detector and of the rules before them.
 */
package org.privacyscreen.spi;
