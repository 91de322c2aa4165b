package org.privacyscreen.consent.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.privacyscreen.Consent;
import org.privacyscreen.ConsentStatus;
import org.privacyscreen.ConsentUse;
import org.privacyscreen.Engagement;
import org.privacyscreen.ErrorCode;
import org.privacyscreen.Evidence;
import org.privacyscreen.Guardian;
import org.privacyscreen.Permission;
import org.privacyscreen.PrivacyScreenException;
import org.privacyscreen.Purpose;
import org.privacyscreen.spi.AuditEvent;

/** What every JDBC database must do; subclasses give the database. */
abstract class ConsentStoreContract {
    static final Instant T = Instant.parse("2026-11-21T10:00:00Z");

    DataSource ds;
    JdbcConsentStore store;

    abstract DataSource newDatabase();

    @BeforeEach
    void open() {
        ds = newDatabase();
        store = new JdbcConsentStore(ds);
    }

    static Consent full(String id) {
        return new Consent(id, "client-1", ConsentStatus.GRANTED,
                Set.of(Permission.CAPTURE, Permission.SHARE, Permission.NAME), Set.of("instagram", "facebook"),
                Set.of(Purpose.SOCIAL_POST, Purpose.ADVERT), OptionalInt.of(3), Optional.of(LocalDate.of(2026, 1, 1)),
                Optional.of(LocalDate.of(2026, 12, 31)), Optional.of(new Evidence(Evidence.Kind.WRITTEN,
                Optional.of("form-114"), Optional.of("staff-1"), Optional.of(Instant.parse("2025-12-30T09:15:00Z")))),
                Optional.of(new Guardian("A Parent", "mother")), Optional.empty());
    }

    static Consent simple(String id, int maxUses) {
        return Consent.builder(id, "client-1").permissions(Permission.SHARE).maxUses(maxUses).build();
    }

    @Test
    void migrate_freshDatabase_atLatestVersionAndIdempotent() {
        assertThat(ConsentDatabase.version(ds)).isEqualTo(ConsentDatabase.latestVersion()).isPositive();
        ConsentDatabase.migrate(ds);
        new JdbcConsentStore(ds);
        assertThat(ConsentDatabase.version(ds)).isEqualTo(ConsentDatabase.latestVersion());
    }

    @Test
    void save_fullRecord_roundTripsEveryField() {
        Consent c = full("k-1");
        store.save(c);
        assertThat(store.find("k-1")).contains(c);
        assertThat(store.consentsOf("client-1")).containsExactly(c);
        assertThat(store.consentsOf("client-2")).isEmpty();
        Consent bare = Consent.builder("k-2", "client-1").permissions(Permission.SHARE).build();
        store.save(bare);
        assertThat(store.find("k-2")).contains(bare);
    }

    @Test
    void save_sameId_replaces() {
        store.save(simple("k-1", 2));
        store.save(simple("k-1", 5));
        assertThat(store.find("k-1").orElseThrow().maxUses()).hasValue(5);
        assertThat(store.consentsOf("client-1")).hasSize(1);
    }

