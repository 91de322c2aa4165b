package org.privacyscreen.consent.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2ConsentStoreTest extends ConsentStoreContract {
    @TempDir
    Path dir;

    @Override
    DataSource newDatabase() {
        return ConsentDatabase.h2(dir.resolve("consents"));
    }

    @Test
    void h2_storesInTheNamedFile() {
        store.save(simple("k-1", 1));
        assertThat(Files.exists(dir.resolve("consents.mv.db"))).isTrue();
        assertThat(new JdbcConsentStore(ConsentDatabase.h2(dir.resolve("consents"))).find("k-1")).isPresent();
    }
}
