package org.privacyscreen.consent.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** The same contract on a real PostgreSQL server on loopback (see {@link PostgresServer}). */
class PostgresConsentStoreTest extends ConsentStoreContract {
    private final List<DataSource> made = new ArrayList<>();

    @Override
    DataSource newDatabase() {
        DataSource ds = PostgresServer.get().newDatabase();
        made.add(ds);
        return ds;
    }

    @AfterEach
    void dropDatabases() {
        made.forEach(PostgresServer.get()::drop);
    }

    @Override
    DataSource sameDatabase(DataSource ds) {
        PGSimpleDataSource other = new PGSimpleDataSource();
        PGSimpleDataSource pg = (PGSimpleDataSource) ds;
        other.setURL(pg.getURL());
        other.setUser(pg.getUser());
        other.setPassword(pg.getPassword());
        return other;
    }

    @Test
    void postgres_isARealServer() throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version()")) {
            rs.next();
            assertThat(rs.getString(1)).startsWith("PostgreSQL");
        }
    }
}
