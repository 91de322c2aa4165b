package org.privacyscreen.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.privacyscreen.FindingType;
import org.privacyscreen.InMemoryConsentStore;
import org.privacyscreen.Post;
import org.privacyscreen.ScreeningPolicy;
import org.privacyscreen.Screener;
import org.privacyscreen.Severity;
import org.privacyscreen.Verdict;
import org.privacyscreen.consent.ConsentLedger;
import org.privacyscreen.consent.jdbc.JdbcConsentStore;
import org.privacyscreen.micrometer.ScreeningMetrics;
import org.privacyscreen.spi.ConsentStore;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class PrivacyScreenAutoConfigurationTest {
    /** Only the test detector: no discovery, so no model loads and the outcome is the test's. */
    private static final ScreenerCustomizer ONLY_KEYWORD = b -> b.discover(false).detector(new Keyword());

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(PrivacyScreenJdbcAutoConfiguration.class,
                    PrivacyScreenAutoConfiguration.class))
            .withBean(ScreenerCustomizer.class, () -> ONLY_KEYWORD);

    @TempDir
    Path dir;

    @Test
    void noDatabase_screenerWithDefaultPolicyAndConsentsInMemory() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(Screener.class).hasSingleBean(ScreeningService.class)
                    .hasSingleBean(ConsentLedger.class).hasSingleBean(InMemoryConsentStore.class)
                    .doesNotHaveBean(JdbcConsentStore.class).doesNotHaveBean(ScreeningMetrics.class);
            assertThat(context.getBean(ScreeningPolicy.class)).isEqualTo(ScreeningPolicy.defaults());
            Screener screener = context.getBean(Screener.class);
            assertThat(screener.detectors()).extracting(d -> d.id()).containsExactly("keyword");
            assertThat(screener.screen(Post.builder().text("Call HIGHWORD").build()).verdict())
                    .isEqualTo(Verdict.BLOCK);
        });
    }

    @Test
    void properties_setThePolicy() {
        runner.withPropertyValues("privacy-screen.severities.PHONE_NUMBER=MEDIUM",
                "privacy-screen.disabled-detectors=keyword", "privacy-screen.min-confidence=0.8",
                "privacy-screen.cooling-off-days=14", "privacy-screen.detector-timeout=3s",
                "privacy-screen.remediation-timeout=20s",
                "privacy-screen.limits.max-text-chars=500").run(context -> {
                    ScreeningPolicy p = context.getBean(ScreeningPolicy.class);
                    assertThat(p.severities()).containsEntry(FindingType.PHONE_NUMBER, Severity.MEDIUM);
                    assertThat(p.disabledDetectors()).containsExactly("keyword");
                    assertThat(p.minConfidence()).isEqualTo(0.8);
                    assertThat(p.coolingOffDays()).isEqualTo(14);
                    assertThat(p.detectorTimeout()).isEqualTo(Duration.ofSeconds(3));
                    assertThat(p.remediationTimeout()).isEqualTo(Duration.ofSeconds(20));
                    assertThat(p.limits().maxTextChars()).isEqualTo(500);
                    assertThat(p.limits().maxImageBytes()).isEqualTo(ScreeningPolicy.Limits.DEFAULTS.maxImageBytes());
                    // the only detector is off: nothing finds the number (and nothing checks the text: REVIEW)
                    assertThat(context.getBean(Screener.class).screen(Post.builder().text("HIGHWORD").build())
                            .findings(FindingType.PHONE_NUMBER)).isEmpty();
                });
    }

    @Test
    void policyFile_isReadAndPropertiesWinOverIt() {
        runner.withPropertyValues("privacy-screen.policy-file=classpath:test-policy.json",
                "privacy-screen.cooling-off-days=60").run(context -> {
                    ScreeningPolicy p = context.getBean(ScreeningPolicy.class);
                    assertThat(p.severities()).containsEntry(FindingType.QUASI_IDENTIFIER, Severity.HIGH);
                    assertThat(p.minConfidence()).isEqualTo(0.7);
                    assertThat(p.coolingOffDays()).isEqualTo(60);
                });
    }

    @Test
    void badPolicyFile_stopsTheApplicationNamingTheField() throws Exception {
        Path bad = Files.writeString(dir.resolve("policy.json"), "{\"thresholds\": 0.5}");
        runner.withPropertyValues("privacy-screen.policy-file=file:" + bad).run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("thresholds: is not a field")
                        .hasMessageContaining("fields are: severities, disabledDetectors"));
    }

    @Test
    void unknownDisabledDetector_stopsTheApplicationListingTheDetectors() {
        runner.withPropertyValues("privacy-screen.disabled-detectors=keywrod").run(context ->
                assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("\"keywrod\" is not a detector or rule of this screener; they are: keyword"));
    }

    @Test
    void dataSource_putsTheLedgerInTheDatabase() {
        runner.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
                .withPropertyValues("spring.datasource.url=jdbc:h2:mem:runner;DB_CLOSE_DELAY=-1").run(context -> {
                    assertThat(context).hasSingleBean(JdbcConsentStore.class)
                            .doesNotHaveBean(InMemoryConsentStore.class);
                    assertThat(context.getBean(ConsentStore.class)).isSameAs(context.getBean(JdbcConsentStore.class));
                });
    }

    @Test
    void dataSourceWithJdbcLedgerOff_keepsConsentsInMemory() {
        runner.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
                .withPropertyValues("spring.datasource.url=jdbc:h2:mem:off", "privacy-screen.ledger.jdbc=false")
                .run(context -> assertThat(context).doesNotHaveBean(JdbcConsentStore.class)
                        .hasSingleBean(InMemoryConsentStore.class));
    }

    @Test
    void applicationBeans_winOverOurs() {
        ConsentStore own = new InMemoryConsentStore();
        Screener screener = Screener.builder().discover(false).detector(new Keyword()).build();
        runner.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
                .withPropertyValues("spring.datasource.url=jdbc:h2:mem:own")
                .withBean("crmConsents", ConsentStore.class, () -> own)
                .withBean(Screener.class, () -> screener).run(context -> {
                    assertThat(context).doesNotHaveBean(JdbcConsentStore.class);
                    assertThat(context.getBean(ConsentStore.class)).isSameAs(own);
                    assertThat(context.getBean(Screener.class)).isSameAs(screener);
                });
    }

    @Test
    void meterRegistry_screeningServiceCountsEachPost() {
        runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
            assertThat(context).hasSingleBean(ScreeningMetrics.class);
            ScreeningService service = context.getBean(ScreeningService.class);
            service.screen(Post.builder().text("Call HIGHWORD").build());
            service.screen(Post.builder().text("Open day on Saturday").build());
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            assertThat(registry.get(ScreeningMetrics.POSTS).tag("verdict", "BLOCK").counter().count()).isEqualTo(1);
            assertThat(registry.get(ScreeningMetrics.POSTS).tag("verdict", "ALLOW").counter().count()).isEqualTo(1);
            assertThat(registry.get(ScreeningMetrics.FINDINGS).tag("type", "PHONE_NUMBER").tag("severity", "HIGH")
                    .counter().count()).isEqualTo(1);
            assertThat(registry.get(ScreeningMetrics.DETECTOR_TIME).tag("detector", "keyword").timer().count())
                    .isEqualTo(2);
        });
    }

    @Test
    void health_upWithDetectors() {
        runner.run(context -> {
            var health = context.getBean(PrivacyScreenHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("detectors", 1).containsEntry("pluginProblems", 0);
        });
    }

    @Test
    void health_downWhenAPluginCannotLoad() throws Exception {
        Path services = Files.createDirectories(dir.resolve("META-INF/services"));
        Files.writeString(services.resolve("org.privacyscreen.spi.DetectorProvider"), "com.example.Missing\n");
        ClassLoader broken = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(PrivacyScreenAutoConfiguration.class))
                .withBean(ScreenerCustomizer.class, () -> b -> b.classLoader(broken).detector(new Keyword()))
                .run(context -> {
                    var health = context.getBean(PrivacyScreenHealthIndicator.class).health();
                    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
                    assertThat(health.getDetails()).containsEntry("pluginProblems", 1);
                    assertThat(health.getDetails().get("pluginProblem1").toString()).contains("com.example.Missing");
                });
    }

    @Test
    void health_downWhenNothingWouldBeChecked() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(PrivacyScreenAutoConfiguration.class))
                .withBean(ScreenerCustomizer.class, () -> b -> b.discover(false)).run(context ->
                        assertThat(context.getBean(PrivacyScreenHealthIndicator.class).health().getStatus())
                                .isEqualTo(Status.DOWN));
    }
}
