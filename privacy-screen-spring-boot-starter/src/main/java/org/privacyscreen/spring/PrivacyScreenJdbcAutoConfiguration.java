package org.privacyscreen.spring;

import javax.sql.DataSource;
import org.privacyscreen.consent.jdbc.JdbcAuditSink;
import org.privacyscreen.consent.jdbc.JdbcConsentStore;
import org.privacyscreen.consent.jdbc.JdbcEngagementLog;
import org.privacyscreen.spi.AuditSink;
import org.privacyscreen.spi.ConsentStore;
import org.privacyscreen.spi.EngagementLog;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;

/**
 * The consent ledger in the application's {@link DataSource}: consents, publications, engagements and the audit
 * trail in tables {@code ps_*}, migrated to the library's schema at start-up. Off with
 * {@code privacy-screen.ledger.jdbc=false}; each store backs off when the application defines its own.
 */
@AutoConfiguration(afterName = "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration")
@ConditionalOnSingleCandidate(DataSource.class)
@ConditionalOnProperty(prefix = "privacy-screen.ledger", name = "jdbc", havingValue = "true", matchIfMissing = true)
public class PrivacyScreenJdbcAutoConfiguration {
    // after the application's own schema set-up (Flyway, Liquibase, schema.sql), which may expect an empty schema
    @Bean
    @DependsOnDatabaseInitialization
    @ConditionalOnMissingBean(ConsentStore.class)
    public JdbcConsentStore privacyConsentStore(DataSource dataSource) {
        return new JdbcConsentStore(dataSource);
    }

    @Bean
    @DependsOnDatabaseInitialization
    @ConditionalOnMissingBean(EngagementLog.class)
    public JdbcEngagementLog privacyEngagementLog(DataSource dataSource) {
        return new JdbcEngagementLog(dataSource);
    }

    @Bean
    @DependsOnDatabaseInitialization
    @ConditionalOnMissingBean(AuditSink.class)
    public JdbcAuditSink privacyAuditSink(DataSource dataSource) {
        return new JdbcAuditSink(dataSource);
    }
}
