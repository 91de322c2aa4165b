package org.privacyscreen.testkit;

import java.awt.Dimension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.Location;
import org.privacyscreen.Post;
import org.privacyscreen.Screener;
import org.privacyscreen.ScreeningReport;
import org.privacyscreen.spi.Detector;

/**
 * The checks behind {@link TextDetectorContract} and {@link ImageDetectorContract}, as static methods for tests
 * written by hand. Each throws {@link AssertionError} naming what is wrong; the messages give offsets, indexes and
 * types, never the text found, so that a failing build log leaks nothing either.
 */
public final class DetectorChecks {
    /** What an id looks like: lower-case words of letters and digits joined by hyphens, such as {@code phone-numbers}. */
    public static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");

    /** Characters of letters or digits a value needs before its appearance elsewhere counts as a leak. */
    private static final int SIGNIFICANT = 3;

    private DetectorChecks() {
    }

    /** The detector's id is short, lower-case and the same on every call; its priority too. */
    public static void checkId(Detector detector) {
        Objects.requireNonNull(detector, "detector");
        String id = detector.id();
        if (id == null || id.isBlank()) {
            throw new AssertionError("id() must not be null or blank");
        }
        if (!ID.matcher(id).matches()) {
            throw new AssertionError("id() '" + id + "' must be lower-case words joined by hyphens, as "
                    + "phone-numbers: it appears in reports and in policies' disabledDetectors");
        }
        if (id.length() > 64) {
            throw new AssertionError("id() '" + id + "' is longer than 64 characters");
        }
        int priority = detector.priority();
        for (int i = 0; i < 3; i++) {
            if (!id.equals(detector.id())) {
                throw new AssertionError("id() must return the same id on every call; it returned '" + id
                        + "', then '" + detector.id() + "'");
            }
            if (priority != detector.priority()) {
                throw new AssertionError("priority() of " + id + " must be the same on every call");
            }
        }
    }

    /**
     * What a text detector returned for {@code post} is sound: {@link #checkSpans}, {@link #checkExcerpts} and
     * {@link #checkMessages} at once.
     */
    public static void checkTextFindings(Post post, List<Finding> findings) {
        List<String> problems = new ArrayList<>();
        problems.addAll(textProblems(post, findings, Aspect.SPANS));
        problems.addAll(textProblems(post, findings, Aspect.EXCERPTS));
        problems.addAll(textProblems(post, findings, Aspect.MESSAGES));
        fail(problems);
    }

    /** Every finding is a span inside the post's text, or concerns the post as a whole; none is in an image. */
    public static void checkSpans(Post post, List<Finding> findings) {
        fail(textProblems(post, findings, Aspect.SPANS));
    }

    /** Every finding in the text carries an excerpt, masked: it never holds the text at the finding's span. */
    public static void checkExcerpts(Post post, List<Finding> findings) {
        fail(textProblems(post, findings, Aspect.EXCERPTS));
    }

    /** No finding's message quotes the text at the finding's span. */
    public static void checkMessages(Post post, List<Finding> findings) {
        fail(textProblems(post, findings, Aspect.MESSAGES));
    }

    private enum Aspect { SPANS, EXCERPTS, MESSAGES }

