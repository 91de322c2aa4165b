package org.privacyscreen.spi;

/**
 * What every detector and rule has: an id and a priority. Implement {@link TextDetector}, {@link ImageDetector} or
 * {@link PostRule}, not this: {@code Screener.build()} refuses any other kind with a {@code CONFIGURATION} error.
 *
 * <p><b>Ids.</b> The id names the detector everywhere: the engine stamps it on every finding the detector or rule
 * returns (whatever {@code Finding.detector} said), reports use it, timings are keyed by it, and a policy turns the
 * detector off by listing it in {@code disabledDetectors}. It must be unique among every detector and rule of a
 * screener, built-in ones included: a duplicate makes {@code build()} fail with {@code CONFIGURATION} naming both
 * classes and their jars (a blank id too). Use short lower-case words joined by hyphens ({@code appointment-refs}),
 * prefixed with the vendor's name where a clash is likely, and never change an id once policies name it.
 *
 * <p><b>Priorities.</b> Lower runs first; equal priorities run in id order, never in class-path order, so the order
 * is the same on every machine. For rules the order is what it says: they run one after another, each seeing what
 * the rules before it added and covered. The built-in rules of {@code privacy-consent} use 100 to 400, so a rule at
 * {@link #DEFAULT_PRIORITY} sees their conclusions. Detectors all run at once, so for them the priority only orders
 * listings and decides which of two equally good overlapping findings survives the merge (the earlier).
 *
 * <p><b>Threads.</b> One instance serves every post of a screener, on many threads at once, for as long as the
 * host keeps the screener: implementations must be thread-safe and should be stateless apart from models loaded
 * once. {@link #id()} and {@link #priority()} must return the same value on every call; the engine reads them at
 * build time and again while screening.
 */
public interface Detector {
    /** The priority of a detector or rule that does not choose one; lower runs first. */
    int DEFAULT_PRIORITY = 1000;

    /**
     * A stable, unique, lower-case id such as {@code phone-numbers}; it appears in reports and policies.
     *
     * @return the id, the same on every call
     */
    String id();

    /**
     * Where this detector or rule runs in order: lower runs first; ties are broken by id.
     *
     * @return the priority, the same on every call; {@link #DEFAULT_PRIORITY} unless overridden
     */
    default int priority() {
        return DEFAULT_PRIORITY;
    }

    /**
     * Loads what this detector needs (models, lexicons) before the first post, so that no post pays for it and no
     * model load counts against a detector's time budget. Called once by {@code Screener.build()}, on the building
     * thread, for every detector and rule; must be idempotent, since several screeners may share one instance. A
     * detector whose {@code prepare()} throws is reported among the screener's problems and then fails every post
     * as DETECTOR_FAILURE: a post is never allowed on its silence.
     */
    default void prepare() {
    }

    /**
     * Releases what this detector holds for the screener being closed: called once by {@code Screener.close()}, on
     * the closing thread, after the screener's own threads have stopped, for every detector and rule of that
     * screener. Several screeners may share one instance, and the next {@code build()} calls {@link #prepare()}
     * again: release only what can be loaded again, and keep models other screeners may be using. An exception is
     * logged by class and ignored. Nothing by default.
     */
    default void close() {
    }
}
