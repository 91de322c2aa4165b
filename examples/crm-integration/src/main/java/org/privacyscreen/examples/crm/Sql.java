package org.privacyscreen.examples.crm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.privacyscreen.ErrorCode;
import org.privacyscreen.PrivacyScreenException;

/** Small JDBC helpers: transactions, scripts, UTC times. */
final class Sql {
    private Sql() {
    }

    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    static <T> T tx(DataSource ds, String what, Work<T> work) {
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
            throw new PrivacyScreenException(ErrorCode.STORE_FAILURE, what + " failed (" + e.getSQLState() + ")", e);
        }
    }

    static <T> T read(DataSource ds, String what, Work<T> work) {
        try (Connection c = ds.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new PrivacyScreenException(ErrorCode.STORE_FAILURE, what + " failed (" + e.getSQLState() + ")", e);
        }
    }

    /** Runs the statements of a script on the class path, in one transaction. */
    static void script(DataSource ds, String resource) {
        String sql;
        try (InputStream in = Sql.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("reading " + resource + " failed", e);
        }
        StringBuilder b = new StringBuilder();
        for (String line : sql.split("\n")) {
            int comment = line.indexOf("--");
            b.append(comment >= 0 ? line.substring(0, comment) : line).append('\n');
        }
        tx(ds, "running " + resource, c -> {
            try (Statement s = c.createStatement()) {
                // a statement ends with a semicolon at the end of a line: values may hold semicolons
                for (String stmt : (b + "\n").split(";[ \t]*\n")) {
                    if (!stmt.isBlank()) {
                        s.execute(stmt.strip());
                    }
                }
            }
            return null;
        });
    }

    static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
