package org.privacyscreen.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.privacyscreen.Finding;
import org.privacyscreen.Location;
import org.privacyscreen.Post;
import org.privacyscreen.spi.PostRule;
import org.privacyscreen.spi.RuleResult;
import org.privacyscreen.spi.ScreeningContext;

/**
 * The contract every {@link PostRule} owes the engine, as JUnit 5 tests. Extend it from a test class, give it the
 * rule and sample posts, and override {@link #context(Post)} to give the directory, consents and the findings the
 * rule judges ({@link TestContexts#builder()}).
 *
 * <p>It checks: a stable lower-case id; a conclusion (something added or covered) on every positive and none on
 * any negative; added findings inside the text with masked excerpts and messages that do not quote the value;
 * covered findings taken from {@link ScreeningContext#findings()} with reasons that do not quote their values; the
 * same result on every call and from many threads at once; no value of an added or an earlier finding in what is
 * logged; a 100,000-character post, an interrupted thread and a context whose deadline has passed handled within
 * the time budget; covers only of the types {@link PostRule#covers()} declares.
 *
 * <p>To leave a check out, override its method without {@code @Test}.
 */
public abstract class PostRuleContract {
    private PostRule rule;

    /** The rule under test. Called once per test; the instance is then shared by every call and thread. */
    protected abstract PostRule rule();

    /** Posts on which the rule must add or cover something. At least one. */
    protected abstract List<Post> positives();

    /** Posts on which the rule must add and cover nothing. At least one. */
    protected abstract List<Post> negatives();

    /** The context a post is judged in: override to give a directory, consents and the findings so far. */
    protected ScreeningContext context(Post post) {
        return TestContexts.of(post);
    }

    /** How long one call may take before it counts as hanging: the default policy's detector timeout. */
    protected Duration timeBudget() {
        return Duration.ofSeconds(10);
    }

    /** Threads calling the rule at once in the thread-safety check. */
    protected int threads() {
        return 8;
    }

    /** Calls each thread makes in the thread-safety check. */
    protected int callsPerThread() {
        return 50;
    }

    @Test
    void id_isStableLowerCase() {
        DetectorChecks.checkId(subject());
    }

    @Test
    void apply_positives_concludeSomething() {
        List<Post> positives = TextDetectorContract.nonEmpty(positives(), "positives()");
        for (int i = 0; i < positives.size(); i++) {
            RuleResult r = apply(context(positives.get(i)));
            if (r.added().isEmpty() && r.covered().isEmpty()) {
                throw new AssertionError("concluded nothing on positive " + i);
            }
        }
    }

    @Test
    void apply_negatives_concludeNothing() {
        List<Post> negatives = TextDetectorContract.nonEmpty(negatives(), "negatives()");
        for (int i = 0; i < negatives.size(); i++) {
            RuleResult r = apply(context(negatives.get(i)));
            if (!r.added().isEmpty() || !r.covered().isEmpty()) {
                throw new AssertionError("added " + DetectorChecks.summary(r.added()) + " and covered "
                        + r.covered().size() + " on negative " + i);
            }
        }
    }

    @Test
    void apply_added_insideTheText() {
        for (Post post : samples()) {
            DetectorChecks.checkSpans(post, apply(context(post)).added());
        }
    }

    @Test
    void apply_added_masked() {
        for (Post post : samples()) {
            DetectorChecks.checkExcerpts(post, apply(context(post)).added());
        }
    }

    @Test
    void apply_messagesAndReasons_holdNoValue() {
        for (Post post : samples()) {
            RuleResult r = apply(context(post));
            DetectorChecks.checkMessages(post, r.added());
            String text = post.text();
            for (Map.Entry<Finding, String> e : r.covered().entrySet()) {
                if (e.getKey().location() instanceof Location.Text span && span.end() <= text.length()
                        && DetectorChecks.quotes(e.getValue(), text.substring(span.start(), span.end()))) {
                    throw new AssertionError("the reason covering a " + e.getKey().type() + " finding at "
                            + span.start() + ".." + span.end() + " quotes its value");
                }
            }
        }
    }

    @Test
    void apply_covered_areEarlierFindings() {
        for (Post post : samples()) {
            ScreeningContext context = context(post);
            for (Finding f : apply(context).covered().keySet()) {
                if (!context.findings().contains(f)) {
                    throw new AssertionError("covered a " + f.type() + " finding that is not among "
                            + "context.findings(); cover findings exactly as the context gives them");
                }
            }
        }
    }

    @Test
    void apply_repeatedCalls_sameResult() {
        for (Post post : samples()) {
            ScreeningContext context = context(post);
            List<Finding> first = conclusions(apply(context));
            for (int i = 0; i < 3; i++) {
                DetectorChecks.checkSameFindings(first, conclusions(apply(context)), "a later call on the same post");
            }
        }
    }