    private static List<String> textProblems(Post post, List<Finding> findings, Aspect aspect) {
        Objects.requireNonNull(post, "post");
        if (findings == null) {
            throw new AssertionError("detect() must return a list, never null (List.of() when nothing is found)");
        }
        String text = post.text();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (f == null) {
                if (aspect == Aspect.SPANS) {
                    problems.add("finding " + i + " is null");
                }
                continue;
            }
            String where = "finding " + i + " (" + f.type() + describe(f.location()) + ")";
            if (f.location() instanceof Location.Image) {
                if (aspect == Aspect.SPANS) {
                    problems.add(where + " is located in an image; a text detector locates findings in the text");
                }
                continue;
            }
            if (!(f.location() instanceof Location.Text span)) {
                continue;
            }
            if (span.end() > text.length()) {
                if (aspect == Aspect.SPANS) {
                    problems.add(where + " ends beyond the text, which has " + text.length() + " characters");
                }
                continue;
            }
            String value = text.substring(span.start(), span.end());
            if (aspect == Aspect.EXCERPTS) {
                if (f.excerpt().isEmpty()) {
                    problems.add(where + " has no excerpt; build it with Finding.Builder.span(text, start, end), "
                            + "which masks it");
                } else if (quotes(f.excerpt().get(), value)) {
                    problems.add(where + " has an excerpt that holds the text at its span in clear; mask it");
                }
            }
            if (aspect == Aspect.MESSAGES && quotes(f.message(), value)) {
                problems.add(where + " has a message that quotes the text at its span; say what was found, "
                        + "never the value");
            }
        }
        return problems;
    }

    /**
     * What an image detector returned for image {@code image} of {@code post} is sound: every finding is a box
     * inside that image (or the post as a whole), located in that image and no other.
     */
    public static void checkImageFindings(Post post, int image, List<Finding> findings) {
        Objects.requireNonNull(post, "post");
        if (findings == null) {
            throw new AssertionError("detect() must return a list, never null (List.of() when nothing is found)");
        }
        Optional<Dimension> size = post.images().get(image).read(TestImages::size);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (f == null) {
                problems.add("finding " + i + " is null");
                continue;
            }
            String where = "finding " + i + " (" + f.type() + describe(f.location()) + ")";
            if (f.location() instanceof Location.Text) {
                problems.add(where + " is located in the text; an image detector locates findings in its image");
            } else if (f.location() instanceof Location.Image box) {
                if (box.image() != image) {
                    problems.add(where + " names image " + box.image() + " but was found in image " + image);
                } else if (size.isEmpty()) {
                    problems.add("image " + image + " cannot be measured with javax.imageio; override imageSize()");
                } else if (!inside(box, size.get()) && !inside(box, new Dimension(size.get().height,
                        size.get().width))) {
                    problems.add(where + " is not inside the image of " + size.get().width + "x"
                            + size.get().height + " pixels");
                }
            }
        }
        fail(problems);
    }

    /**
     * {@code output} (captured logs or console) quotes none of the values at the text spans of {@code findings}
     * in {@code text}.
     */
    public static void checkNoValueIn(String output, String text, List<Finding> findings) {
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(findings, "findings");
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (f != null && f.location() instanceof Location.Text span && span.end() <= text.length()
                    && quotes(output, text.substring(span.start(), span.end()))) {
                problems.add("the log holds the value of finding " + i + " (" + f.type() + describe(span)
                        + "); log ids, types and counts, never what was found");
            }
        }
        fail(problems);
    }

    /** The two results hold the same findings, in any order. */
    public static void checkSameFindings(List<Finding> expected, List<Finding> actual, String what) {
        if (!sameFindings(expected, actual)) {
            throw new AssertionError(what + ": expected " + summary(expected) + " but got " + summary(actual));
        }
    }

    /**
     * Runs each of {@code calls} once on this thread, then all of them from {@code threads} threads at once,
     * {@code callsPerThread} calls each, every thread working on a different input than its neighbours at any
     * moment: every concurrent call must return what the single-threaded one did, and none may throw. Catches
     * shared mutable state: fields written during detection, shared matchers, formatters and buffers.
     */
    public static void checkConcurrent(List<? extends Callable<List<Finding>>> calls, int threads,
                                       int callsPerThread) {
        Objects.requireNonNull(calls, "calls");
        if (calls.isEmpty()) {
            throw new IllegalArgumentException("calls must not be empty");
        }
        if (threads < 2 || callsPerThread < 1) {
            throw new IllegalArgumentException("threads must be >= 2 and callsPerThread >= 1");
        }
        List<List<Finding>> expected = new ArrayList<>();
        for (Callable<List<Finding>> c : calls) {
            try {
                expected.add(c.call());
            } catch (Exception e) {
                throw new AssertionError("input " + expected.size() + " failed on a single thread with "
                        + e.getClass().getName(), e);
            }
        }
        int n = calls.size();
        AtomicInteger mismatches = new AtomicInteger();
        AtomicInteger firstMismatch = new AtomicInteger(-1);
        AtomicInteger failures = new AtomicInteger();
        AtomicReference<Throwable> firstFailure = new AtomicReference<>();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "testkit-concurrency");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int t = 0; t < threads; t++) {
                int thread = t;
                pool.execute(() -> {
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    for (int r = 0; r < callsPerThread; r++) {
                        int input = (thread + r) % n;
                        try {
                            if (!sameFindings(expected.get(input), calls.get(input).call())) {
                                mismatches.incrementAndGet();
                                firstMismatch.compareAndSet(-1, input);
                            }
                        } catch (Exception | Error e) {
                            failures.incrementAndGet();
                            firstFailure.compareAndSet(null, e);
                        }
                    }
                });
            }
            go.countDown();
            pool.shutdown();
            // a bound only so that a deadlocked detector fails instead of hanging the build
            if (!pool.awaitTermination(10, TimeUnit.MINUTES)) {
                throw new AssertionError("concurrent calls did not finish within 10 minutes: a deadlock?");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the concurrent calls", e);
        } finally {
            pool.shutdownNow();
        }
        int total = threads * callsPerThread;
        if (failures.get() > 0) {
            Throwable e = firstFailure.get();
            throw new AssertionError(failures.get() + " of " + total + " concurrent calls threw (first: "
                    + e.getClass().getName() + "); a single thread did not: the detector is not thread-safe", e);
        }
        if (mismatches.get() > 0) {
            throw new AssertionError(mismatches.get() + " of " + total + " concurrent calls returned other "
                    + "findings than the same input on a single thread (first: input " + firstMismatch.get()
                    + "): the detector is not thread-safe; look for fields written during detection and shared "
                    + "Matcher, DateFormat, StringBuilder or model objects that are not thread-safe");
        }
    }

    /** How a run on its own thread ended. */
    public enum Interrupt {
        /** Not interrupted. */
        NONE,
        /** The thread is interrupted before the task starts. */
        BEFORE,
        /** The thread is interrupted once the task has started. */
        AFTER_START
    }

    /**
     * How a task run on its own thread ended.
     *
     * @param finished whether it returned or threw within the budget
     * @param result   what it returned, where it did
     * @param failure  what it threw, where it did
     * @param <T>      the result type
     */
    public record Run<T>(boolean finished, T result, Throwable failure) {
    }

    /**
     * Runs {@code task} on a thread interrupted before it starts and on one interrupted once it has started; fails
     * when either run is still going after {@code budget}.
     */
    public static void checkEndsWhenInterrupted(Callable<?> task, Duration budget) {
        for (Interrupt when : List.of(Interrupt.BEFORE, Interrupt.AFTER_START)) {
            if (!runOnOwnThread(task, when, budget).finished()) {
                throw new AssertionError("interrupted (" + when + "), it still ran after " + budget.toMillis()
                        + " ms; check Thread.interrupted() in long loops and return or throw");
            }
        }
    }

    /**
     * Runs {@code task} on a new daemon thread, interrupted as {@code interrupt} says, and waits at most
     * {@code budget} for it to end. A task still running then is interrupted and left to end on its own.
     */
    public static <T> Run<T> runOnOwnThread(Callable<T> task, Interrupt interrupt, Duration budget) {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(interrupt, "interrupt");
        Objects.requireNonNull(budget, "budget");
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch started = new CountDownLatch(1);
        Thread thread = new Thread(() -> {
            if (interrupt == Interrupt.BEFORE) {
                Thread.currentThread().interrupt();
            }
            started.countDown();
            try {
                result.set(task.call());
            } catch (Exception | Error e) {
                failure.set(e);
            }
        }, "testkit-budget");
        thread.setDaemon(true);
        thread.start();
        try {
            if (interrupt == Interrupt.AFTER_START) {
                started.await();
                thread.interrupt();
            }
            thread.join(Math.max(1, budget.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the detector", e);
        }
        if (thread.isAlive()) {
            thread.interrupt();
            return new Run<>(false, null, null);
        }
        return new Run<>(true, result.get(), failure.get());
    }

    /**
     * Runs {@code task} (a detector or rule given a context whose deadline has passed, {@link TestContexts#expired})
     * on its own thread: it must end within {@code budget}, returning or throwing
     * {@link org.privacyscreen.spi.DeadlineExceededException} (what {@code checkDeadline()} throws), and nothing
     * else: the engine gives a post's late checks no more time, and native stages must stop between steps.
     *
     * @return how it ended, for the caller to check what it returned
     */
    public static <T> Run<T> checkEndsPastDeadline(Callable<T> task, Duration budget) {
        Run<T> run = runOnOwnThread(task, Interrupt.NONE, budget);
        if (!run.finished()) {
            throw new AssertionError("with its deadline passed, it still ran after " + budget.toMillis() + " ms; "
                    + "call context.checkDeadline() between steps, or size the work by context.remaining()");
        }
        if (run.failure() != null && !(run.failure() instanceof org.privacyscreen.spi.DeadlineExceededException)) {
            throw new AssertionError("with its deadline passed, it failed with " + run.failure().getClass().getName()
                    + "; return, or let context.checkDeadline()'s DeadlineExceededException propagate", run.failure());
        }
        return run;
    }

    /**
     * Screens each of {@code posts} with a screener that runs {@code detector} alone, as a host would: the engine
     * must accept every result (no DETECTOR_FAILURE for this detector: no null, no finding outside the post, no
     * exception, no time-out). Closes the screener, so {@code detector}'s {@code close()} is called once at the end.
     */
    public static void checkInScreener(Detector detector, List<Post> posts) {
        Objects.requireNonNull(detector, "detector");
        Objects.requireNonNull(posts, "posts");
        try (Screener screener = Screener.builder().discover(false).detector(detector).build()) {
            for (int i = 0; i < posts.size(); i++) {
                ScreeningReport report = screener.screen(posts.get(i));
                for (Finding f : report.findings(FindingType.DETECTOR_FAILURE)) {
                    if (f.detector().equals(detector.id())) {
                        // the engine's message names the check and what went wrong, never a value
                        throw new AssertionError("in a screener, input " + i + ": " + f.message());
                    }
                }
            }
        }
    }

    /**
     * Whether {@code haystack} quotes {@code value}: the whole value, ignoring case, or one of its words that holds
     * a digit. Values with fewer than three letters or digits are too short to tell and never count.
     */
    public static boolean quotes(String haystack, String value) {
        Objects.requireNonNull(haystack, "haystack");
        Objects.requireNonNull(value, "value");
        String v = value.strip();
        if (v.codePoints().filter(Character::isLetterOrDigit).count() < SIGNIFICANT) {
            return false;
        }
        String h = haystack.toLowerCase(Locale.ROOT);
        if (h.contains(v.toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (String word : v.split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= SIGNIFICANT && word.chars().anyMatch(Character::isDigit)
                    && h.contains(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    static boolean sameFindings(List<Finding> a, List<Finding> b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a.size() != b.size()) {
            return false;
        }
        Map<Finding, Integer> counts = new HashMap<>();
        a.forEach(f -> counts.merge(f, 1, Integer::sum));
        for (Finding f : b) {
            Integer c = counts.get(f);
            if (c == null) {
                return false;
            }
            if (c == 1) {
                counts.remove(f);
            } else {
                counts.put(f, c - 1);
            }
        }
        return counts.isEmpty();
    }

    /** Types and locations only: no excerpt or message, which could hold what a broken detector leaked. */
    static String summary(List<Finding> findings) {
        if (findings == null) {
            return "null";
        }
        List<String> parts = new ArrayList<>();
        for (Finding f : findings) {
            parts.add(f == null ? "null" : f.type() + describe(f.location()));
        }
        return parts.toString();
    }

    private static String describe(Location location) {
        if (location instanceof Location.Text t) {
            return " at " + t.start() + ".." + t.end();
        }
        if (location instanceof Location.Image im) {
            return " in image " + im.image() + " at " + im.x() + "," + im.y() + " " + im.width() + "x" + im.height();
        }
        return " on the post";
    }

    private static boolean inside(Location.Image box, Dimension size) {
        return (long) box.x() + box.width() <= size.width && (long) box.y() + box.height() <= size.height;
    }

    private static void fail(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new AssertionError(String.join("; ", problems));
        }
    }
}
