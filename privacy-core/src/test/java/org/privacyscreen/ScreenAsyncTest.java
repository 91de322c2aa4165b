package org.privacyscreen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.privacyscreen.spi.PostRule;
import org.privacyscreen.spi.RuleResult;
import org.privacyscreen.spi.TextDetector;

class ScreenAsyncTest {
    private static final TextDetector PHONES = TestDetectors.regex("phones", FindingType.PHONE_NUMBER, "\\d{5} \\d{6}");
    private static final PostRule NOTES = TestDetectors.rule("notes", java.util.Set.of(), c -> RuleResult.NONE);

    @Test
    void screenAsync_givesWhatScreenGives() throws Exception {
        try (Screener s = Screener.builder().discover(false).detector(PHONES).detector(NOTES).build()) {
            Post post = TestDetectors.post("Call 07911 123456 now");
            ScreeningReport sync = s.screen(post);
            ScreeningReport async = s.screenAsync(post).get(30, TimeUnit.SECONDS);
            assertThat(async).isEqualTo(sync);
            assertThat(async.verdict()).isEqualTo(Verdict.BLOCK);
            assertThat(async.redactedText()).contains("Call [PHONE] now");
        }
    }

    @Test
    void screenAsync_badInput_failsTheFutureWithTheSameException() {
        ScreeningPolicy small = ScreeningPolicy.builder().limits(new ScreeningPolicy.Limits(100, 100, 5)).build();
        try (Screener s = Screener.builder().discover(false).policy(small).detector(PHONES).build()) {
            CompletableFuture<ScreeningReport> f = s.screenAsync(TestDetectors.post("far too long"));
            assertThatThrownBy(f::get).isInstanceOf(ExecutionException.class).cause()
                    .isInstanceOfSatisfying(PrivacyScreenException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.TEXT_TOO_LONG));
            assertThat(f.handle((r, e) -> e).join()).isInstanceOf(PrivacyScreenException.class);
        }
    }

    @Test
    void screenAsync_oneThread_manyPostsAndChainedScreenings_doNotDeadlock() throws Exception {
        try (Screener s = Screener.builder().discover(false).threads(1).detector(PHONES).detector(NOTES)
                .detector(TestDetectors.regex("names", FindingType.PERSON_NAME, "[A-Z][a-z]+ [A-Z][a-z]+"))
                .build()) {
            List<CompletableFuture<ScreeningReport>> all = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                Post p = TestDetectors.post("Post " + i + " for Anne Smith");
                // a stage on the screener's own thread that screens again, waiting for nothing
                all.add(s.screenAsync(p).thenCompose(r -> s.screenAsync(r.remediated())));
            }
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            assertThat(all).allSatisfy(f -> assertThat(f.join().findings()).isEmpty());
        }
    }

    @Test
    void screenAsync_cancelled_stopsTheDetectors() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        TextDetector waits = TestDetectors.of("waits", 0, c -> {
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return List.of();
        });
        try (Screener s = Screener.builder().discover(false).detector(waits).build()) {
            CompletableFuture<ScreeningReport> f = s.screenAsync(TestDetectors.post("x"));
            Thread.sleep(100);
            f.cancel(true);
            assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
        }
    }
}
