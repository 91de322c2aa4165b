package org.privacyscreen.consent.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.privacyscreen.ErrorCode;
import org.privacyscreen.PrivacyScreenException;

/**
 * Transactions with retry on lock conflicts, and UTC time conversions: what the JDBC stores here use, public so that
 * a host mapping its own CRM tables onto the SPI (see {@code examples/crm-integration}) uses the same.
 */
public final class Jdbc {
    private static final int ATTEMPTS = 5;

    private Jdbc() {
    }

    /** Work on one connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs {@code work} in one transaction; commits on return, rolls back on any failure, retries lock conflicts. */
    public static <T> T tx(DataSource ds, String what, Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            try (Connection c = ds.getConnection()) {
                c.setAutoCommit(false);
                try {
                    T out = work.run(c);
                    c.commit();
                    return out;
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                }
            } catch (SQLException e) {
                if (attempt < ATTEMPTS && retryable(e)) {
                    continue;
                }
                throw new PrivacyScreenException(ErrorCode.STORE_FAILURE, what + " failed (" + e.getSQLState() + ")",
                        e);
            }
        }
    }

    /** Runs a read outside an explicit transaction. */
    public static <T> T read(DataSource ds, String what, Work<T> work) {
        try (Connection c = ds.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new PrivacyScreenException(ErrorCode.STORE_FAILURE, what + " failed (" + e.getSQLState() + ")", e);
        }
    }

    private static boolean retryable(SQLException e) {
        String state = e.getSQLState();
        // serialization failure, deadlock (PostgreSQL, H2), lock timeout (H2)
        return "40001".equals(state) || "40P01".equals(state) || "HYT00".equals(state) || e.getErrorCode() == 50200;
    }

    /** Binds {@code value}, or SQL NULL of {@code sqlType}: drivers differ on typed nulls of java.time values. */
    public static void set(java.sql.PreparedStatement ps, int index, Object value, int sqlType) throws SQLException {
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
