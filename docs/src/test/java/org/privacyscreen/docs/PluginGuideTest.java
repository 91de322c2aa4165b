package org.privacyscreen.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/**
 * docs/plugins.md as a vendor follows it: its pom is complete (surefire with a version that runs JUnit 5, JUnit, the
 * testkit, the versions this repository builds with), and its classes, service file and tests, taken from the
 * guide's text, compile and pass: the testkit's contract for the detector, the rule's test, and discovery through a
 * real screener.
 */
class PluginGuideTest {
    private static final Path ROOT = Markdown.root();
    private static final Path GUIDE = ROOT.resolve("docs/plugins.md");

    @TempDir
    Path dir;

    private static Document xml(String text) throws Exception {
        return DocumentBuilderFactory.newInstance()
                .newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String at(Document doc, String xpath) throws Exception {
        XPath x = XPathFactory.newInstance().newXPath();
        Node n = (Node) x.evaluate(xpath, doc, XPathConstants.NODE);
        return n == null ? null : n.getTextContent().strip();
    }

    private static String local(String xpath) {
        // the poms use the Maven namespace; match on local names
        return xpath.replaceAll("/(\\w[\\w.-]*)", "/*[local-name()='$1']");
    }

    @Test
    void thePom_isCompleteAndOnThisRepositorysVersions() throws Exception {
        List<Markdown.Block> poms = Markdown.blocks(GUIDE, "xml");
        assertThat(poms).hasSize(1);
        Document guide = xml(poms.get(0).text());
        Document parent = xml(Markdown.read(ROOT.resolve("pom.xml")));
        String deps = local("/project/dependencies/dependency");
        String plugins = local("/project/build/plugins/plugin");
        String managed = local("/project/build/pluginManagement/plugins/plugin");

        assertThat(at(guide, local("/project/properties/maven.compiler.release"))).isEqualTo("17");
        assertThat(at(guide, local("/project/properties/privacy-screen.version")))
                .isEqualTo(at(parent, local("/project/version")));
        assertThat(at(guide, deps + "[*[local-name()='artifactId']='privacy-core']/*[local-name()='scope']"))
                .isEqualTo("provided");
        assertThat(at(guide, deps + "[*[local-name()='artifactId']='privacy-testkit']/*[local-name()='scope']"))
                .isEqualTo("test");
        assertThat(at(guide, deps + "[*[local-name()='artifactId']='junit-jupiter']/*[local-name()='scope']"))
                .isEqualTo("test");
        assertThat(at(guide, local("/project/dependencyManagement/dependencies/dependency")
                + "[*[local-name()='artifactId']='junit-bom']/*[local-name()='version']"))
                .isEqualTo(at(parent, local("/project/properties/junit.version")));
        assertThat(at(guide, deps + "[*[local-name()='artifactId']='assertj-core']/*[local-name()='version']"))
                .isEqualTo(at(parent, local("/project/properties/assertj.version")));
        for (String plugin : List.of("maven-surefire-plugin", "maven-compiler-plugin")) {
            String version = at(guide, plugins + "[*[local-name()='artifactId']='" + plugin + "']/*[local-name()='version']");
            assertThat(version).as(plugin + " needs a version").isNotBlank()
                    .isEqualTo(at(parent, managed + "[*[local-name()='artifactId']='" + plugin
                            + "']/*[local-name()='version']"));
        }
        assertThat(at(guide, plugins + "[*[local-name()='artifactId']='maven-surefire-plugin']"
                + "//*[local-name()='slf4j.provider']")).isEqualTo("org.privacyscreen.testkit.TestSlf4jProvider");
    }

    @Test
    void theGuidesPlugin_compilesAndPassesItsTests() throws Exception {
        Path classes = dir.resolve("classes");
        List<Markdown.Block> java = Markdown.blocks(GUIDE, "java");
        assertThat(JavaSources.compile(java, "docs/plugins.md", dir.resolve("src"), classes)).isEmpty();
        Markdown.Block services = Markdown.blocks(GUIDE).stream()
                .filter(b -> b.info().equals("text META-INF/services/org.privacyscreen.spi.DetectorProvider"))
                .findFirst().orElseThrow();
        Path file = classes.resolve("META-INF/services/org.privacyscreen.spi.DetectorProvider");
        Files.createDirectories(file.getParent());
        Files.writeString(file, services.text());

        List<String> tests;
        try (Stream<Path> all = Files.walk(classes)) {
            tests = all.map(p -> classes.relativize(p).toString()).filter(p -> p.endsWith("Test.class"))
                    .map(p -> p.substring(0, p.length() - ".class".length()).replace('/', '.')).sorted().toList();
        }
        assertThat(tests).containsExactly("com.example.scheduling.AppointmentReferencesContractTest",
                "com.example.scheduling.PluginDiscoveryTest", "com.example.scheduling.RoomNumberRuleTest");

        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader plugin = new URLClassLoader(new URL[] {classes.toUri().toURL()}, previous)) {
            Thread.currentThread().setContextClassLoader(plugin); // what discovery and the launcher look in
            LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                    .configurationParameters(Map.of("junit.jupiter.extensions.autodetection.enabled", "false"));
            for (String t : tests) {
                request.selectors(selectClass(plugin.loadClass(t)));
            }
            LauncherDiscoveryRequest built = request.build();
            Launcher launcher = LauncherFactory.create();
            SummaryGeneratingListener listener = new SummaryGeneratingListener();
            launcher.execute(built, listener);
            TestExecutionSummary summary = listener.getSummary();
            StringBuilder failures = new StringBuilder();
            summary.getFailures().forEach(f -> failures.append(f.getTestIdentifier().getDisplayName()).append(": ")
                    .append(f.getException()).append('\n'));
            assertThat(summary.getTotalFailureCount()).as(failures.toString()).isZero();
            // the contract alone is over ten tests; with the rule's and discovery's
            assertThat(summary.getTestsSucceededCount()).isGreaterThanOrEqualTo(12);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }
}
