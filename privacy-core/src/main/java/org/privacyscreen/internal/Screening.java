package org.privacyscreen.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.Location;
import org.privacyscreen.Post;
import org.privacyscreen.PrivacyScreenException;
import org.privacyscreen.ScreeningPolicy;
import org.privacyscreen.spi.DeadlineExceededException;
import org.privacyscreen.spi.ImageDetector;
import org.privacyscreen.spi.ImageTextReader;
import org.privacyscreen.spi.PostRule;
import org.privacyscreen.spi.ReadText;
import org.privacyscreen.spi.RuleResult;
import org.privacyscreen.spi.TextDetector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One post's screening on the pool, without a thread waiting for another: detectors and readers at once, then the
 * text read in the photos through the text detectors, then the rules one after another, all under one deadline. At
 * the deadline whatever still runs is cancelled (its thread interrupted) and reported as having run out of time;
 * what had not started does not start. When the screening is over and its last job has returned, the shared values
 * (decoded images) are released.
 */
final class Screening implements Job.Runner {
    private static final Logger LOG = LoggerFactory.getLogger(Screening.class);

    /** What the rules concluded: the findings the policy judges, the consents relied on, the time each check took. */
    record Judged(List<Finding> findings, SortedSet<String> consentsUsed, Map<String, Duration> timings) {
    }

    private record State(List<Finding> findings, SortedSet<String> consentsUsed) {
    }

    private final Engine engine;
    private final Post post;
    private final ScreeningPolicy policy;
    private final long deadline;
    private final Context context;
    private final List<Job<?>> jobs = new ArrayList<>(); // guarded by this
    private final List<Context> contexts = new ArrayList<>(); // guarded by this
    private boolean expired; // guarded by this
    private final Map<String, Long> nanos = new LinkedHashMap<>(); // guarded by itself
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicBoolean released = new AtomicBoolean();
    private volatile boolean ended;
    private volatile ScheduledFuture<?> timer;

    Screening(Engine engine, Post post) {
        this.engine = engine;
        this.post = post;
        this.policy = engine.policy();
        this.deadline = System.nanoTime() + policy.detectorTimeout().toNanos();
        this.context = context(post);
    }

    /** Starts the screening; the future completes with what the rules concluded, or fails with what it threw. */
    CompletableFuture<Judged> start() {
        timer = engine.threads().at(deadline, this::expire);
        CompletableFuture<Judged> run;
        try {
            List<Finding> found = new ArrayList<>(engine.gaps(post));
            List<Job<List<Finding>>> detecting = new ArrayList<>();
            List<Job<List<ReadText>>> reading = new ArrayList<>();
            if (!post.text().isEmpty()) {
                detecting.addAll(textJobs(context));
            }
            for (int i = 0; i < post.images().size(); i++) {
                int image = i;
                for (ImageDetector d : engine.detectors(ImageDetector.class)) {
                    detecting.add(submit(d.id(), image, () -> d.detect(context, image)));
                }
                for (ImageTextReader d : engine.detectors(ImageTextReader.class)) {
                    reading.add(submit(d.id(), image, () -> d.read(context, image)));
                }
            }
            List<Job<?>> first = new ArrayList<>(detecting);
            first.addAll(reading);
            run = all(first).thenCompose(v -> {
                collect(post, detecting, found);
                return readText(reading, found);
            }).thenCompose(this::judge);
        } catch (RuntimeException e) {
            run = CompletableFuture.failedFuture(e);
        }
        return run.whenComplete((j, e) -> end());
    }

    /** Stops the screening now, as if its deadline had come: the caller gave up on it. */
    void cancel() {
        expire();
    }

    @Override
    public <T> T run(Job<T> job, Callable<T> work) throws Exception {
        running.incrementAndGet();
        engine.running().incrementAndGet();
        job.started();
        try {
            if (ended || System.nanoTime() - deadline >= 0) {
                throw new DeadlineExceededException("the post's time budget ran out before this check started");
            }
            return work.call();
        } finally {
            job.ended();
            engine.running().decrementAndGet();
            if (running.decrementAndGet() == 0 && ended) {
                release();
            }
        }
    }

    private List<Job<List<Finding>>> textJobs(Context c) {
        List<Job<List<Finding>>> out = new ArrayList<>();
        for (TextDetector d : engine.detectors(TextDetector.class)) {
            out.add(submit(d.id(), -1, () -> d.detect(c)));
        }
        return out;
    }

