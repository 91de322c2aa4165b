package org.privacyscreen.spi;

import java.util.List;
import org.privacyscreen.Finding;

/**
 * Finds things in a post's text.
 *
 * <p><b>When and where.</b> {@link #detect} is called once per screened post that has text (never for an
 * images-only post, nor when the policy disables this id), on a pool thread (the screener's executor, or its shared
 * pool of daemon threads named {@code privacy-screen-N}), at the same time as every other text and image detector
 * of that post. The same instance serves many posts at once, so it must be thread-safe: keep no per-call state in
 * fields, create matchers per call, and share only immutable or thread-safe models, loaded once (a static holder
 * or a lazy field). Work the detectors of one post would repeat (normalising the text, say) goes through
 * {@link ScreeningContext#shared}.
 *
 * <p><b>What to return.</b> The findings, or an empty list; never null. Each finding locates itself inside
 * {@code context.post().text()} (UTF-16 offsets, end exclusive) or on the post as a whole, never in an image;
 * carries a masked excerpt (build it with {@link org.privacyscreen.Finding.Builder#span}, which masks); and has a
 * plain-language message that never quotes the value. Do not log the value either, at any level. The engine checks
 * the spans: a result with a null finding or a span beyond the text is discarded whole and replaced by a
 * DETECTOR_FAILURE finding. Findings below the policy's {@code minConfidence} are dropped; overlapping findings of
 * the same kind from several detectors are merged into one.
 *
 * <p><b>Failures and time.</b> Every detector, reader and rule of a post shares one deadline: the policy's
 * {@code detectorTimeout} (10 seconds by default) from the call to {@code screen()}. A detector still running then
 * is interrupted and its result ignored; one that throws, or returns null, is logged by id and exception class only.
 * Either way the post gets a DETECTOR_FAILURE finding (at least MEDIUM, so the verdict is at least REVIEW: the engine
 * fails closed). Long loops and native steps must stop promptly at the deadline: call
 * {@link ScreeningContext#checkDeadline()} between steps (it throws when the time is up or the thread was
 * interrupted; let it propagate) or size the work by {@link ScreeningContext#remaining()}. A
 * {@link org.privacyscreen.PrivacyScreenException} with a bad-input code is different: it is thrown to the caller
 * of {@code screen()}, as the post itself is at fault.
 *
 * <p>{@code privacy-testkit}'s {@code TextDetectorContract} checks all of this from a vendor's own tests.
 */
public interface TextDetector extends Detector {
    /**
     * The findings in the post's text.
     *
     * @param context the screening: {@code context.post().text()} is the text, never empty here
     * @return the findings, empty when there are none; never null
     */
    List<Finding> detect(ScreeningContext context);
}
