package org.privacyscreen.examples.crm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import javax.sql.DataSource;
import org.privacyscreen.consent.jdbc.Jdbc;

/** Runs SQL scripts; transactions and times come from privacy-consent's {@link Jdbc}. */
final class Sql {
    private Sql() {
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
        Jdbc.tx(ds, "running " + resource, c -> {
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

}
