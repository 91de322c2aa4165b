package org.privacyscreen.examples.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.privacyscreen.Consent;
import org.privacyscreen.ConsentStatus;
import org.privacyscreen.ConsentUse;
import org.privacyscreen.ErrorCode;
import org.privacyscreen.Evidence;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.Permission;
import org.privacyscreen.PrivacyScreenException;
import org.privacyscreen.Purpose;
import org.privacyscreen.ScreeningReport;
import org.privacyscreen.Verdict;

class CrmIntegrationTest {
    @TempDir
    Path dir;
    DataSource ds;
    List<ScreeningReport> reports;
    String printed;

    @BeforeEach
    void load() {
        ds = CrmDemo.h2(dir.resolve("crm"));
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        reports = CrmDemo.run(ds, new PrintStream(buf, true, StandardCharsets.UTF_8));
        printed = buf.toString(StandardCharsets.UTF_8);
    }

    private Map<String, ScreeningReport> byId() {
        return reports.stream().collect(Collectors.toMap(ScreeningReport::postId, Function.identity()));
    }

    private static List<FindingType> types(ScreeningReport r) {
        return r.findings().stream().filter(f -> !f.covered()).map(Finding::type).toList();
    }

    @Test
    void directory_mapsPatientsEmployeesAndPractice() {
        CrmDirectory d = new CrmDirectory(ds);
        assertThat(d.find("P-1001")).hasValueSatisfying(p -> {
            assertThat(p.isClient()).isTrue();
            assertThat(p.aliases()).containsExactly("Mo");
            assertThat(p.handles()).containsExactly("@maren.moves");
            assertThat(p.dateOfBirth()).contains(LocalDate.of(1990, 6, 14));
        });
        assertThat(d.find("E-01")).hasValueSatisfying(p -> assertThat(p.isStaff()).isTrue());
        assertThat(d.organisation().handles()).containsExactly("@harbourlanephysio");
        long v = d.version();
        d.refresh();
        assertThat(d.version()).isGreaterThan(v);
    }

    @Test
    void consentStore_mapsFormsOntoConsents() {
        CrmConsentStore s = new CrmConsentStore(ds);
        Consent f = s.find("F-501").orElseThrow();
        assertThat(f.channels()).containsExactlyInAnyOrder("instagram", "facebook");
        assertThat(f.permissions()).containsExactlyInAnyOrder(Permission.CAPTURE, Permission.SHARE, Permission.NAME);
        assertThat(f.maxUses()).hasValue(3);
        assertThat(f.evidence().orElseThrow().kind()).isEqualTo(Evidence.Kind.WRITTEN);
        assertThat(s.find("F-502").orElseThrow().evidence().orElseThrow().kind()).isEqualTo(Evidence.Kind.VERBAL);
        assertThat(s.find("F-503").orElseThrow().guardian()).isPresent();
        assertThat(s.find("F-504").orElseThrow().status()).isEqualTo(ConsentStatus.REFUSED);
        assertThat(s.uses("F-501")).singleElement().satisfies(u -> assertThat(u.channel()).isEqualTo("instagram"));
    }

    @Test
    void consentStore_recordUseStopsAtMaxPosts() {
        CrmConsentStore s = new CrmConsentStore(ds);
        Instant t = Instant.parse("2026-11-21T10:00:00Z");
        assertThat(s.recordUse(new ConsentUse("F-503", "p-1", "instagram", t))).isTrue();
        assertThat(s.recordUse(new ConsentUse("F-503", "p-1", "instagram", t))).as("a retry, counted once").isTrue();
        assertThat(s.recordUse(new ConsentUse("F-503", "p-2", "instagram", t))).isFalse();
        assertThat(s.uses("F-503")).hasSize(1);
        assertThatThrownBy(() -> s.recordUse(new ConsentUse("F-999", "p-1", "instagram", t)))
                .isInstanceOfSatisfying(PrivacyScreenException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_REFERENCE));
    }

    @Test
    void consentStore_recordUseChecksChannelPurposeAndAWithdrawalInEffectNow() {
        Instant t = Instant.parse("2026-11-21T10:00:00Z");
        CrmConsentStore s = new CrmConsentStore(ds, Clock.fixed(t, ZoneOffset.UTC));
        assertThat(s.recordUse(new ConsentUse("F-501", "p-tt", "tiktok", t))).as("not a platform ticked").isFalse();
        assertThat(s.recordUse(new ConsentUse("F-501", "p-ad", "instagram", Purpose.ADVERT, t,
                ZoneOffset.UTC))).as("adverts not ticked").isFalse();
        s.revoke("F-501", t.minusSeconds(3600));
        assertThat(s.recordUse(new ConsentUse("F-501", "p-old", "instagram", t.minusSeconds(7200))))
                .as("dated before the withdrawal, recorded after it").isFalse();
        assertThat(s.uses("F-501")).hasSize(1);
    }

    @Test
    void consentStore_saveRoundTripsAndRefusesBadRecordsUnchanged() {
        CrmConsentStore s = new CrmConsentStore(ds);
        Consent k = Consent.builder("F-600", "P-1002").permissions(Permission.SHARE).channels("instagram")
                .maxUses(2).validFrom(LocalDate.of(2026, 5, 1)).evidence(Evidence.Kind.ELECTRONIC, "F-600").build();
        s.save(k);
        Consent back = s.find("F-600").orElseThrow();
        assertThat(back.permissions()).containsExactly(Permission.SHARE);
        assertThat(back.maxUses()).hasValue(2);
        Consent bad = Consent.builder("F-600", "P-1002").permissions(Permission.SHARE)
                .validFrom(LocalDate.of(2026, 5, 2)).validUntil(LocalDate.of(2026, 5, 1))
                .evidence(Evidence.Kind.WRITTEN, "x").build();
        assertThatThrownBy(() -> s.save(bad)).hasMessageContaining("validUntil");
        assertThat(s.find("F-600").orElseThrow()).isEqualTo(back);
    }

    @Test
    void demo_screensThePostsAsTheRulesSay() {
        Map<String, ScreeningReport> r = byId();
        assertThat(r.get("consented").verdict()).isEqualTo(Verdict.ALLOW);
        assertThat(types(r.get("wrong-platform"))).containsExactly(FindingType.CONSENT_SCOPE);
        assertThat(types(r.get("phone-consent-named"))).containsExactly(FindingType.NAMING_CONSENT_MISSING);
        assertThat(types(r.get("declined"))).containsExactly(FindingType.CONSENT_REFUSED);
        assertThat(r.get("reply").verdict()).isEqualTo(Verdict.ALLOW);
        assertThat(printed).contains("consented: ALLOW").contains("declined: BLOCK");
    }
}
