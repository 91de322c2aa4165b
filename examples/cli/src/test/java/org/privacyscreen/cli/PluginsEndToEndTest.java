package org.privacyscreen.cli;

import org.privacyscreen.json.internal.JsonText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6, end to end: the vendor example plugin (examples/custom-detector), copied by the pom into
 * target/test-plugins and kept off the test class path, is loaded with {@code --plugins} and its finding appears
 * in the JSON report. Its detector, appointment-refs, reports an appointment reference with a valid check digit
 * (APT- and eight digits, the last a Luhn check digit) as a MEDICAL_RECORD_NUMBER.
 */
class PluginsEndToEndTest {
    private static final String DETECTOR = "appointment-refs";
    private static final String TEXT = "Your appointment APT-12345674 is confirmed, see you then!";
    private static Path plugins;

    @TempDir
    Path dir;

    @BeforeAll
    static void findPlugins() throws IOException {
        plugins = Path.of(System.getProperty("privacyscreen.test.plugins", "target/test-plugins"));
        assumeTrue(Files.isDirectory(plugins), "the pom copies the example plugin into " + plugins);
    }

    private static List<Path> jars() throws IOException {
        try (Stream<Path> s = Files.list(plugins)) {
            return s.filter(p -> p.toString().endsWith(".jar")).toList();
        }
    }

    @Test
    void screen_withPluginsFindsTheVendorsAppointmentReference() {
        Cli.Run r = Cli.runDiscovering("--plugins", plugins.toString(), "screen", "--text", TEXT, "--format", "json");
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        JsonNode report = JsonText.parse(r.out(), "report");
        assertThat(report.path("findings")).anySatisfy(f -> {
            assertThat(f.path("detector").asText()).isEqualTo(DETECTOR);
            assertThat(f.path("type").asText()).isEqualTo("MEDICAL_RECORD_NUMBER");
            assertThat(f.path("location").path("start").asInt()).isEqualTo(TEXT.indexOf("APT-"));
            assertThat(f.path("excerpt").asText()).doesNotContain("12345674");
        });
        assertThat(report.path("redactedText").asText()).doesNotContain("12345674");
    }

    @Test
    void screen_withoutPluginsDoesNotHaveTheVendorsDetector() {
        Cli.Run r = Cli.runDiscovering("screen", "--text", TEXT, "--format", "json");
        assertThat(r.out()).doesNotContain(DETECTOR);
    }

    @Test
    void plugins_listsTheVendorsDetectorWithItsJar() {
        Cli.Run r = Cli.runDiscovering("--plugins", plugins.toString(), "plugins");
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out()).containsPattern(DETECTOR + "\\s+text\\s+\\d+\\s+.*custom-detector.*\\.jar");
        assertThat(r.out()).contains("0 problem(s)");
    }

    @Test
    void screen_brokenJarBesideThePluginIsReportedAndThePluginStillWorks() throws IOException {
        for (Path jar : jars()) {
            Files.copy(jar, dir.resolve(jar.getFileName()));
        }
        Files.writeString(dir.resolve("half-downloaded.jar"), "PK not really");
        Cli.Run r = Cli.runDiscovering("--plugins", dir.toString(), "screen", "--text", TEXT, "--format", "json");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).contains(DETECTOR);
        assertThat(r.err()).contains("half-downloaded.jar", "cannot be opened as a jar");
    }
}
