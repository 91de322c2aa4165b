package org.privacyscreen.consent.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
import org.privacyscreen.consent.ConsentLedger;
import org.privacyscreen.consent.Publication;
import org.privacyscreen.spi.AuditEvent;

/** What every JDBC database must do; subclasses give the database. */
abstract class ConsentStoreContract {
    static final Instant T = Instant.parse("2026-11-21T10:00:00Z");

    DataSource ds;
    JdbcConsentStore store;

    abstract DataSource newDatabase();

    /** A second, separate way into the same database, as another node of the application would have. */
    abstract DataSource sameDatabase(DataSource ds);

    /** The store's "now": uses are recorded at {@link #T}. */
    static final Clock CLOCK = Clock.fixed(T, ZoneOffset.UTC);

    @BeforeEach
    void open() {
        ds = newDatabase();
        store = new JdbcConsentStore(ds, CLOCK);
    }

    static ConsentUse use(String consentId, String postId, String channel, Purpose purpose, Instant at, String zone) {
        return new ConsentUse(consentId, postId, channel, purpose, at, ZoneId.of(zone));
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
    void migrate_databaseOfTheVersionBeforeFlyway_takenOverAtItsVersionWithItsData() throws Exception {
        DataSource legacy = newDatabase();
        legacySchema(legacy);
        try (java.sql.Connection c = legacy.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("INSERT INTO ps_consent (id, person_id, status, permissions, channels, purposes, max_uses) "
                    + "VALUES ('k-old', 'client-1', 'granted', 'share', '*', 'social_post', 3)");
            s.execute("INSERT INTO ps_consent_use (consent_id, post_id, channel, used_at) "
                    + "VALUES ('k-old', 'p-old', 'instagram', TIMESTAMP WITH TIME ZONE '2026-11-01 10:00:00+00')");
        }
        assertThat(ConsentDatabase.version(legacy)).isEqualTo(1);
        JdbcConsentStore taken = new JdbcConsentStore(legacy, CLOCK);
        assertThat(ConsentDatabase.version(legacy)).isEqualTo(ConsentDatabase.LATEST_VERSION);
        assertThat(taken.uses("k-old")).containsExactly(new ConsentUse("k-old", "p-old", "instagram",
                Instant.parse("2026-11-01T10:00:00Z")));
        assertThat(taken.recordUse(new ConsentUse("k-old", "p-new", "instagram", T))).isTrue();
        assertThat(history(legacy)).containsExactly("1:BASELINE", "2:SQL");
    }

    @Test
    void migrate_schemaHoldingAHostsOwnTables_getsEveryScript() throws Exception {
        DataSource shared = newDatabase();
        try (java.sql.Connection c = shared.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE TABLE crm_patient (patient_no VARCHAR(20) PRIMARY KEY)");
        }
        new JdbcConsentStore(shared, CLOCK).save(simple("k-1", 1));
        assertThat(history(shared)).containsExactly("0:BASELINE", "1:SQL", "2:SQL");
    }

    @Test
    void migrate_nodesStartingAtOnce_eachScriptAppliedOnce() throws Exception {
        for (int round = 0; round < 6; round++) {
            boolean legacy = round % 2 == 1;
            DataSource db = newDatabase();
            if (legacy) {
                legacySchema(db);
            }
            int nodes = 4;
            java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(nodes);
            ExecutorService pool = Executors.newFixedThreadPool(nodes);
            List<Future<?>> started = new ArrayList<>();
            for (int i = 0; i < nodes; i++) {
                DataSource node = sameDatabase(db); // its own pool: nothing shared in this JVM but the database
                started.add(pool.submit(() -> {
                    start.await();
                    ConsentDatabase.migrate(node);
                    return null;
                }));
            }
            for (Future<?> f : started) {
                f.get(120, TimeUnit.SECONDS);
            }
            pool.shutdown();
            assertThat(history(db)).as(legacy ? "legacy" : "fresh")
                    .containsExactlyElementsOf(legacy ? List.of("1:BASELINE", "2:SQL") : List.of("1:SQL", "2:SQL"));
            new JdbcConsentStore(db, CLOCK).save(simple("k-1", 1));
        }
    }

    /** What the library's own migrator left before Flyway: V1 applied and recorded in ps_schema_version. */
    static void legacySchema(DataSource db) throws Exception {
        String v1 = new String(ConsentDatabase.class.getResourceAsStream("V1__consents.sql").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
        try (java.sql.Connection c = db.getConnection(); java.sql.Statement s = c.createStatement()) {
            for (String stmt : v1.split(";")) {
                if (!stmt.isBlank()) {
                    s.execute(stmt);
                }
            }
            s.execute("CREATE TABLE ps_schema_version (version INTEGER PRIMARY KEY, script VARCHAR(200) NOT NULL, "
                    + "applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
            s.execute("INSERT INTO ps_schema_version VALUES (1, 'V1__consents.sql', CURRENT_TIMESTAMP)");
        }
    }

    /** Flyway's history of {@code db}, "version:type" in order, successful rows only. */
    static List<String> history(DataSource db) throws Exception {
        List<String> out = new ArrayList<>();
        try (java.sql.Connection c = db.getConnection(); java.sql.Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT \"version\", \"type\" FROM \""
                     + ConsentDatabase.HISTORY_TABLE + "\" WHERE \"success\" AND \"version\" IS NOT NULL "
                     + "ORDER BY \"installed_rank\"")) {
            while (rs.next()) {
                out.add(rs.getString(1) + ":" + rs.getString(2));
            }
        }
        return out;
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
    void recordUse_revocationInEffectNow_refusesAUseDatedBeforeIt() {
        store.save(simple("k-1", 5));
        store.revoke("k-1", T.minus(Duration.ofHours(1)));
        assertThat(store.recordUse(new ConsentUse("k-1", "p-1", "x", T.minus(Duration.ofHours(2)))))
                .as("a use back-dated before a revocation already in effect").isFalse();
        assertThat(store.uses("k-1")).isEmpty();
    }

    @Test
    void recordUse_eachScopeCheck_refusesAndCountsNothing() {
        Consent scoped = Consent.builder("k-1", "client-1").permissions(Permission.SHARE).channels("instagram")
                .purposes(Purpose.SOCIAL_POST).validFrom(LocalDate.of(2026, 11, 1))
                .validUntil(LocalDate.of(2026, 11, 30)).build();
        store.save(scoped);
        store.save(Consent.builder("k-2", "client-1").permissions(Permission.CAPTURE, Permission.NAME).build());
        Instant inside = Instant.parse("2026-11-15T12:00:00Z");
        record Case(String why, ConsentUse use, Consent.Denial denial) {
        }
        List<Case> cases = List.of(
                new Case("another channel", use("k-1", "p-1", "facebook", Purpose.SOCIAL_POST, inside, "UTC"),
                        Consent.Denial.CHANNEL),
                new Case("another purpose", use("k-1", "p-2", "instagram", Purpose.ADVERT, inside, "UTC"),
                        Consent.Denial.PURPOSE),
                new Case("before the first day", use("k-1", "p-3", "instagram", Purpose.SOCIAL_POST,
                        Instant.parse("2026-10-31T23:59:00Z"), "UTC"), Consent.Denial.NOT_YET_VALID),
                new Case("after the last day", use("k-1", "p-4", "instagram", Purpose.SOCIAL_POST,
                        Instant.parse("2026-12-01T00:00:00Z"), "UTC"), Consent.Denial.EXPIRED),
                new Case("no share permission", use("k-2", "p-5", "instagram", Purpose.SOCIAL_POST, inside, "UTC"),
                        Consent.Denial.NO_SHARE));
        for (Case c : cases) {
            assertThat(store.recordUse(c.use())).as(c.why()).isFalse();
            assertThat(store.find(c.use().consentId()).orElseThrow().denial(c.use(), 0, T)).as(c.why())
                    .contains(c.denial());
        }
        assertThat(store.uses("k-1")).isEmpty();
        assertThat(store.uses("k-2")).isEmpty();
        assertThat(store.recordUse(use("k-1", "p-6", "instagram", Purpose.SOCIAL_POST, inside, "UTC"))).isTrue();
    }

    @Test
    void recordUse_validUntilIsReadInThePracticesTimeZone() {
        // 23:30 on 31 March in Los Angeles is already 1 April in UTC
        store.save(Consent.builder("k-1", "client-1").permissions(Permission.SHARE)
                .validUntil(LocalDate.of(2026, 3, 31)).build());
        assertThat(store.recordUse(use("k-1", "p-la", "x", Purpose.SOCIAL_POST,
                Instant.parse("2026-04-01T06:30:00Z"), "America/Los_Angeles"))).isTrue();
        assertThat(store.recordUse(use("k-1", "p-utc", "x", Purpose.SOCIAL_POST,
                Instant.parse("2026-04-01T06:30:00Z"), "UTC"))).isFalse();
    }

    @Test
    void recordUse_samePostAgain_checkedAgainButCountedOnce() {
        store.save(simple("k-1", 2));
        assertThat(store.recordUse(new ConsentUse("k-1", "p-1", "x", T))).isTrue();
        assertThat(store.recordUse(new ConsentUse("k-1", "p-1", "x", T))).as("a retry").isTrue();
        assertThat(store.useCount("k-1")).isEqualTo(1);
        store.revoke("k-1", T.minusSeconds(1));
        assertThat(store.recordUse(new ConsentUse("k-1", "p-1", "x", T))).as("a retry after revocation").isFalse();
        assertThat(store.useCount("k-1")).isEqualTo(1);
    }

    @Test
    void uses_keepPurposeAndTimeZone() {
        store.save(Consent.builder("k-1", "client-1").permissions(Permission.SHARE)
                .purposes(Purpose.SOCIAL_POST, Purpose.ADVERT).build());
        ConsentUse advert = use("k-1", "p-1", "facebook", Purpose.ADVERT, T, "Europe/London");
        assertThat(store.recordUse(advert)).isTrue();
        store.importUse(new ConsentUse("k-1", "p-0", "instagram", T.minusSeconds(60)));
        assertThat(store.uses("k-1")).containsExactly(advert,
                use("k-1", "p-0", "instagram", Purpose.SOCIAL_POST, T.minusSeconds(60), "UTC"));
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
    void auditSink_failedWrite_throwsStoreFailure() throws Exception {
        JdbcAuditSink audit = new JdbcAuditSink(ds);
        dropAudit();
        assertThatThrownBy(() -> audit.record(new AuditEvent(T, "published", Optional.of("p-1"),
                Optional.of("client-1"), Optional.of("k-1"), "channel=instagram")))
                .isInstanceOfSatisfying(PrivacyScreenException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.STORE_FAILURE))
                .hasMessageStartingWith("writing the audit trail failed");
    }

    @Test
    void ledger_auditFails_publicationRolledBackAndCallFails() throws Exception {
        store.save(simple("k-1", 2));
        ConsentLedger ledger = ConsentLedger.builder(store, new JdbcAuditSink(ds)).clock(CLOCK).build();
        dropAudit();
        assertThatThrownBy(() -> ledger.recordPublication(new ConsentUse("k-1", "p-1", "instagram", T)))
                .isInstanceOfSatisfying(PrivacyScreenException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.STORE_FAILURE));
        assertThat(store.uses("k-1")).as("the use and its audit commit together or not at all").isEmpty();
        assertThatThrownBy(() -> ledger.revoke("k-1", T)).isInstanceOf(PrivacyScreenException.class);
        assertThat(store.find("k-1").orElseThrow().revokedAt()).isEmpty();
    }

    @Test
    void ledger_allOrNothing_oneConsentRefusesAndNoneIsCounted() {
        store.save(simple("k-1", 5));
        store.save(simple("k-2", 1));
        store.recordUse(new ConsentUse("k-2", "p-0", "instagram", T.minusSeconds(60)));
        JdbcAuditSink audit = new JdbcAuditSink(ds);
        ConsentLedger ledger = ConsentLedger.builder(store, audit).clock(CLOCK).build();
        org.privacyscreen.Post post = org.privacyscreen.Post.builder().id("p-1").text("t").channel("instagram")
                .createdAt(T).build();
        List<ConsentUse> both = List.of(ConsentUse.of("k-1", post, ZoneOffset.UTC),
                ConsentUse.of("k-2", post, ZoneOffset.UTC));
        assertThat(ledger.recordPublications(both)).isFalse();
        assertThat(store.uses("k-1")).isEmpty();
        assertThat(audit.eventsOf("client-1")).extracting(AuditEvent::action).containsExactly("publication-refused");
        assertThat(audit.eventsOf("client-1").get(0).detail()).endsWith("refused: exhausted");
        store.save(simple("k-2", 2));
        assertThat(ledger.recordPublications(both)).isTrue();
        assertThat(ledger.publicationsOf("client-1")).extracting(Publication::postId, Publication::consentId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("p-0", "k-2"),
                        org.assertj.core.groups.Tuple.tuple("p-1", "k-1"),
                        org.assertj.core.groups.Tuple.tuple("p-1", "k-2"));
    }

    private void dropAudit() throws Exception {
        try (java.sql.Connection c = ds.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("DROP TABLE ps_audit");
        }
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