    /**
     * Screens the lines read in each image as the text of a post that is otherwise the same, and reports each
     * finding at the box of the lines its span came from.
     */
    private CompletableFuture<List<Finding>> readText(List<Job<List<ReadText>>> reading, List<Finding> found) {
        Map<Integer, List<ReadText>> read = new TreeMap<>();
        for (Job<List<ReadText>> job : reading) {
            List<ReadText> lines = accept(job, job.outcome().join(), found);
            String bad = lines == null ? null : invalidLines(job.image(), lines);
            if (bad != null) {
                found.add(failure(job.id(), bad));
            } else if (lines != null) {
                read.computeIfAbsent(job.image(), k -> new ArrayList<>()).addAll(lines);
            }
        }
        List<CompletableFuture<List<Finding>>> located = new ArrayList<>();
        read.forEach((image, lines) -> {
            if (lines.isEmpty()) {
                return;
            }
            ReadTextLayout layout = ReadTextLayout.of(lines);
            Post readPost = post.toBuilder().text(layout.text()).images(List.of()).build();
            List<Job<List<Finding>>> jobs = textJobs(context(readPost));
            located.add(all(jobs).thenApply(v -> {
                List<Finding> out = new ArrayList<>();
                collect(readPost, jobs, out);
                // the engine's own failures concern the check, not a place; whatever else is moved to its box
                return out.stream().map(f -> f.type() == FindingType.DETECTOR_FAILURE
                        && f.location() instanceof Location.Whole ? f : layout.locate(f)).toList();
            }));
        });
        return all(located).thenApply(v -> {
            located.forEach(f -> found.addAll(f.join()));
            return found;
        });
    }

    /** Filters, merges, then runs the rules one after another. */
    private CompletableFuture<Judged> judge(List<Finding> found) {
        found.removeIf(f -> f.confidence() < policy.minConfidence() && f.type() != FindingType.DETECTOR_FAILURE);
        List<Finding> merged = Merger.merge(post.text(), found, policy::severityOf);
        CompletableFuture<State> chain = CompletableFuture.completedFuture(new State(merged, new TreeSet<>()));
        for (PostRule rule : engine.detectors(PostRule.class)) {
            chain = chain.thenCompose(state -> {
                Context rc = context.withFindings(state.findings());
                Job<RuleResult> job = submit(rule.id(), -1, () -> rule.apply(rc));
                return job.outcome().thenApply(out -> conclude(rule, job, out, state));
            });
        }
        return chain.thenApply(s -> new Judged(distinctFailures(s.findings()), s.consentsUsed(), timings()));
    }

    /** The state after {@code rule}'s result: what it adds, and what it covers among the types it declares. */
    private State conclude(PostRule rule, Job<RuleResult> job, Job.Outcome<RuleResult> out, State state) {
        List<Finding> next = new ArrayList<>(state.findings());
        RuleResult result = accept(job, out, next);
        String bad = result == null ? null : invalid(post, result.added());
        if (result == null || bad != null) {
            if (bad != null) {
                next.add(failure(rule.id(), bad));
            }
            return new State(next, state.consentsUsed());
        }
        Set<FindingType> covers = engine.covers(rule.id());
        next.clear();
        for (Finding f : state.findings()) {
            String reason = result.covered().get(f);
            if (reason == null || f.type() == FindingType.DETECTOR_FAILURE) {
                next.add(f);
            } else if (!covers.contains(f.type())) {
                engine.undeclaredCover(rule.id(), f.type());
                next.add(f);
            } else {
                next.add(f.coveredBy(reason, Optional.ofNullable(result.coveringConsents().get(f))));
            }
        }
        result.added().forEach(f -> next.add(f.withDetector(rule.id())));
        SortedSet<String> consents = new TreeSet<>(state.consentsUsed());
        consents.addAll(result.consentsUsed());
        return new State(next, consents);
    }

    /** Adds each job's findings, or a failure for each job that failed; throws a bad-input exception on. */
    private void collect(Post screened, List<Job<List<Finding>>> done, List<Finding> into) {
        for (Job<List<Finding>> job : done) {
            List<Finding> found = accept(job, job.outcome().join(), into);
            String bad = found == null ? null : invalid(screened, found);
            if (bad != null) {
                into.add(failure(job.id(), bad));
            } else if (found != null) {
                found.forEach(f -> into.add(f.withDetector(job.id())));
            }
        }
    }

