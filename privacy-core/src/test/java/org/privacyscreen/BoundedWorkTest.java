package org.privacyscreen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.privacyscreen.TestDetectors.sleep;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.privacyscreen.spi.DeadlineExceededException;
import org.privacyscreen.spi.ImageDetector;
import org.privacyscreen.spi.ImageRemediator;
import org.privacyscreen.spi.PostRule;
import org.privacyscreen.spi.RuleResult;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.spi.SharedKey;
import org.privacyscreen.spi.TextDetector;

/** A bounded pool, one time budget a post, work stopped at the deadline and resources released when it ends. */
class BoundedWorkTest {
    private static TextDetector blocking(String id, CountDownLatch release) {
        return TestDetectors.of(id, 0, c -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of();
        });
    }

    @Test
    void screen_queueFull_isOverloadedAtOnce() {
        CountDownLatch release = new CountDownLatch(1);
        Screener s = Screener.builder().discover(false).threads(1).queueCapacity(1)
                .detector(blocking("a-blocks", release)).detector(blocking("b-blocks", release)).build();
        try {
            // the first post takes the one thread and the one place in the queue
            CompletableFuture<ScreeningReport> first = s.screenAsync(TestDetectors.post("one"));
            assertThatThrownBy(() -> s.screen(TestDetectors.post("two")))
                    .isInstanceOfSatisfying(PrivacyScreenException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.OVERLOADED);
                        assertThat(e.badInput()).isFalse();
                    });
            release.countDown();
            assertThat(first.join().verdict()).isEqualTo(Verdict.ALLOW);
        } finally {
            release.countDown();
            s.close();
        }
    }

    @Test
    void screen_rulesShareThePostsBudget() {
        AtomicReference<Duration> seen = new AtomicReference<>();
        TextDetector slow = TestDetectors.of("slow", 0, c -> {
            sleep(300);
            return List.of();
        });
        PostRule rule = TestDetectors.rule("late-rule", Set.of(), context -> {
            seen.set(context.remaining());
            sleep(1000);
            return RuleResult.NONE;
        });
        ScreeningPolicy policy = ScreeningPolicy.builder().detectorTimeout(Duration.ofMillis(800)).build();
        ScreeningReport r = Screener.builder().discover(false).policy(policy).detector(slow).detector(rule).build()
                .screen(TestDetectors.post("text"));
        // the rule had what the detector left, not a budget of its own
        assertThat(seen.get()).isLessThanOrEqualTo(Duration.ofMillis(500));
        assertThat(r.findings(FindingType.DETECTOR_FAILURE)).singleElement()
                .satisfies(f -> assertThat(f.detector()).isEqualTo("late-rule"));
        assertThat(r.verdict()).isEqualTo(Verdict.REVIEW);
    }

    @Test
    void screen_workPastTheDeadline_isStopped_andCheckDeadlineEndsWhatIgnoresInterrupts() throws Exception {
        CountDownLatch stopped = new CountDownLatch(1);
        TextDetector stubborn = TestDetectors.of("stubborn", 0, c -> {
            try {
                while (true) {
                    Thread.interrupted(); // ignores interrupts, as a native call would
                    c.checkDeadline();
                }
            } finally {
                stopped.countDown();
            }
        });
        ScreeningPolicy policy = ScreeningPolicy.builder().detectorTimeout(Duration.ofMillis(200)).build();
        ScreeningReport r = Screener.builder().discover(false).policy(policy).detector(stubborn).build()
                .screen(TestDetectors.post("text"));
        assertThat(r.findings(FindingType.DETECTOR_FAILURE)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("ran out of time"));
        assertThat(stopped.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void context_checkDeadline_throwsOnceTheBudgetIsSpent() {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        TextDetector waits = TestDetectors.of("waits", 0, c -> {
            c.checkDeadline(); // fine at the start
            sleep(300);
            Thread.interrupted();
            try {
                c.checkDeadline();
            } catch (DeadlineExceededException e) {
                thrown.set(e);
                throw e;
            }
            return List.of();
        });
        ScreeningPolicy policy = ScreeningPolicy.builder().detectorTimeout(Duration.ofMillis(100)).build();
        Screener.builder().discover(false).policy(policy).detector(waits).build().screen(TestDetectors.post("x"));
        sleep(400);
        assertThat(thrown.get()).isInstanceOfSatisfying(DeadlineExceededException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.DEADLINE_EXCEEDED));
    }

    /** A decoded image stand-in that says whether it was released. */
    static final class Pixels implements AutoCloseable {
        static final SharedKey<Pixels> KEY = SharedKey.of("pixels");
        volatile boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void screen_sharedValuesAreReleasedWhenScreeningEnds_andRemediationDecodesAfresh() {
        List<Pixels> made = new CopyOnWriteArrayList<>();
        java.util.function.Function<ScreeningContext, Pixels> decode = c -> {
            Pixels p = new Pixels();
            made.add(p);
            return p;
        };
        ImageDetector decodes = TestDetectors.image("decodes", (context, image) -> {
            context.shared(Pixels.KEY, decode);
            return List.of();
        });
        ImageRemediator remediator = TestDetectors.remediator("blur", (context, image) -> {
            assertThat(context.shared(Pixels.KEY, decode).closed).isFalse();
            return context.post().images().get(image);
        });
        Post post = Post.builder().image(PostImage.of("a.jpg", new byte[] {1})).build();
        ScreeningReport r = Screener.builder().discover(false).detector(decodes).remediator(remediator).build()
                .screen(post);
        assertThat(made).singleElement().satisfies(p -> assertThat(p.closed).isTrue());
        r.remediated();
        assertThat(made).hasSize(2).allSatisfy(p -> assertThat(p.closed).isTrue());
    }

    @Test
    void remediated_hasItsOwnBudgetAndPixelLimit() {
        AtomicReference<Long> pixels = new AtomicReference<>();
        ImageRemediator slow = TestDetectors.remediator("slow", (context, image) -> {
            pixels.set(context.policy().limits().maxImagePixels());
            sleep(150);
            return context.post().images().get(image);
        });
        ScreeningPolicy policy = ScreeningPolicy.builder().remediationTimeout(Duration.ofMillis(100))
                .limits(new ScreeningPolicy.Limits(1_000_000, 1_000, 100, 2_000)).build();
        Post post = Post.builder().image(PostImage.of("a.jpg", new byte[] {1}))
                .image(PostImage.of("b.jpg", new byte[] {2})).build();
        ScreeningReport r = Screener.builder().discover(false).policy(policy).remediator(slow).build().screen(post);
        assertThatThrownBy(r::remediated).isInstanceOfSatisfying(DeadlineExceededException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.DEADLINE_EXCEEDED))
                .hasMessageContaining("remediation ran out of time");
        assertThat(pixels.get()).isEqualTo(2_000L);
    }

    @Test
    void close_endsTheScreenersThreads_closesDetectors_andRefusesMore() throws Exception {
        ClassLoader loader = new ClassLoader(getClass().getClassLoader()) {
        };
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        AtomicInteger closed = new AtomicInteger();
        TextDetector watched = new TextDetector() {
            @Override
            public String id() {
                return "watched";
            }

            @Override
            public List<Finding> detect(ScreeningContext context) {
                ranOn.set(Thread.currentThread());
                return List.of();
            }

            @Override
            public void close() {
                closed.incrementAndGet();
            }
        };
        Screener s = Screener.builder().discover(false).classLoader(loader).detector(watched).build();
        s.screen(TestDetectors.post("text"));
        Thread worker = ranOn.get();
        assertThat(worker.isDaemon()).isTrue();
        assertThat(worker.getContextClassLoader()).isSameAs(loader);
        s.close();
        s.close();
        worker.join(10_000);
        assertThat(worker.isAlive()).isFalse();
        assertThat(closed).hasValue(1);
        assertThatThrownBy(() -> s.screen(TestDetectors.post("text"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void executor_fromTheHost_isUsedAndLeftRunning() throws Exception {
        ExecutorService host = Executors.newFixedThreadPool(2, r -> new Thread(r, "host-pool"));
        try {
            AtomicReference<String> thread = new AtomicReference<>();
            TextDetector where = TestDetectors.of("where", 0, c -> {
                thread.set(Thread.currentThread().getName());
                return List.of();
            });
            Screener s = Screener.builder().discover(false).executor(host).detector(where).build();
            s.screen(TestDetectors.post("text"));
            s.close();
            assertThat(thread.get()).isEqualTo("host-pool");
            assertThat(host.isShutdown()).isFalse();
            assertThat(host.submit(() -> 1).get(10, TimeUnit.SECONDS)).isEqualTo(1);
        } finally {
            host.shutdownNow();
        }
    }

    @Test
    void screen_interruptedCaller_getsAnInternalErrorAndKeepsItsInterrupt() {
        CountDownLatch never = new CountDownLatch(1);
        Screener s = Screener.builder().discover(false).detector(blocking("blocks", never)).build();
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> s.screen(TestDetectors.post("x")))
                    .isInstanceOfSatisfying(PrivacyScreenException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.INTERNAL));
            assertThat(Thread.interrupted()).isTrue();
        } finally {
            s.close();
        }
    }

    @Test
    void close_whileACallDeafToInterruptsStillRuns_leavesTheDetectorsOpen() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch ended = new CountDownLatch(1);
        AtomicInteger closed = new AtomicInteger();
        TextDetector deaf = new TextDetector() {
            @Override
            public String id() {
                return "deaf";
            }

            @Override
            public List<Finding> detect(ScreeningContext context) {
                try {
                    while (release.getCount() > 0) {
                        Thread.interrupted(); // a native call: the interrupt does not reach it
                        Thread.onSpinWait();
                    }
                    return List.of();
                } finally {
                    ended.countDown();
                }
            }

            @Override
            public void close() {
                closed.incrementAndGet();
            }
        };
        ScreeningPolicy policy = ScreeningPolicy.builder().detectorTimeout(Duration.ofMillis(200)).build();
        Screener s = Screener.builder().discover(false).policy(policy).detector(deaf).build();
        try {
            assertThat(s.screen(TestDetectors.post("x")).verdict()).isEqualTo(Verdict.REVIEW);
            s.close();
            assertThat(closed).hasValue(0); // closing its model under it could crash the JVM
        } finally {
            release.countDown();
            ended.await(10, TimeUnit.SECONDS);
        }
    }
}