    @Test
    void apply_logs_holdNoValue(TestReporter reporter) {
        List<ScreeningContext> contexts = samples().stream().map(this::context).toList();
        LogCapture.Captured<List<RuleResult>> captured = LogCapture.during(() -> {
            List<RuleResult> all = new ArrayList<>();
            for (ScreeningContext c : contexts) {
                all.add(apply(c));
            }
            return all;
        });
        if (captured.failure() != null) {
            throw new AssertionError("the rule failed with " + captured.failure().getClass().getName(),
                    captured.failure());
        }
        for (int i = 0; i < contexts.size(); i++) {
            String text = contexts.get(i).post().text();
            DetectorChecks.checkNoValueIn(captured.output(), text, captured.result().get(i).added());
            DetectorChecks.checkNoValueIn(captured.output(), text, contexts.get(i).findings());
        }
        if (!TestSlf4jProvider.active()) {
            reporter.publishEntry("log check", "only console output was checked; run with -Dslf4j.provider="
                    + TestSlf4jProvider.class.getName() + " to check every SLF4J level");
        }
    }

    @Test
    void apply_concurrentCalls_matchSingleThreaded() {
        PostRule r = subject();
        List<Callable<List<Finding>>> calls = new ArrayList<>();
        for (Post post : samples()) {
            ScreeningContext shared = context(post);
            calls.add(() -> conclusions(r.apply(shared)));
        }
        DetectorChecks.checkConcurrent(calls, threads(), callsPerThread());
    }

    @Test
    void apply_largeText_endsWithinBudget() {
        PostRule r = subject();
        ScreeningContext context = context(large());
        DetectorChecks.Run<RuleResult> run = DetectorChecks.runOnOwnThread(() -> r.apply(context),
                DetectorChecks.Interrupt.NONE, timeBudget());
        if (!run.finished()) {
            throw new AssertionError("did not finish a post of " + TextDetectorContract.LARGE_TEXT_CHARS
                    + " characters within " + timeBudget().toMillis() + " ms");
        }
        if (run.failure() != null) {
            throw new AssertionError("failed on a large post with " + run.failure().getClass().getName(),
                    run.failure());
        }
        if (run.result() == null) {
            throw new AssertionError("apply() must return a RuleResult, never null (RuleResult.NONE)");
        }
        DetectorChecks.checkSpans(context.post(), run.result().added());
    }

    @Test
    void apply_interrupted_endsWithinBudget() {
        PostRule r = subject();
        ScreeningContext context = context(large());
        DetectorChecks.checkEndsWhenInterrupted(() -> r.apply(context), timeBudget());
    }

    @Test
    void apply_pastDeadline_endsPromptly() {
        PostRule r = subject();
        ScreeningContext context = context(large());
        DetectorChecks.Run<RuleResult> run = DetectorChecks.checkEndsPastDeadline(
                () -> r.apply(TestContexts.expired(context)), timeBudget());
        if (run.failure() == null) {
            if (run.result() == null) {
                throw new AssertionError("apply() must return a RuleResult, never null, even past the deadline");
            }
            DetectorChecks.checkSpans(context.post(), run.result().added());
        }
    }

    @Test
    void covers_declaresWhatTheRuleCovers() {
        java.util.Set<org.privacyscreen.FindingType> declared = subject().covers();
        if (declared == null) {
            throw new AssertionError("covers() must return a set, never null (Set.of() when the rule covers nothing)");
        }
        for (Post post : samples()) {
            for (Finding f : apply(context(post)).covered().keySet()) {
                if (!declared.contains(f.type())) {
                    throw new AssertionError("covered a " + f.type() + " finding, a type covers() does not declare; "
                            + "the engine ignores such a cover");
                }
            }
        }
    }

    /** Runs the rule under test in {@code context} on this thread. */
    protected final RuleResult apply(ScreeningContext context) {
        RuleResult r = subject().apply(context);
        if (r == null) {
            throw new AssertionError("apply() must return a RuleResult, never null (RuleResult.NONE)");
        }
        return r;
    }

    /** The rule under test: {@link #rule()}, called once per test. */
    protected final PostRule subject() {
        if (rule == null) {
            rule = rule();
            if (rule == null) {
                throw new AssertionError("rule() returned null");
            }
        }
        return rule;
    }

    /** The first positive with its text repeated to {@link TextDetectorContract#LARGE_TEXT_CHARS} characters. */
    private Post large() {
        Post first = TextDetectorContract.nonEmpty(positives(), "positives()").get(0);
        String unit = first.text().isEmpty() ? " " : first.text() + "\n";
        StringBuilder sb = new StringBuilder(TextDetectorContract.LARGE_TEXT_CHARS + unit.length());
        while (sb.length() < TextDetectorContract.LARGE_TEXT_CHARS) {
            sb.append(unit);
        }
        sb.setLength(TextDetectorContract.LARGE_TEXT_CHARS);
        return first.toBuilder().text(sb.toString()).build();
    }

    private List<Post> samples() {
        List<Post> posts = new ArrayList<>(TextDetectorContract.nonEmpty(positives(), "positives()"));
        posts.addAll(TextDetectorContract.nonEmpty(negatives(), "negatives()"));
        return posts;
    }

    /** What a result concludes, as findings: added ones, and covered ones as the engine would mark them. */
    private static List<Finding> conclusions(RuleResult r) {
        if (r == null) {
            throw new AssertionError("apply() must return a RuleResult, never null (RuleResult.NONE)");
        }
        List<Finding> all = new ArrayList<>(r.added());
        r.covered().forEach((f, reason) -> all.add(f.coveredBy(reason)));
        return all;
    }
}
