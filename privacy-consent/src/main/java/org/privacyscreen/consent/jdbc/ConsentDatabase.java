package org.privacyscreen.consent.jdbc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.privacyscreen.ErrorCode;
import org.privacyscreen.PrivacyScreenException;

/**
 * The consent database: its schema, versioned in {@code ps_schema_version} and migrated forward by ordered SQL
 * scripts ({@code V1__consents.sql}, ...) listed in {@code migrations.txt} beside this class. Thread-safe.
 */
public final class ConsentDatabase {
    /** The embedded default: {@code ~/.privacy-screen/consents.mv.db}. */
    public static final Path DEFAULT_H2_FILE = Path.of(System.getProperty("user.home"), ".privacy-screen", "consents");

    private static final Object MIGRATING = new Object();

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
        try (Connection c = dataSource.getConnection()) {
            return currentVersion(c);
        } catch (SQLException e) {
            throw new PrivacyScreenException(ErrorCode.STORE_FAILURE, "reading the schema version failed ("
                    + e.getSQLState() + ")", e);
        }
    }

    /** The newest schema version this library knows. */
    public static int latestVersion() {
        return scripts().size();
    }

    /** Brings the schema to {@link #latestVersion()}; each script runs in its own transaction. Idempotent. */
    public static void migrate(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        synchronized (MIGRATING) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(true);
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE IF NOT EXISTS ps_schema_version (version INTEGER PRIMARY KEY, "
                            + "script VARCHAR(200) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
                }
                List<String> scripts = scripts();
                for (int v = currentVersion(c) + 1; v <= scripts.size(); v++) {
                    apply(c, v, scripts.get(v - 1));
                }
            } catch (SQLException e) {
                throw new PrivacyScreenException(ErrorCode.STORE_FAILURE, "migrating the consent schema failed ("
                        + e.getSQLState() + ": " + e.getMessage() + ")", e);
            }
        }
    }

    private static int currentVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM ps_schema_version")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            if (tableMissing(e)) {
                return 0;
            }
            throw e;
        }
    }

    private static boolean tableMissing(SQLException e) {
        // 42P01 PostgreSQL, 42S02 / 42102 H2: no such table
        return "42P01".equals(e.getSQLState()) || "42S02".equals(e.getSQLState())
                || "42S04".equals(e.getSQLState()) || e.getErrorCode() == 42102;
    }

    private static void apply(Connection c, int version, String script) throws SQLException {
        String sql = read(script);
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (String stmt : statements(sql)) {
                s.execute(stmt);
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO ps_schema_version (version, script, applied_at) VALUES (?, ?, ?)")) {
                ps.setInt(1, version);
                ps.setString(2, script);
                ps.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
                ps.executeUpdate();
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    static List<String> statements(String sql) {
        StringBuilder b = new StringBuilder();
        for (String line : sql.split("\n")) {
            if (!line.strip().startsWith("--")) {
                b.append(line).append('\n');
            }
        }
        List<String> out = new ArrayList<>();
        for (String s : b.toString().split(";")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    private static List<String> scripts() {
        List<String> out = new ArrayList<>();
        for (String line : read("migrations.txt").split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                out.add(line.strip());
            }
        }
        return out;
    }

    private static String read(String resource) {
        try (InputStream in = ConsentDatabase.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new PrivacyScreenException(ErrorCode.INTERNAL, "missing schema resource " + resource);
            }
            StringBuilder b = new StringBuilder();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                r.lines().forEach(l -> b.append(l).append('\n'));
            }
            return b.toString();
        } catch (IOException e) {
            throw new PrivacyScreenException(ErrorCode.INTERNAL, "reading schema resource " + resource + " failed", e);
        }
    }
}
