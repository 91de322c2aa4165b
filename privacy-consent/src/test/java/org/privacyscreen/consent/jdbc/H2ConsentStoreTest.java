package org.privacyscreen.consent.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2ConsentStoreTest extends ConsentStoreContract {
    @TempDir
    Path dir;
    private final AtomicInteger databases = new AtomicInteger();
    private final List<DataSource> opened = new ArrayList<>();

    @Override
    DataSource newDatabase() {
        int n = databases.getAndIncrement();
        DataSource ds = ConsentDatabase.h2(dir.resolve(n == 0 ? "consents" : "consents-" + n));
        opened.add(ds);
        return ds;
    }

    /** H2 keeps a database open for a while after its last connection (DB_CLOSE_DELAY); these close now. */
    @AfterEach
    void closeDatabases() throws Exception {
        for (DataSource ds : opened) {
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
        }
    }

    @Override
    DataSource sameDatabase(DataSource ds) {
        JdbcDataSource other = new JdbcDataSource();
        other.setURL(((JdbcDataSource) ds).getURL());
        other.setUser("sa");
        other.setPassword("");
        return other;
    }

    @Test
    void h2_storesInTheNamedFile() {
        store.save(simple("k-1", 1));
        assertThat(Files.exists(dir.resolve("consents.mv.db"))).isTrue();
        assertThat(new JdbcConsentStore(ConsentDatabase.h2(dir.resolve("consents"))).find("k-1")).isPresent();
    }
}
