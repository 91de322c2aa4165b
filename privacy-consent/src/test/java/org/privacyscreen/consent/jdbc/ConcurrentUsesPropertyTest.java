package org.privacyscreen.consent.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
import org.privacyscreen.InMemoryConsentStore;
import org.privacyscreen.Permission;
import org.privacyscreen.spi.ConsentStore;

/**
 * For any interleaving of concurrent publications, revocations (already in effect, or set for later) and checks,
 * on H2, on PostgreSQL and in memory: recorded uses never exceed {@code maxUses}; every publication the store accepted is
 * recorded (nothing lost) and none it refused is; the earliest revocation stands; and no use is accepted after a
 * revocation that covers it has returned (a use recorded after revocation is impossible).
 */
class ConcurrentUsesPropertyTest {
    private static final Instant T = Instant.parse("2026-11-21T10:00:00Z");
    private static final Clock NOW = Clock.fixed(T, ZoneOffset.UTC);
    private static final AtomicInteger IDS = new AtomicInteger();
    private static DataSource h2;
    private static DataSource pg;
    private static Path h2Dir;

    /** One operation: publish a post dated {@code at} seconds from now, revoke as of then, or read and check. */
    record Op(char kind, int at) {
    }

    /** What an operation did, and when it started and returned. */
    record Done(Op op, String post, boolean accepted, long started, long returned) {
        Instant time() {
            return T.plusSeconds(op.at());
        }
    }

    @Provide
    Arbitrary<List<Op>> ops() {
        Arbitrary<Integer> at = Arbitraries.integers().between(-50, 100);
        Arbitrary<Op> op = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, at.map(s -> new Op('p', s))),
                net.jqwik.api.Tuple.of(2, at.map(s -> new Op('r', s))),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(new Op('c', 0))));
        return op.list().ofMinSize(1).ofMaxSize(24);
    }

    @Property(tries = 30)
    void h2_concurrentUsesAndRevocations_ledgerHolds(@ForAll("ops") List<Op> ops,
                                                     @ForAll @IntRange(min = 1, max = 6) int maxUses,
                                                     @ForAll @IntRange(min = 2, max = 6) int threads)
            throws Exception {
        check(h2(), ops, maxUses, threads);
    }

    @Property(tries = 30)
    void postgres_concurrentUsesAndRevocations_ledgerHolds(@ForAll("ops") List<Op> ops,
                                                           @ForAll @IntRange(min = 1, max = 6) int maxUses,
                                                           @ForAll @IntRange(min = 2, max = 6) int threads)
            throws Exception {
        check(pg(), ops, maxUses, threads);
    }

    @Property(tries = 30)
    void inMemory_concurrentUsesAndRevocations_ledgerHolds(@ForAll("ops") List<Op> ops,
                                                           @ForAll @IntRange(min = 1, max = 6) int maxUses,
                                                           @ForAll @IntRange(min = 2, max = 6) int threads)
            throws Exception {
        InMemoryConsentStore store = new InMemoryConsentStore(NOW);
        check(List.of(store, store), ops, maxUses, threads);
    }

    private static void check(DataSource ds, List<Op> ops, int maxUses, int threads) throws Exception {
        // several store objects: several connections, as several application servers would have
        check(List.of(new JdbcConsentStore(ds, NOW), new JdbcConsentStore(ds, NOW)), ops, maxUses, threads);
    }

    private static void check(List<ConsentStore> stores, List<Op> ops, int maxUses, int threads) throws Exception {
        String id = "k-" + IDS.incrementAndGet();
        stores.get(0).save(Consent.builder(id, "client-" + id).permissions(Permission.SHARE).maxUses(maxUses)
                .build());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Done>> futures = new ArrayList<>();
        for (int i = 0; i < ops.size(); i++) {
            Op op = ops.get(i);
            ConsentStore s = stores.get(i % stores.size());
            String post = "p-" + i;
            futures.add(pool.submit(() -> {
                go.await();
                long started = System.nanoTime();
                boolean accepted = switch (op.kind()) {
                    case 'p' -> s.recordUse(new ConsentUse(id, post, "instagram", T.plusSeconds(op.at())));
                    case 'r' -> {
                        s.revoke(id, T.plusSeconds(op.at()));
                        yield true;
                    }
                    default -> {
                        assertThat(s.useCount(id)).isLessThanOrEqualTo(maxUses);
                        yield true;
                    }
                };
                return new Done(op, post, accepted, started, System.nanoTime());
            }));
        }
        go.countDown();
        List<Done> done = new ArrayList<>();
        for (Future<Done> f : futures) {
            done.add(f.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        List<Done> uses = done.stream().filter(d -> d.op().kind() == 'p').toList();
        List<Done> revocations = done.stream().filter(d -> d.op().kind() == 'r').toList();
        List<String> recorded = stores.get(1).uses(id).stream().map(ConsentUse::postId).toList();
        assertThat(recorded).hasSizeLessThanOrEqualTo(maxUses).doesNotHaveDuplicates();
        assertThat(Set.copyOf(recorded)).isEqualTo(uses.stream().filter(Done::accepted).map(Done::post)
                .collect(java.util.stream.Collectors.toSet()));
        assertThat(stores.get(0).find(id).orElseThrow().revokedAt())
                .isEqualTo(revocations.stream().map(Done::time).min(Instant::compareTo));
        for (Done u : uses.stream().filter(Done::accepted).toList()) {
            Instant effective = u.time().isAfter(T) ? u.time() : T;
            assertThat(revocations).as("a revocation covering %s had returned before it started", u.post())
                    .noneMatch(r -> r.returned() < u.started() && !r.time().isAfter(effective));
        }
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
