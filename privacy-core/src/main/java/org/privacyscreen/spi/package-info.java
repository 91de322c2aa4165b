/**
 * Service provider interface: what plugins and hosts implement.
 *
 * <p>Zone: SPI. Detectors ({@link org.privacyscreen.spi.TextDetector}, {@link org.privacyscreen.spi.ImageDetector})
 * find things in a post; readers ({@link org.privacyscreen.spi.ImageTextReader}) read the text in its photos for the
 * text detectors; rules ({@link org.privacyscreen.spi.PostRule}) judge the post as a whole once the detectors are
 * done; a {@link org.privacyscreen.spi.DetectorProvider} hands them to the engine and is found with
 * {@link java.util.ServiceLoader}. The look-ups ({@link org.privacyscreen.spi.ClientDirectory},
 * {@link org.privacyscreen.spi.ConsentStore}, {@link org.privacyscreen.spi.EngagementLog},
 * {@link org.privacyscreen.spi.AuditSink}) are what a host provides; the in-memory ones are in the API package.
 *
 * <h2>What is called when</h2>
 * <ol>
 * <li>{@code Screener.build()}, on the building thread: each {@link org.privacyscreen.spi.DetectorProvider} is
 * instantiated and asked once for its detectors and remediators; ids are checked, every detector is prepared
 * ({@link org.privacyscreen.spi.Detector#prepare()}), each rule's {@link org.privacyscreen.spi.PostRule#covers()} is
 * read and the order fixed.</li>
 * <li>{@code screen(post)} (or {@code screenAsync}): the post's one deadline starts (the policy's
 * {@code detectorTimeout}). Every enabled {@link org.privacyscreen.spi.TextDetector} (when the post has text),
 * every enabled {@link org.privacyscreen.spi.ImageDetector} and {@link org.privacyscreen.spi.ImageTextReader} on
 * every image start at once on pool threads, sharing one {@link org.privacyscreen.spi.ScreeningContext}.</li>
 * <li>When the readers are done, the text read in each photo goes through every text detector, as the text of a
 * post that is otherwise the same; what they find there is located at the box of the line it came from.</li>
 * <li>The findings are checked, stamped with their detector's id, filtered by {@code minConfidence} and merged
 * (severity never drops in a merge).</li>
 * <li>Each enabled {@link org.privacyscreen.spi.PostRule}, one after another in priority order on pool threads,
 * sees the findings so far and adds, or covers the types it declares.</li>
 * <li>The policy sets severities and the verdict; the text is redacted; the
 * {@link org.privacyscreen.spi.AuditSink} records the decision (a sink that fails fails the screening); the report
 * is returned. The screening's shared values are released.</li>
 * <li>{@code ScreeningReport.remediated()}, on the first call, on the calling thread: each
 * {@link org.privacyscreen.spi.ImageRemediator} remediates every image, in a fresh context, within the policy's
 * {@code remediationTimeout}.</li>
 * <li>{@code Screener.close()}: the screener's own threads stop, then {@link org.privacyscreen.spi.Detector#close()}
 * is called on every detector and rule.</li>
 * </ol>
 *
 * <h2>Threads</h2>
 * Detectors, readers and rules run on the screener's pool: its own (as many daemon threads as cores, a bounded
 * queue, threads that end after a minute idle or at {@code close()}) or the host's executor. The same instance
 * serves every post on every thread at once: detectors, rules, remediators and look-ups must be thread-safe, and
 * should be stateless apart from models loaded once and shared. The engine never blocks a pool thread waiting for
 * another, so a small pool cannot deadlock. Avoid {@code ThreadLocal} caches of models: on a host's executor they
 * outlive the screener and pin the plugin's class loader; if one is needed, release it in {@code close()} where the
 * screener owns the threads.
 *
 * <h2>Time</h2>
 * One post has one budget, from the call to {@code screen()}, for its detectors, readers, the read text and its
 * rules together; a rule whose turn comes after the deadline does not run. At the deadline whatever still runs is
 * interrupted and reported as having run out of time. Interrupts do not reach native code or tight loops: check
 * {@link org.privacyscreen.spi.ScreeningContext#checkDeadline()} between steps and let its
 * {@link org.privacyscreen.spi.DeadlineExceededException} propagate, or size the work by
 * {@link org.privacyscreen.spi.ScreeningContext#remaining()}. Values in
 * {@link org.privacyscreen.spi.ScreeningContext#shared} are dropped, and closed when
 * {@link java.lang.AutoCloseable}, once the screening is over and its last detector has returned.
 *
 * <h2>Ids and priorities</h2>
 * Every detector and rule has an id, unique in a screener ({@code build()} fails on a duplicate), used in reports,
 * timings and the policy's {@code disabledDetectors}; the engine stamps it on every finding. Lower priorities run
 * first; equal priorities run in id order, never in class-path order. Rules see the findings of every detector and
 * of the rules before them. See {@link org.privacyscreen.spi.Detector}.
 *
 * <h2>Fail closed, leak nothing</h2>
 * A detector, reader or rule that throws, returns null, runs out of time or returns findings outside the post adds
 * a DETECTOR_FAILURE finding, never below MEDIUM, so a post is never allowed on a check's silence; so does a kind of
 * content no check covers (text with no text detector, photos with no image detector) and a plugin that failed to
 * load. Only a {@link org.privacyscreen.PrivacyScreenException} with a bad-input code reaches the caller. No
 * detector logs a detected value or puts one in an exception or a finding's message; excerpts are masked (the
 * {@code Finding} constructor masks whatever it is given), and logs name detectors and exception classes, never a
 * value, a file name or a host's id.
 */
package org.privacyscreen.spi;
