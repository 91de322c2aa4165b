package org.privacyscreen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.privacyscreen.spi.Detector;
import org.privacyscreen.spi.DetectorProvider;

/** Providers listed in this module's test META-INF/services: one works, one throws in its constructor. */
class DiscoveryTest {

    /** Found through ServiceLoader. */
    public static final class WorkingProvider implements DetectorProvider {
        @Override
        public List<Detector> detectors() {
            return List.of(TestDetectors.regex("discovered-digits", FindingType.PHONE_NUMBER, "\\d{6,}"));
        }
    }

    /** Fails to load: reported and skipped. */
    public static final class BrokenProvider implements DetectorProvider {
        public BrokenProvider() {
            throw new IllegalStateException("model file missing");
        }

        @Override
        public List<Detector> detectors() {
            return List.of();
        }
    }

    @Test
    void build_discoversProviders_andReportsBrokenOnes() {
        Screener s = Screener.builder().build();
        assertThat(s.detectors()).extracting(DetectorInfo::id).contains("discovered-digits");
        assertThat(s.problems()).singleElement().satisfies(p -> {
            assertThat(p.provider()).isEqualTo(BrokenProvider.class.getName());
            assertThat(p.reason()).contains("model file missing");
        });
        assertThat(s.screen(TestDetectors.post("ref 1234567")).verdict()).isEqualTo(Verdict.BLOCK);
        // what the broken provider would have checked was not checked: every post says so
        ScreeningReport clean = s.screen(TestDetectors.post("nothing to see"));
        assertThat(clean.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(clean.findings(FindingType.DETECTOR_FAILURE)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains(BrokenProvider.class.getName()));
    }

    @Test
    void build_withoutDiscovery_findsNothing() {
        assertThat(Screener.builder().discover(false).build().detectors()).isEmpty();
    }

    @Test
    void build_explicitAndDiscoveredSameProvider_registersOnce() {
        Screener s = Screener.builder().provider(new WorkingProvider()).build();
        assertThat(s.detectors()).extracting(DetectorInfo::id).containsOnlyOnce("discovered-digits");
    }

    @Test
    void build_providerClassMissing_isReportedWithTheJarThatListsIt(@org.junit.jupiter.api.io.TempDir
                                                                    java.nio.file.Path dir) throws Exception {
        java.nio.file.Path services = dir.resolve("META-INF/services/org.privacyscreen.spi.DetectorProvider");
        java.nio.file.Files.createDirectories(services.getParent());
        java.nio.file.Files.writeString(services, "com.example.MissingProvider\n");
        try (java.net.URLClassLoader cl = new java.net.URLClassLoader(new java.net.URL[] {dir.toUri().toURL()},
                DiscoveryTest.class.getClassLoader())) {
            Screener s = Screener.builder().classLoader(cl).build();
            assertThat(s.problems()).filteredOn(p -> p.provider().equals("com.example.MissingProvider"))
                    .singleElement().satisfies(p -> assertThat(p.source()).contains(dir.getFileName().toString()));
            assertThat(s.detectors()).extracting(DetectorInfo::id).contains("discovered-digits");
        }
    }
}
