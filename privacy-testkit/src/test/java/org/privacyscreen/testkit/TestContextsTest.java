package org.privacyscreen.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.Post;
import org.privacyscreen.ScreeningPolicy;
import org.privacyscreen.spi.ClientDirectory;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.spi.SharedKey;

class TestContextsTest {
    private static final SharedKey<String> KEY = SharedKey.of("upper");
    private final Post post = Post.builder().text("some text").build();

    @Test
    void of_givesPostDefaultsAndNoFindings() {
        ScreeningContext c = TestContexts.of(post);
        assertThat(c.post()).isSameAs(post);
        assertThat(c.policy()).isEqualTo(ScreeningPolicy.defaults());
        assertThat(c.directory()).isSameAs(ClientDirectory.EMPTY);
        assertThat(c.findings()).isEmpty();
        assertThat(c.consents().consentsOf("anyone")).isEmpty();
    }

    @Test
    void builder_findings_reachRules() {
        Finding f = Finding.builder(FindingType.PERSON_NAME).span(post.text(), 0, 4).message("A name.").build();
        assertThat(TestContexts.builder().findings(List.of(f)).build(post).findings()).containsExactly(f);
    }

    @Test
    void builder_null_isRefusedNamingTheParameter() {
        assertThatThrownBy(() -> TestContexts.builder().policy(null)).hasMessage("policy");
        assertThatThrownBy(() -> TestContexts.of(null)).hasMessage("post");
    }

    @Test
    void shared_concurrentCallers_computeOnce() throws Exception {
        ScreeningContext c = TestContexts.of(post);
        AtomicInteger computed = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    return c.shared(KEY, ctx -> {
                        computed.incrementAndGet();
                        return ctx.post().text().toUpperCase(java.util.Locale.ROOT);
                    });
                }));
            }
            go.countDown();
            for (Future<String> r : results) {
                assertThat(r.get()).isEqualTo("SOME TEXT");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(computed).hasValue(1);
    }

    @Test
    void shared_loaderThrows_everyCallerGetsIt() {
        ScreeningContext c = TestContexts.of(post);
        SharedKey<String> key = SharedKey.of("broken");
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> c.shared(key, ctx -> {
                throw new IllegalStateException("model missing");
            })).isInstanceOf(IllegalStateException.class).hasMessage("model missing");
        }
    }

    @Test
    void shared_separateContexts_computeSeparately() {
        AtomicInteger computed = new AtomicInteger();
        TestContexts.of(post).shared(KEY, ctx -> "a" + computed.incrementAndGet());
        TestContexts.of(post).shared(KEY, ctx -> "a" + computed.incrementAndGet());
        assertThat(computed).hasValue(2);
    }

    @Test
    void deadline_countsDownTheBudget_andExpiredContextsThrow() {
        ScreeningContext fresh = TestContexts.of(post);
        assertThat(fresh.remaining()).isPositive().isLessThanOrEqualTo(java.time.Duration.ofSeconds(10));
        fresh.checkDeadline();
        ScreeningContext spent = TestContexts.builder().timeBudget(java.time.Duration.ZERO).build(post);
        assertThat(spent.remaining()).isZero();
        assertThatThrownBy(spent::checkDeadline)
                .isInstanceOf(org.privacyscreen.spi.DeadlineExceededException.class);
        ScreeningContext expired = TestContexts.expired(fresh);
        assertThat(expired.post()).isSameAs(post);
        assertThat(expired.remaining()).isZero();
        assertThatThrownBy(expired::checkDeadline)
                .isInstanceOf(org.privacyscreen.spi.DeadlineExceededException.class);
    }
}