    /**
     * The value of a job that ended well; otherwise null, with a failure added to {@code into}.
     *
     * @throws PrivacyScreenException the job's own, when it has a bad-input code: the post is at fault
     */
    private <T> T accept(Job<T> job, Job.Outcome<T> out, List<Finding> into) {
        String id = job.id();
        synchronized (nanos) {
            nanos.merge(id, out.nanos(), Long::sum);
        }
        if (out.timedOut()) {
            LOG.warn("Detector {} ran out of time", id);
            into.add(failure(id, "ran out of time (the post's budget is " + policy.detectorTimeout().toMillis()
                    + " ms)"));
            return null;
        }
        Throwable failed = out.failure();
        if (failed instanceof PrivacyScreenException pse && pse.badInput()) {
            throw pse;
        }
        if (failed != null) {
            // the class only: an exception's message may quote what the detector was looking at
            LOG.warn("Detector {} failed with {}", id, failed.getClass().getName());
            into.add(failure(id, "failed (" + failed.getClass().getSimpleName() + ")"));
            return null;
        }
        if (out.value() == null) {
            LOG.warn("Detector {} returned null", id);
            into.add(failure(id, "returned nothing (null) instead of a result"));
            return null;
        }
        return out.value();
    }

    private <T> Job<T> submit(String id, int image, Callable<T> work) {
        synchronized (nanos) {
            nanos.putIfAbsent(id, 0L); // timings in the order the checks started
        }
        Job<T> job;
        synchronized (this) {
            if (expired || ended) {
                return Job.late(id, image);
            }
            job = new Job<>(id, image, work, this);
            jobs.add(job);
        }
        engine.threads().execute(job.task());
        return job;
    }

    private Context context(Post screened) {
        Context c = new Context(engine.config(), policy, screened, deadline);
        synchronized (this) {
            contexts.add(c);
        }
        return c;
    }

    /** The deadline: cancels every job that has not ended; those yet to come will not start. */
    private void expire() {
        List<Job<?>> pending;
        synchronized (this) {
            expired = true;
            pending = new ArrayList<>(jobs);
        }
        for (Job<?> j : pending) {
            if (j.cancel()) {
                engine.threads().forget(j.task());
            }
        }
    }

    private void end() {
        ScheduledFuture<?> t = timer;
        if (t != null) {
            t.cancel(false);
        }
        ended = true;
        expire(); // nothing left to cancel unless the screening failed
        if (running.get() == 0) {
            release();
        }
    }

    private void release() {
        if (!released.compareAndSet(false, true)) {
            return;
        }
        List<Context> all;
        synchronized (this) {
            all = new ArrayList<>(contexts);
            contexts.clear();
            jobs.clear();
        }
        all.forEach(Context::release);
    }

    private Map<String, Duration> timings() {
        Map<String, Duration> out = new LinkedHashMap<>();
        synchronized (nanos) {
            nanos.forEach((id, n) -> out.put(id, Duration.ofNanos(n)));
        }
        return out;
    }

    private static CompletableFuture<Void> all(List<? extends Object> jobsOrFutures) {
        return CompletableFuture.allOf(jobsOrFutures.stream()
                .map(o -> o instanceof Job<?> j ? j.outcome() : (CompletableFuture<?>) o)
                .toArray(CompletableFuture[]::new));
    }

    /** One failure finding per check and reason: a check that failed on several images says so once. */
    private static List<Finding> distinctFailures(List<Finding> findings) {
        Set<String> seen = new HashSet<>();
        return findings.stream().filter(f -> f.type() != FindingType.DETECTOR_FAILURE
                || seen.add(f.detector() + '\n' + f.message())).toList();
    }

    static Finding failure(String id, String what) {
        return Finding.builder(FindingType.DETECTOR_FAILURE).detector(id).confidence(1.0)
                .message("The " + id + " check " + what + ", so this post needs a person's review.").build();
    }

    private String invalidLines(int image, List<ReadText> lines) {
        int chars = 0;
        for (ReadText line : lines) {
            if (line == null) {
                return "returned a null line";
            }
            if (line.box().image() != image) {
                return "returned a line in another image";
            }
            chars += line.text().length() + 1;
        }
        return chars > policy.limits().maxTextChars() ? "read more text than a post may hold" : null;
    }

    /** A reason the findings cannot be trusted, or null. */
    private static String invalid(Post screened, List<Finding> found) {
        for (Finding f : found) {
            if (f == null) {
                return "returned a null finding";
            }
            if (f.location() instanceof Location.Text t && t.end() > screened.text().length()) {
                return "returned a finding outside the text";
            }
            if (f.location() instanceof Location.Image im && im.image() >= screened.images().size()) {
                return "returned a finding in an image the post does not have";
            }
        }
        return null;
    }
}
