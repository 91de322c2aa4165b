package org.privacyscreen.image.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class NativePoolTest {

    @Test
    void with_reusesAnIdleObjectAndClearDisposesOfIt() {
        AtomicInteger made = new AtomicInteger();
        List<Integer> disposed = new ArrayList<>();
        NativePool<Integer> pool = new NativePool<>(made::incrementAndGet, disposed::add);
        assertThat(pool.<Integer>with(i -> i).intValue()).isEqualTo(1);
        assertThat(pool.<Integer>with(i -> i).intValue()).isEqualTo(1);
        assertThat(pool.idle()).isEqualTo(1);
        pool.clear();
        assertThat(disposed).containsExactly(1);
        assertThat(pool.idle()).isZero();
        assertThat(pool.<Integer>with(i -> i).intValue()).isEqualTo(2);
    }

    @Test
    void with_returnsTheObjectEvenWhenTheWorkThrows() {
        NativePool<StringBuilder> pool = new NativePool<>(StringBuilder::new, sb -> { });
        assertThatThrownBy(() -> pool.with(sb -> {
            throw new IllegalStateException("native failure");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(pool.idle()).isEqualTo(1);
    }

    @Test
    void anObjectInUseWhenThePoolIsClearedComesBackAfterwards() {
        NativePool<Object> pool = new NativePool<>(Object::new, o -> { });
        pool.with(o -> {
            pool.clear();
            assertThat(pool.idle()).isZero();
            return o;
        });
        assertThat(pool.idle()).isEqualTo(1);
    }

    /** No object ever serves two threads at once, and no more exist than threads used the pool at once. */
    @Property(tries = 20)
    void with_neverSharesAnObjectBetweenThreads(@ForAll @IntRange(min = 1, max = 8) int threads,
            @ForAll @IntRange(min = 1, max = 40) int usesEach) throws Exception {
        AtomicInteger made = new AtomicInteger();
        NativePool<int[]> pool = new NativePool<>(() -> {
            made.incrementAndGet();
            return new int[1];
        }, a -> { });
        Set<int[]> inUse = Collections.newSetFromMap(new ConcurrentHashMap<>());
        AtomicInteger clashes = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(executor.submit(() -> {
                    start.await();
                    for (int u = 0; u < usesEach; u++) {
                        pool.with(a -> {
                            if (!inUse.add(a)) {
                                clashes.incrementAndGet();
                            }
                            a[0]++;
                            Thread.yield();
                            inUse.remove(a);
                            return a;
                        });
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            executor.shutdownNow();
        }
        assertThat(clashes).hasValue(0);
        assertThat(made.get()).isBetween(1, threads);
        assertThat(pool.idle()).isEqualTo(made.get());
    }
}
