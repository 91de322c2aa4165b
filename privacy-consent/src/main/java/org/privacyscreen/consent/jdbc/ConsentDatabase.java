package org.privacyscreen.consent.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.h2.jdbcx.JdbcDataSource;
import org.privacyscreen.ErrorCode;
import org.privacyscreen.PrivacyScreenException;

/**
 * The consent database: its schema, migrated forward by Flyway from the scripts {@code V1__consents.sql},
 * {@code V2__...} beside this class, recorded in the history table {@value #HISTORY_TABLE}. A database that an
 * earlier version of this library migrated (table {@code ps_schema_version}) is taken over at the version it
 * records.
 *
 * <p>Any number of nodes may start at once: on PostgreSQL the whole migration, the first look at the history
 * included, runs under a session advisory lock ({@code pg_advisory_lock}) on a connection of its own, so a
 * migration needs two connections of the pool. Flyway's own lock covers the scripts but not its first look, where
 * two nodes would both decide to create the history table. H2, an embedded database, is reached by one process;
 * there a lock in this JVM does the same. Thread-safe.
 */
public final class ConsentDatabase {
    /** The embedded default: {@code ~/.privacy-screen/consents.mv.db}. */
    public static final Path DEFAULT_H2_FILE = Path.of(System.getProperty("user.home"), ".privacy-screen", "consents");
    /** Flyway's history table for this library's schema; a host's own Flyway history is left alone. */
    public static final String HISTORY_TABLE = "ps_schema_history";
    /** The newest schema version this library knows: the number of its newest script. */
    public static final int LATEST_VERSION = 2;

    private static final String LOCATION = "classpath:org/privacyscreen/consent/jdbc";
    private static final String LEGACY_TABLE = "ps_schema_version";
    /** The advisory lock's key: the first eight bytes of SHA-256("privacy-screen consent schema"). */
    private static final long LOCK_KEY = 0xf8c0cce9ccf8db66L;
    private static final Object JVM_LOCK = new Object();
    /** Databases this process has brought up to date: stores built on one need not ask Flyway again. */
    private static final Set<DataSource> MIGRATED = Collections.synchronizedSet(
            Collections.newSetFromMap(new WeakHashMap<>()));

    private ConsentDatabase() {
    }

    /**
     * An H2 database in {@code file} (H2 adds {@code .mv.db}); created on first use. Waits up to ten seconds for a
     * row another transaction holds.
     */
    public static DataSource h2(Path file) {
        Objects.requireNonNull(file, "file");
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + file.toAbsolutePath() + ";LOCK_TIMEOUT=10000;DB_CLOSE_DELAY=30");
        ds.setUser("sa");
        ds.setPassword("");
        return ds;
    }

    /** The schema version {@code dataSource} is at; 0 for a database never migrated. */
    public static int version(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        try {
            MigrationInfo current = flyway(dataSource, "0").info().current();
            if (current != null && current.getVersion() != null) {
                return current.getVersion().getMajor().intValue();
            }
            return legacyVersion(dataSource);
        } catch (FlywayException e) {
            throw failure("reading the schema version", e);
        }
    }

    /** The newest schema version this library knows. */
    public static int latestVersion() {
        return LATEST_VERSION;
    }

    /**
     * Brings the schema to {@link #latestVersion()} under Flyway's database lock; each script runs in its own
     * transaction. Idempotent, and cheap once this process has migrated {@code dataSource}.
     */
    public static void migrate(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        if (MIGRATED.contains(dataSource)) {
            return;
        }
        try (Connection lock = dataSource.getConnection()) {
            if (lock.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                advisoryLock(lock, "SELECT pg_advisory_lock(?)");
                try {
                    migrateLocked(dataSource);
                } finally {
                    advisoryLock(lock, "SELECT pg_advisory_unlock(?)");
                }
            } else {
                synchronized (JVM_LOCK) {
                    migrateLocked(dataSource);
                }
            }
        } catch (SQLException e) {
            throw new PrivacyScreenException(ErrorCode.STORE_FAILURE, "migrating the consent schema failed ("
                    + e.getSQLState() + ")", e);
        }
        MIGRATED.add(dataSource);
    }

    private static void migrateLocked(DataSource dataSource) {
        try {
            // a database migrated before Flyway: its history starts at the version it records
            flyway(dataSource, Integer.toString(legacyVersion(dataSource))).migrate();
        } catch (FlywayException e) {
            throw failure("migrating the consent schema", e);
        }
    }

    private static void advisoryLock(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, LOCK_KEY);
            ps.execute();
        }
    }

    private static Flyway flyway(DataSource dataSource, String baselineVersion) {
        return Flyway.configure(ConsentDatabase.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .table(HISTORY_TABLE)
                // a schema holding other tables (a host's own) but none of ours yet: start below version 1
                .baselineOnMigrate(true)
                .baselineVersion(baselineVersion)
                .baselineDescription("schema as found")
                .loggers("slf4j") // the library logs through SLF4J; Flyway masks database URLs
                .load();
    }

    /** The version recorded in the pre-Flyway table {@code ps_schema_version}, or 0 when there is none. */
    private static int legacyVersion(DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            if (!tableExists(c, LEGACY_TABLE)) {
                return 0;
            }
            try (ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM " + LEGACY_TABLE)) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new PrivacyScreenException(ErrorCode.STORE_FAILURE, "reading the schema version failed ("
                    + e.getSQLState() + ")", e);
        }
    }

    private static boolean tableExists(Connection c, String table) throws SQLException {
        // identifiers are folded to lower case by PostgreSQL and to upper case by H2
        for (String name : new String[] {table, table.toUpperCase(java.util.Locale.ROOT)}) {
            try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), name, null)) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Names the step and the SQL state; never Flyway's message, which can carry a database URL or file path. */
    private static PrivacyScreenException failure(String what, FlywayException e) {
        String state = null;
        for (Throwable t = e; t != null && state == null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                state = s.getSQLState();
            }
        }
        return new PrivacyScreenException(ErrorCode.STORE_FAILURE, what + " failed ("
                + (state == null ? e.getClass().getSimpleName() : state) + "); the cause has the details", e);
    }
}
