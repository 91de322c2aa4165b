package org.privacyscreen.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.privacyscreen.Consent;
import org.privacyscreen.Evidence;
import org.privacyscreen.FindingType;
import org.privacyscreen.InMemoryClientDirectory;
import org.privacyscreen.Organisation;
import org.privacyscreen.Permission;
import org.privacyscreen.Person;
import org.privacyscreen.Post;
import org.privacyscreen.ScreeningReport;
import org.privacyscreen.Verdict;
import org.privacyscreen.consent.ConsentLedger;
import org.privacyscreen.micrometer.ScreeningMetrics;
import org.privacyscreen.spi.ClientDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A Spring Boot application as a vendor writes one: H2 as its DataSource, actuator on the class path, its CRM as a
 * ClientDirectory bean, and nothing else. The starter's screener runs the real detectors, the ledger lives in the
 * application's database, health and metrics are there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.datasource.url=jdbc:h2:mem:practice;DB_CLOSE_DELAY=-1",
        "management.endpoint.health.show-details=always"})
class LedgerApplicationTest {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class PracticeApplication {
        @Bean
        ClientDirectory crm() {
            return new InMemoryClientDirectory(Organisation.builder("Harbour Lane Counselling").build(),
                    List.of(Person.client("cl-7", "Grace Okafor"), Person.staff("st-1", "Amy Patel")));
        }
    }

    @Autowired
    ScreeningService screening;

    @Autowired
    ConsentLedger ledger;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry registry;

    @Autowired
    HealthEndpoint health;

    @Test
    void consentRecordedInTheDatabaseCoversThePostAndEverythingIsCounted() {
        Post post = Post.builder().id("p-1").text("Grace kindly let us share her story.").channel("instagram")
                .subject("cl-7").createdAt(Instant.parse("2026-06-01T10:00:00Z")).build();

        ScreeningReport before = screening.screen(post);
        assertThat(before.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(before.has(FindingType.CONSENT_MISSING)).isTrue();

        ledger.record(Consent.builder("k-1", "cl-7").permissions(Permission.SHARE, Permission.NAME)
                .channels("instagram").validFrom(LocalDate.parse("2026-01-01"))
                .evidence(Evidence.Kind.WRITTEN, "form-12").build());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ps_consent WHERE id = 'k-1'", Integer.class))
                .isEqualTo(1);

        ScreeningReport after = screening.screen(post);
        assertThat(after.verdict()).as(after.toString()).isEqualTo(Verdict.ALLOW);
        assertThat(after.consentsUsed()).containsExactly("k-1");
        assertThat(ledger.recordPublication(post, after)).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ps_consent_use WHERE consent_id = 'k-1'", Integer.class))
                .isEqualTo(1);

        assertThat(registry.get(ScreeningMetrics.POSTS).tag("verdict", "BLOCK").counter().count()).isEqualTo(1);
        assertThat(registry.get(ScreeningMetrics.POSTS).tag("verdict", "ALLOW").counter().count()).isEqualTo(1);
        assertThat(registry.find(ScreeningMetrics.DETECTOR_TIME).timers()).isNotEmpty();
        assertThat(health.healthForPath("privacyScreen").getStatus()).isEqualTo(Status.UP);
    }
}