    @Test
    void save_badRecord_refusedNamingFieldsAndStoreUnchanged() {
        store.save(simple("k-1", 2));
        Consent bad = new Consent("k-1", "client-1", ConsentStatus.GRANTED, Set.of(), Set.of("*"),
                Set.of(Purpose.SOCIAL_POST), OptionalInt.empty(), Optional.of(LocalDate.of(2026, 2, 1)),
                Optional.of(LocalDate.of(2026, 1, 1)), Optional.empty(), Optional.empty(), Optional.empty());
        assertThatThrownBy(() -> store.save(bad)).isInstanceOfSatisfying(PrivacyScreenException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.INVALID_RECORD);
            assertThat(e.getMessage()).contains("permissions").contains("validUntil");
        });
        assertThat(store.find("k-1")).contains(simple("k-1", 2));
    }

    @Test
    void saveAll_oneBadRecord_noneStored() {
        Consent bad = new Consent(" ", "client-1", ConsentStatus.GRANTED, Set.of(Permission.SHARE), Set.of("*"),
                Set.of(Purpose.SOCIAL_POST), OptionalInt.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
        assertThatThrownBy(() -> store.saveAll(List.of(simple("k-1", 1), bad)))
                .hasMessageStartingWith("consents[1]: id must not be blank");
        assertThat(store.consentsOf("client-1")).isEmpty();
    }

    @Test
    void recordUse_upToMaxUses_thenRefused() {
        store.save(simple("k-1", 2));
        assertThat(store.recordUse(new ConsentUse("k-1", "p-1", "instagram", T))).isTrue();
        assertThat(store.useCount("k-1")).isEqualTo(1);
        assertThat(store.recordUse(new ConsentUse("k-1", "p-2", "instagram", T))).as("one use left").isTrue();
        assertThat(store.recordUse(new ConsentUse("k-1", "p-3", "instagram", T))).isFalse();
        assertThat(store.uses("k-1")).extracting(ConsentUse::postId).containsExactly("p-1", "p-2");
        assertThat(store.uses("k-1").get(0)).isEqualTo(new ConsentUse("k-1", "p-1", "instagram", T));
    }

    @Test
    void recordUse_unknownConsent_unknownReferenceAndNothingStored() {
        assertThatThrownBy(() -> store.recordUse(new ConsentUse("k-9", "p-1", "instagram", T)))
                .isInstanceOfSatisfying(PrivacyScreenException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_REFERENCE));
        assertThat(store.uses("k-9")).isEmpty();
    }

    @Test
    void recordUse_refusedOrRevoked_false() {
        store.save(Consent.builder("k-r", "client-1").status(ConsentStatus.REFUSED).permissions(Permission.SHARE)
                .build());
        assertThat(store.recordUse(new ConsentUse("k-r", "p-1", "x", T))).isFalse();
        store.save(simple("k-1", 5));
        store.revoke("k-1", T.plus(Duration.ofHours(1)));
        assertThat(store.recordUse(new ConsentUse("k-1", "p-1", "x", T))).as("before the revocation").isTrue();
        assertThat(store.recordUse(new ConsentUse("k-1", "p-2", "x", T.plus(Duration.ofHours(1))))).isFalse();
    }

    @Test
    void revoke_earlierRevocationStands() {
        store.save(simple("k-1", 5));
        store.revoke("k-1", T);
        store.revoke("k-1", T.plus(Duration.ofDays(1)));
        assertThat(store.find("k-1").orElseThrow().revokedAt()).contains(T);
    }

    @Test
    void revoke_unknownConsent_unknownReference() {
        assertThatThrownBy(() -> store.revoke("k-9", T)).isInstanceOfSatisfying(PrivacyScreenException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_REFERENCE));
    }

    @Test
    void recordUse_concurrentPublicationsFromManyConnections_neverExceedMaxUses() throws Exception {
        store.save(simple("k-1", 5));
        List<JdbcConsentStore> stores = List.of(store, new JdbcConsentStore(ds), new JdbcConsentStore(ds));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            JdbcConsentStore s = stores.get(i % stores.size());
            String post = "p-" + i;
            results.add(pool.submit(() -> {
                go.await();
                return s.recordUse(new ConsentUse("k-1", post, "instagram", T));
            }));
        }
        go.countDown();
        int granted = 0;
        for (Future<Boolean> f : results) {
            granted += f.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();
        assertThat(granted).isEqualTo(5);
        assertThat(store.useCount("k-1")).isEqualTo(5);
    }

    @Test
    void auditSink_appendsAndListsByPerson() {
        JdbcAuditSink audit = new JdbcAuditSink(ds);
        audit.record(new AuditEvent(T, "published", Optional.of("p-1"), Optional.of("client-1"), Optional.of("k-1"),
                "channel=instagram"));
        audit.record(new AuditEvent(T.plusSeconds(1), "screened", Optional.of("p-2"), Optional.empty(),
                Optional.empty(), "verdict=ALLOW"));
        audit.record(new AuditEvent(T.plusSeconds(2), "revoked", Optional.empty(), Optional.of("client-1"),
                Optional.of("k-1"), "effective now"));
        assertThat(audit.eventsOf("client-1")).extracting(AuditEvent::action).containsExactly("published", "revoked");
        assertThat(audit.eventsOf("client-1").get(0).at()).isEqualTo(T);
    }

    @Test
    void engagementLog_recordsAndReads() {
        JdbcEngagementLog log = new JdbcEngagementLog(ds);
        Engagement e = new Engagement("client-1", "facebook", T, true);
        log.record(e);
        assertThat(log.engagementsOf("client-1")).containsExactly(e);
        assertThatThrownBy(() -> log.record(new Engagement("client-1", " ", T, true)))
                .hasMessage("engagement: channel must not be blank");
        assertThat(log.engagementsOf("client-1")).hasSize(1);
    }
}
