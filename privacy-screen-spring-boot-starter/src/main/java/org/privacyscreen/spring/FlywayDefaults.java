package org.privacyscreen.spring;

import java.io.IOException;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Keeps Spring Boot's Flyway auto-configuration off in applications that do not use Flyway themselves. The ledger
 * migrates its own tables with Flyway (its own history table, {@code ps_schema_history}), so Flyway is on the class
 * path because of this starter, not because the application chose it; left on, Boot would run Flyway over the
 * application's database and stop at start-up on any schema that has tables but no Flyway history. An application
 * that sets any {@code spring.flyway.*} property, or has migrations in {@code db/migration}, keeps Boot's behaviour;
 * so does one that sets {@code spring.flyway.enabled} itself (this default comes last).
 */
public class FlywayDefaults implements EnvironmentPostProcessor, Ordered {
    static final String SOURCE = "privacy-screen-flyway-defaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (configuresFlyway(environment) || hasMigrations(application.getClassLoader())) {
            return;
        }
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE, Map.of("spring.flyway.enabled", "false")));
    }

    static boolean configuresFlyway(ConfigurableEnvironment environment) {
        for (var source : environment.getPropertySources()) {
            if (source instanceof org.springframework.core.env.EnumerablePropertySource<?> e) {
                for (String name : e.getPropertyNames()) {
                    if (name.startsWith("spring.flyway.") || name.startsWith("SPRING_FLYWAY_")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static boolean hasMigrations(ClassLoader loader) {
        try {
            return new PathMatchingResourcePatternResolver(loader).getResources("classpath*:db/migration/**/*").length > 0;
        } catch (IOException e) {
            return true; // cannot tell: leave Boot's behaviour alone
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
