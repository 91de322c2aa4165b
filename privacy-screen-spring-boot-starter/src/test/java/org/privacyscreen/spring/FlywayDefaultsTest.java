package org.privacyscreen.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class FlywayDefaultsTest {
    private static StandardEnvironment run(Map<String, Object> properties) {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new MapPropertySource("application", properties));
        new FlywayDefaults().postProcessEnvironment(env, new SpringApplication());
        return env;
    }

    @Test
    void applicationWithoutFlyway_getsBootsFlywayOff() {
        assertThat(run(Map.of("spring.datasource.url", "jdbc:h2:mem:x")).getProperty("spring.flyway.enabled"))
                .isEqualTo("false");
    }

    @Test
    void applicationThatConfiguresFlyway_keepsIt() {
        assertThat(run(Map.of("spring.flyway.locations", "classpath:sql")).getProperty("spring.flyway.enabled"))
                .isNull();
        assertThat(run(Map.of("spring.flyway.enabled", "true")).getProperty("spring.flyway.enabled"))
                .isEqualTo("true");
    }

    @Test
    void migrationsOnTheClassPath_keepBootsFlyway(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        assertThat(FlywayDefaults.hasMigrations(getClass().getClassLoader())).isFalse();
        java.nio.file.Path migration = dir.resolve("db/migration/V1__app.sql");
        java.nio.file.Files.createDirectories(migration.getParent());
        java.nio.file.Files.writeString(migration, "CREATE TABLE app (id INT);");
        try (var loader = new java.net.URLClassLoader(new java.net.URL[] {dir.toUri().toURL()}, null)) {
            assertThat(FlywayDefaults.hasMigrations(loader)).isTrue();
        }
    }
}
