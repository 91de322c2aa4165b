package org.privacyscreen.consent.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import org.privacyscreen.Consent;
import org.privacyscreen.ConsentUse;
import org.privacyscreen.Permission;

/**
 * For any interleaving of concurrent publications, revocations and checks, on H2 and on PostgreSQL, recorded uses
 * never exceed {@code maxUses}, every publication the store accepted is recorded (nothing lost) and none it
 * refused is.
 */
class ConcurrentUsesPropertyTest {
    private static final Instant T = Instant.parse("2026-11-21T10:00:00Z");
    private static final AtomicInteger IDS = new AtomicInteger();
    private static DataSource h2;
    private static DataSource pg;
    private static Path h2Dir;

    /** One operation: publish a post at second {@code at}, revoke at second {@code at}, or read and check. */
    record Op(char kind, int at) {
    }

    @Provide
    Arbitrary<List<Op>> ops() {
        Arbitrary<Op> op = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(0, 100).map(s -> new Op('p', s))),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 100).map(s -> new Op('r', s))),
                net.jqwik.api.Tuple.of(3, Arbitraries.just(new Op('c', 0))));
        return op.list().ofMinSize(1).ofMaxSize(24);
    }

    @Property(tries = 30)
    void h2_concurrentUses_neverExceedMaxAndNoneLost(@ForAll("ops") List<Op> ops,
                                                      @ForAll @IntRange(min = 1, max = 6) int maxUses,
                                                      @ForAll @IntRange(min = 2, max = 6) int threads)
            throws Exception {
        check(h2(), ops, maxUses, threads);
    }

    @Property(tries = 30)
    void postgres_concurrentUses_neverExceedMaxAndNoneLost(@ForAll("ops") List<Op> ops,
                                                            @ForAll @IntRange(min = 1, max = 6) int maxUses,
                                                            @ForAll @IntRange(min = 2, max = 6) int threads)
            throws Exception {
        check(pg(), ops, maxUses, threads);
    }

    private static void check(DataSource ds, List<Op> ops, int maxUses, int threads) throws Exception {
        // several store objects: several connections, as several application servers would have
        List<JdbcConsentStore> stores = List.of(new JdbcConsentStore(ds), new JdbcConsentStore(ds));
        String id = "k-" + IDS.incrementAndGet();
        stores.get(0).save(Consent.builder(id, "client-" + id).permissions(Permission.SHARE).maxUses(maxUses)
                .build());
        Set<String> accepted = ConcurrentHashMap.newKeySet();
        Set<String> refused = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < ops.size(); i++) {
            Op op = ops.get(i);
            JdbcConsentStore s = stores.get(i % stores.size());
            String post = "p-" + i;
            done.add(pool.submit(() -> {
                go.await();
                switch (op.kind()) {
                    case 'p' -> (s.recordUse(new ConsentUse(id, post, "instagram", T.plusSeconds(op.at())))
                            ? accepted : refused).add(post);
                    case 'r' -> s.revoke(id, T.plusSeconds(op.at()));
                    default -> assertThat(s.useCount(id)).isLessThanOrEqualTo(maxUses);
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        List<String> recorded = stores.get(1).uses(id).stream().map(ConsentUse::postId).toList();
        assertThat(recorded).hasSizeLessThanOrEqualTo(maxUses).doesNotHaveDuplicates();
        assertThat(Set.copyOf(recorded)).isEqualTo(Set.copyOf(accepted));
        assertThat(recorded).filteredOn(refused::contains).isEmpty();
    }

    private static synchronized DataSource h2() throws Exception {
        if (h2 == null) {
            h2Dir = Files.createTempDirectory("privacy-screen-h2");
            h2 = ConsentDatabase.h2(h2Dir.resolve("consents"));
        }
        return h2;
    }

    private static synchronized DataSource pg() {
        if (pg == null) {
            pg = PostgresServer.get().newDatabase();
        }
        return pg;
    }

    @AfterContainer
    static void cleanUp() throws Exception {
        if (h2Dir != null) {
            try (var files = Files.walk(h2Dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
