package org.privacyscreen.testkit;

import java.awt.Color;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.Post;
import org.privacyscreen.PostImage;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.spi.TextDetector;

/**
 * The contract every {@link TextDetector} owes the engine, as JUnit 5 tests. Extend it from a test class:
 *
 * <pre>{@code
 * class AppointmentRefsContractTest extends TextDetectorContract {
 *     protected TextDetector detector() { return new AppointmentRefs(); }
 *     protected List<String> positives() { return List.of("Your visit APT-12345674 is booked."); }
 *     protected List<String> negatives() { return List.of("Open on Saturdays from 9 to 12."); }
 * }
 * }</pre>
 *
 * <p>It checks: a stable lower-case id; something found in every positive and nothing in any negative; every
 * finding inside the text with a masked excerpt and a message that does not quote the value; the same findings on
 * every call; no value in what is logged or printed during detection; the same findings from many threads at once
 * as from one; no failure on blank text, an images-only post or a 100,000-character text; an end within the
 * time budget when run on an interrupted thread, and when given a context whose deadline has passed (returning, or
 * throwing {@code checkDeadline()}'s {@code DeadlineExceededException}); and, in a real screener, results the engine
 * accepts (never null, inside the post, no exception).
 *
 * <p>To leave a check out, override its method without {@code @Test}. The time budget is a bound against hangs,
 * not a speed test: measure speed with JMH.
 */
public abstract class TextDetectorContract {
    /** The longest text a post may have under the default policy. */
    protected static final int LARGE_TEXT_CHARS = 100_000;

    private TextDetector detector;

    /** The detector under test. Called once per test; the instance is then shared by every call and thread. */
    protected abstract TextDetector detector();

    /** Texts in which the detector must find at least one thing. At least one. */
    protected abstract List<String> positives();

    /** Texts in which the detector must find nothing: the near misses. At least one. */
    protected abstract List<String> negatives();

    /** The post for {@code text}; override to set a channel, audience or locale the detector needs. */
    protected Post post(String text) {
        return Post.builder().text(text).build();
    }

    /** The context a post is screened in; override to give a client directory or consents. */
    protected ScreeningContext context(Post post) {
        return TestContexts.of(post);
    }

    /** The finding types this detector reports; when not empty, every finding must have one of them. */
    protected Set<FindingType> types() {
        return Set.of();
    }

    /** How long one call may take before it counts as hanging: the default policy's detector timeout. */
    protected Duration timeBudget() {
        return Duration.ofSeconds(10);
    }

    /** Threads calling the detector at once in the thread-safety check. */
    protected int threads() {
        return 8;
    }

    /** Calls each thread makes in the thread-safety check. */
    protected int callsPerThread() {
        return 50;
    }

    /** A text of {@link #LARGE_TEXT_CHARS} characters: the positives and negatives over and over. */
    protected String largeText() {
        List<String> parts = new ArrayList<>(positives());
        parts.addAll(negatives());
        StringBuilder sb = new StringBuilder(LARGE_TEXT_CHARS + 1024);
        for (int i = 0; sb.length() < LARGE_TEXT_CHARS; i++) {
            sb.append(parts.get(i % parts.size())).append('\n');
        }
        sb.setLength(LARGE_TEXT_CHARS);
        return sb.toString();
    }

    @Test
    void id_isStableLowerCase() {
        DetectorChecks.checkId(subject());
    }

    @Test
    void detect_positives_findSomething() {
        List<String> positives = nonEmpty(positives(), "positives()");
        for (int i = 0; i < positives.size(); i++) {
            if (detect(post(positives.get(i))).isEmpty()) {
                throw new AssertionError("found nothing in positive " + i);
            }
        }
    }

    @Test
    void detect_negatives_findNothing() {
        List<String> negatives = nonEmpty(negatives(), "negatives()");
        for (int i = 0; i < negatives.size(); i++) {
            List<Finding> found = detect(post(negatives.get(i)));
            if (!found.isEmpty()) {
                throw new AssertionError("found " + DetectorChecks.summary(found) + " in negative " + i);
            }
        }
    }

    @Test
    void detect_findings_insideTheText() {
        for (Post post : samples()) {
            List<Finding> found = detect(post);
            DetectorChecks.checkSpans(post, found);
            Set<FindingType> types = types();
            for (Finding f : found) {
                if (!types.isEmpty() && !types.contains(f.type())) {
                    throw new AssertionError("reported " + f.type() + ", which is not among types() " + types);
                }
            }
        }
    }

    @Test
    void detect_excerpts_masked() {
        for (Post post : samples()) {
            DetectorChecks.checkExcerpts(post, detect(post));
        }
    }

    @Test
    void detect_messages_holdNoValue() {
        for (Post post : samples()) {
            DetectorChecks.checkMessages(post, detect(post));
        }
    }

    @Test
    void detect_repeatedCalls_sameFindings() {
        for (Post post : samples()) {
            List<Finding> first = detect(post);
            for (int i = 0; i < 3; i++) {
                DetectorChecks.checkSameFindings(first, detect(post), "a later call on the same text");
            }
        }
    }

