package org.privacyscreen.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.ds.PGSimpleDataSource;

class DatabasesTest {
    @Test
    void anH2UrlOpensThatDatabase() throws Exception {
        var ds = Databases.fromUrl("jdbc:h2:mem:databases-test;DB_CLOSE_DELAY=-1");
        assertThat(ds).isInstanceOf(JdbcDataSource.class);
        try (Connection c = ds.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("H2");
        }
    }

    @Test
    void aPostgresUrlGivesItsDriversDataSourceWithoutConnecting() {
        var ds = Databases.fromUrl("jdbc:postgresql://127.0.0.1:1/practice?user=screen");
        assertThat(ds).isInstanceOf(PGSimpleDataSource.class);
        assertThat(((PGSimpleDataSource) ds).getDatabaseName()).isEqualTo("practice");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:mysql://db/x", "postgresql://db/x", "jdbc:sqlite:x.db", "h2:mem:x", ""})
    void anyOtherUrlIsRefusedNamingTheFlag(String url) {
        assertThatThrownBy(() -> Databases.fromUrl(url)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("--database: must be an H2");
    }
}
