package org.privacyscreen.spring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.privacyscreen.ScreeningPolicy;
import org.privacyscreen.Screener;
import org.privacyscreen.consent.ConsentLedger;
import org.privacyscreen.json.PolicyJson;
import org.privacyscreen.micrometer.ScreeningMetrics;
import org.privacyscreen.spi.AuditSink;
import org.privacyscreen.spi.ClientDirectory;
import org.privacyscreen.spi.ConsentStore;
import org.privacyscreen.spi.EngagementLog;
import org.privacyscreen.InMemoryConsentStore;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/**
 * A {@link Screener} for a Spring Boot application, from {@code privacy-screen.*} ({@link PrivacyScreenProperties}):
 * detectors found on the class path (privacy-text comes with the starter; add privacy-image for photos), the
 * application's {@link ClientDirectory} when it has one, the consent ledger on the application's {@code DataSource}
 * when there is one ({@link PrivacyScreenJdbcAutoConfiguration}), an actuator health indicator and Micrometer metrics when those are on the class path. Every
 * bean backs off when the application defines its own.
 */
@AutoConfiguration(after = PrivacyScreenJdbcAutoConfiguration.class, afterName = {
        "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration"})
@EnableConfigurationProperties(PrivacyScreenProperties.class)
public class PrivacyScreenAutoConfiguration {

    /** The policy: the file, then what the properties set on top. */
    @Bean
    @ConditionalOnMissingBean
    public ScreeningPolicy privacyScreenPolicy(PrivacyScreenProperties properties) {
        ScreeningPolicy base = properties.getPolicyFile() == null ? ScreeningPolicy.defaults()
                : readPolicy(properties.getPolicyFile());
        ScreeningPolicy.Builder b = ScreeningPolicy.builder();
        base.severities().forEach(b::severity);
        properties.getSeverities().forEach(b::severity);
        base.disabledDetectors().forEach(b::disable);
        properties.getDisabledDetectors().forEach(b::disable);
        PrivacyScreenProperties.Limits l = properties.getLimits();
        b.limits(new ScreeningPolicy.Limits(
                Optional.ofNullable(l.getMaxImagePixels()).orElse(base.limits().maxImagePixels()),
                Optional.ofNullable(l.getMaxImageBytes()).orElse(base.limits().maxImageBytes()),
                Optional.ofNullable(l.getMaxTextChars()).orElse(base.limits().maxTextChars())));
        b.minConfidence(Optional.ofNullable(properties.getMinConfidence()).orElse(base.minConfidence()));
        b.coolingOffDays(Optional.ofNullable(properties.getCoolingOffDays()).orElse(base.coolingOffDays()));
        b.detectorTimeout(Optional.ofNullable(properties.getDetectorTimeout()).orElse(base.detectorTimeout()));
        b.remediationTimeout(Optional.ofNullable(properties.getRemediationTimeout()).orElse(base.remediationTimeout()));
        return b.build();
    }

    private static ScreeningPolicy readPolicy(Resource file) {
        String label = "privacy-screen.policy-file " + file.getDescription();
        try (InputStream in = file.getInputStream()) {
            return PolicyJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), label);
        } catch (IOException e) {
            throw new IllegalStateException(label + ": cannot be read (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /**
     * The screener, built once at start-up (models load then, not on the first post). A policy that turns off a
     * detector this screener does not have stops the application: a misspelt id would leave it running.
     */
    @Bean
    @ConditionalOnMissingBean
    public Screener privacyScreener(ScreeningPolicy policy, PrivacyScreenProperties properties,
                                    ObjectProvider<ClientDirectory> directory, ConsentStore consents,
                                    ObjectProvider<EngagementLog> engagements, ObjectProvider<AuditSink> audit,
                                    ObjectProvider<ScreenerCustomizer> customizers) {
        Screener.Builder b = Screener.builder().policy(policy);
        directory.ifAvailable(b::clientDirectory);
        b.consents(consents);
        engagements.ifAvailable(b::engagements);
        audit.ifAvailable(b::audit);
        customizers.orderedStream().forEach(c -> c.customize(b));
        Screener screener = b.build();
        PolicyJson.checkDetectors(screener.policy(), screener.detectors(), properties.getPolicyFile() == null
                ? "privacy-screen" : "privacy-screen (with " + properties.getPolicyFile().getDescription() + ")");
        return screener;
    }

    /** Screens and counts: the metrics when the application has a Micrometer registry. */
    @Bean
    @ConditionalOnMissingBean
    public ScreeningService privacyScreeningService(Screener screener, ObjectProvider<ScreeningMetrics> metrics) {
        return new ScreeningService(screener, Optional.ofNullable(metrics.getIfAvailable()));
    }

    /**
     * The consent ledger: records consents and refusals, counts each publication against its consent atomically, and
     * keeps the audit trail. In memory when the application has no database.
     */
    @Bean
    @ConditionalOnMissingBean
    public ConsentLedger privacyConsentLedger(ConsentStore consents, ObjectProvider<AuditSink> audit,
                                              ScreeningPolicy policy) {
        return new ConsentLedger(consents, audit.getIfAvailable(() -> AuditSink.NONE), policy);
    }

    /**
     * Consents in memory, when neither the application nor the database configuration gave a store: the screener
     * and the ledger share it, so what the ledger records the screener sees.
     */
    @Bean
    @ConditionalOnMissingBean(ConsentStore.class)
    public InMemoryConsentStore privacyInMemoryConsentStore() {
        return new InMemoryConsentStore();
    }

    /** Posts by verdict, findings by type, detector latency: in the application's registry. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({MeterRegistry.class, ScreeningMetrics.class})
    @ConditionalOnBean(MeterRegistry.class)
    static class MetricsConfiguration {
        @Bean
        @ConditionalOnMissingBean
        ScreeningMetrics privacyScreeningMetrics(MeterRegistry registry) {
            return new ScreeningMetrics(registry);
        }
    }

    /** {@code /actuator/health/privacyScreen}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(HealthIndicator.class)
    static class HealthConfiguration {
        @Bean
        @ConditionalOnMissingBean(name = "privacyScreenHealthIndicator")
        PrivacyScreenHealthIndicator privacyScreenHealthIndicator(Screener screener) {
            return new PrivacyScreenHealthIndicator(screener);
        }
    }
}
