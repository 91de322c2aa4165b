package org.privacyscreen.spi;

/**
 * Judges a post as a whole once its detectors are done: consent, audience, first move, account kind.
 *
 * <p><b>When and where.</b> Once per screened post (unless the policy disables this id), after every detector has
 * finished and their findings are merged. Rules run one after another in priority order, each on a pool thread
 * with its own time budget (the policy's {@code detectorTimeout}), each seeing in
 * {@link ScreeningContext#findings()} what the detectors and the rules before it found. Different posts are judged
 * at the same time, so a rule must be thread-safe.
 *
 * <p><b>What to return.</b> A {@link RuleResult}: findings it adds (stamped with this rule's id; a text span beyond
 * the text discards the whole result for a DETECTOR_FAILURE) and earlier findings that consent or context covers,
 * with the reason; covered findings stay in the report as LOW. A rule cannot remove a finding, and nothing covers
 * a DETECTOR_FAILURE. Return {@link RuleResult#NONE} when the rule has nothing to say.
 *
 * <p><b>Failures.</b> A rule that throws or runs out of time adds a DETECTOR_FAILURE finding (the verdict is then at
 * least REVIEW) and the next rule runs.
 */
public interface PostRule extends Detector {
    /**
     * What this rule concludes about the post.
     *
     * @param context the screening, with the findings so far in {@link ScreeningContext#findings()}
     * @return what this rule adds and covers; {@link RuleResult#NONE} when it has nothing to say; never null
     */
    RuleResult apply(ScreeningContext context);
}
