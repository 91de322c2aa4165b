package org.privacyscreen.consent.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.privacyscreen.ErrorCode;
import org.privacyscreen.PrivacyScreenException;

/**
 * Transactions with retry on lock conflicts, and UTC time conversions: what the JDBC stores here use, public so that
 * a host mapping its own CRM tables onto the SPI (see {@code examples/crm-integration}) uses the same.
 *
 * <p>{@link #inTransaction} makes one transaction of several stores' writes: inside it, every {@link #tx} and
 * {@link #read} on the same {@link DataSource} joins it on the same connection, so a publication and its audit
 * event commit together or not at all.
 */
public final class Jdbc {
    private static final int ATTEMPTS = 5;
    /** The transaction this thread has open, if any; cleared when it ends, so it pins nothing. */
    private static final ThreadLocal<Open> OPEN = new ThreadLocal<>();

    private Jdbc() {
    }

    /** Work on one connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** A store or sink kept in a database; those on the same {@link DataSource} can share a transaction. */
    public interface Backed {
        /** The database it reads and writes. */
        DataSource dataSource();
    }

    private record Open(DataSource dataSource, Connection connection) {
    }

    /** A database failure inside a joined transaction, carried to the transaction's owner, which may retry. */
    private static final class Joined extends RuntimeException {
        Joined(SQLException cause) {
            super(cause);
        }

        SQLException sql() {
            return (SQLException) getCause();
        }
    }

    /**
     * Runs {@code work} in one transaction; commits on return, rolls back on any failure, retries lock conflicts.
     * Inside {@link #inTransaction} on the same database it joins that transaction instead.
     */
    public static <T> T tx(DataSource ds, String what, Work<T> work) {
        return joined(ds) ? runJoined(work) : owned(ds, what, work);
    }

    /**
     * Runs {@code work} as one transaction on {@code ds}: every {@link #tx} and {@link #read} on {@code ds} it makes,
     * from any store, joins it. Commits when {@code work} returns, rolls everything back when it throws, and runs it
     * again (whole) on a lock conflict, so {@code work} must change nothing but the database. Inside another
     * transaction on the same database it simply joins that one.
     */
    public static <T> T inTransaction(DataSource ds, String what, Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        return tx(ds, what, c -> work.get());
    }

    private static <T> T owned(DataSource ds, String what, Work<T> work) {
        Objects.requireNonNull(ds, "dataSource");
        for (int attempt = 1; ; attempt++) {
            SQLException failure;
            try (Connection c = ds.getConnection()) {
                c.setAutoCommit(false);
                Open outer = OPEN.get();
                OPEN.set(new Open(ds, c));
                try {
                    T out = work.run(c);
                    c.commit();
                    return out;
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                } finally {
                    if (outer == null) {
                        OPEN.remove();
                    } else {
                        OPEN.set(outer);
                    }
                }
            } catch (SQLException e) {
                failure = e;
            } catch (Joined e) {
                failure = e.sql();
            }
            if (attempt < ATTEMPTS && retryable(failure)) {
                continue;
            }
            throw new PrivacyScreenException(ErrorCode.STORE_FAILURE, what + " failed (" + failure.getSQLState() + ")",
                    failure);
        }
    }

    /** Runs a read outside an explicit transaction, or inside the one this thread has open on {@code ds}. */
    public static <T> T read(DataSource ds, String what, Work<T> work) {
        if (joined(ds)) {
            return runJoined(work);
        }
        try (Connection c = ds.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new PrivacyScreenException(ErrorCode.STORE_FAILURE, what + " failed (" + e.getSQLState() + ")", e);
        }
    }

    /** Whether this thread has a transaction open on {@code ds}. */
    private static boolean joined(DataSource ds) {
        Open open = OPEN.get();
        return open != null && open.dataSource() == ds;
    }

    /** Runs {@code work} on this thread's open transaction; a database failure goes to its owner. */
    private static <T> T runJoined(Work<T> work) {
        try {
            return work.run(OPEN.get().connection());
        } catch (SQLException e) {
            throw new Joined(e);
        }
    }

    /** Whether {@code sql}, given {@code params} as strings, finds a row. */
    public static boolean exists(Connection c, String sql, String... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The caller's mistake of counting a use against a consent that is not on record. */
    public static PrivacyScreenException unknownConsent() {
        return new PrivacyScreenException(ErrorCode.UNKNOWN_REFERENCE, "use.consentId: names no consent on record");
    }

    private static boolean retryable(SQLException e) {
        String state = e.getSQLState();
        // serialization failure, deadlock (PostgreSQL, H2), lock timeout (H2)
        return "40001".equals(state) || "40P01".equals(state) || "HYT00".equals(state) || e.getErrorCode() == 50200;
    }

    /** Binds {@code value}, or SQL NULL of {@code sqlType}: drivers differ on typed nulls of java.time values. */
    public static void set(PreparedStatement ps, int index, Object value, int sqlType) throws SQLException {
        if (value == null) {
            ps.setNull(index, sqlType);
        } else {
            ps.setObject(index, value);
        }
    }

    public static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

}
