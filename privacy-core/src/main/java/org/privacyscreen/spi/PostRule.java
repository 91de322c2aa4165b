package org.privacyscreen.spi;

import java.util.Set;
import org.privacyscreen.FindingType;

/**
 * Judges a post as a whole once its detectors are done: consent, audience, first move, account kind.
 *
 * <p><b>When and where.</b> Once per screened post (unless the policy disables this id), after every detector has
 * finished and their findings are merged. Rules run one after another in priority order, each on a pool thread,
 * each seeing in {@link ScreeningContext#findings()} what the detectors and the rules before it found. They share
 * the post's one time budget with its detectors: a rule that starts late has what is left
 * ({@link ScreeningContext#remaining()}), and a rule whose turn comes after the deadline does not run and counts as
 * having run out of time. Different posts are judged at the same time, so a rule must be thread-safe.
 *
 * <p><b>What to return.</b> A {@link RuleResult}: findings it adds (stamped with this rule's id; a text span beyond
 * the text discards the whole result for a DETECTOR_FAILURE) and earlier findings that consent or context covers,
 * with the reason; covered findings stay in the report as LOW. A rule cannot remove a finding, nothing covers a
 * DETECTOR_FAILURE, and a rule covers only the types it declares in {@link #covers()}: the engine ignores (and logs)
 * any other cover. Return {@link RuleResult#NONE} when the rule has nothing to say; never null.
 *
 * <p><b>Failures.</b> A rule that throws, returns null or runs out of time adds a DETECTOR_FAILURE finding (the
 * verdict is then at least REVIEW) and the next rule runs.
 */
public interface PostRule extends Detector {
    /**
     * What this rule concludes about the post.
     *
     * @param context the screening, with the findings so far in {@link ScreeningContext#findings()}
     * @return what this rule adds and covers; {@link RuleResult#NONE} when it has nothing to say; never null
     */
    RuleResult apply(ScreeningContext context);

    /**
     * The finding types this rule may cover (mark LOW because consent or context allows them). Read once, when the
     * screener is built. A cover of a finding of any other type is ignored and logged, so that a plugin cannot lower
     * what it does not own: declare exactly the types the rule reasons about, such as {@code EnumSet.of(FACE)}.
     *
     * <p>None by default: a rule that declares nothing covers nothing, and only adds findings.
     *
     * @return the types this rule may cover; empty when it only adds findings
     */
    default Set<FindingType> covers() {
        return Set.of();
    }
}