    @Test
    void detect_logs_holdNoValue(TestReporter reporter) {
        List<Post> posts = samples();
        LogCapture.Captured<List<List<Finding>>> captured = LogCapture.during(() -> {
            List<List<Finding>> all = new ArrayList<>();
            for (Post post : posts) {
                all.add(detect(post));
            }
            return all;
        });
        if (captured.failure() != null) {
            throw new AssertionError("detection failed with " + captured.failure().getClass().getName(),
                    captured.failure());
        }
        for (int i = 0; i < posts.size(); i++) {
            DetectorChecks.checkNoValueIn(captured.output(), posts.get(i).text(), captured.result().get(i));
        }
        if (!TestSlf4jProvider.active()) {
            reporter.publishEntry("log check", "only console output was checked; run with -Dslf4j.provider="
                    + TestSlf4jProvider.class.getName() + " to check every SLF4J level");
        }
    }

    @Test
    void detect_concurrentCalls_matchSingleThreaded() {
        TextDetector d = subject();
        List<Callable<List<Finding>>> calls = new ArrayList<>();
        for (Post post : samples()) {
            ScreeningContext shared = context(post); // one context per post, shared by threads, as in the engine
            calls.add(() -> d.detect(shared));
        }
        DetectorChecks.checkConcurrent(calls, threads(), callsPerThread());
    }

    @Test
    void detect_blankText_findsNothing() {
        for (String text : List.of(" ", "\n\n", "\u200b")) {
            List<Finding> found = detect(post(text));
            if (!found.isEmpty()) {
                throw new AssertionError("found " + DetectorChecks.summary(found) + " in blank text");
            }
        }
    }

    @Test
    void detect_imagesOnlyPost_findsNothing() {
        Post post = Post.builder().image(PostImage.of("blank.png", TestImages.png(8, 8, Color.WHITE))).build();
        List<Finding> found = detect(post);
        if (!found.isEmpty()) {
            throw new AssertionError("found " + DetectorChecks.summary(found) + " in a post without text");
        }
    }

    @Test
    void detect_largeText_endsWithinBudget() {
        TextDetector d = subject();
        Post post = post(largeText());
        DetectorChecks.Run<List<Finding>> run = DetectorChecks.runOnOwnThread(() -> d.detect(context(post)),
                DetectorChecks.Interrupt.NONE, timeBudget());
        if (!run.finished()) {
            throw new AssertionError("did not finish a text of " + post.text().length() + " characters within "
                    + timeBudget().toMillis() + " ms; the engine would report DETECTOR_FAILURE");
        }
        if (run.failure() != null) {
            throw new AssertionError("failed on a text of " + post.text().length() + " characters with "
                    + run.failure().getClass().getName(), run.failure());
        }
        DetectorChecks.checkSpans(post, run.result());
    }

    @Test
    void detect_interrupted_endsWithinBudget() {
        TextDetector d = subject();
        Post post = post(largeText());
        DetectorChecks.checkEndsWhenInterrupted(() -> d.detect(context(post)), timeBudget());
        // an interrupted call must leave nothing broken behind for the next post
        Post first = post(nonEmpty(positives(), "positives()").get(0));
        if (detect(first).isEmpty()) {
            throw new AssertionError("after an interrupted call, found nothing in positive 0");
        }
    }

    @Test
    void detect_pastDeadline_endsPromptly() {
        TextDetector d = subject();
        Post post = post(largeText());
        DetectorChecks.Run<List<Finding>> run = DetectorChecks.checkEndsPastDeadline(
                () -> d.detect(TestContexts.expired(context(post))), timeBudget());
        if (run.failure() == null) {
            if (run.result() == null) {
                throw new AssertionError("detect() must return a list, never null, even past the deadline");
            }
            DetectorChecks.checkSpans(post, run.result());
        }
    }

    @Test
    void screen_inAScreener_engineAcceptsEveryResult() {
        DetectorChecks.checkInScreener(subject(), samples());
    }

    /** Runs the detector under test on {@code post} in a new context on this thread. */
    protected final List<Finding> detect(Post post) {
        List<Finding> found = subject().detect(context(post));
        if (found == null) {
            throw new AssertionError("detect() must return a list, never null (List.of() when nothing is found)");
        }
        return found;
    }

    /** The detector under test: {@link #detector()}, called once per test. */
    protected final TextDetector subject() {
        if (detector == null) {
            detector = detector();
            if (detector == null) {
                throw new AssertionError("detector() returned null");
            }
        }
        return detector;
    }

    private List<Post> samples() {
        List<Post> posts = new ArrayList<>();
        nonEmpty(positives(), "positives()").forEach(t -> posts.add(post(t)));
        nonEmpty(negatives(), "negatives()").forEach(t -> posts.add(post(t)));
        return posts;
    }

    static <T> List<T> nonEmpty(List<T> list, String what) {
        if (list == null || list.isEmpty()) {
            throw new AssertionError(what + " must give at least one sample");
        }
        return list;
    }
}
