package org.privacyscreen.spi;

/**
 * Judges a post as a whole once its detectors are done: consent, audience, first move, account kind. Rules run one
 * after another in priority order, each seeing in {@link ScreeningContext#findings()} what the detectors and the
 * rules before it found. A rule adds findings and marks what consent or context covers; it cannot remove findings.
 * Must be thread-safe.
 */
public interface PostRule extends Detector {
    /** What this rule adds and covers; {@link RuleResult#NONE} when it has nothing to say. */
    RuleResult apply(ScreeningContext context);
}
