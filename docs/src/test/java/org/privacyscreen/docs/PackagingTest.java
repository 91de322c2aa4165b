package org.privacyscreen.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each library jar as the first command installs it: beside it a sources jar and a javadoc jar (documenting the API
 * and SPI, not {@code .internal}), a JPMS name in its manifest, and no test fixture inside. Runs after the libraries
 * are packaged (this module comes after them in the build); skipped where they were not ({@code mvn test}).
 */
class PackagingTest {
    private static final Path ROOT = Markdown.root();
    private static final String VERSION = "0.1.0-SNAPSHOT";

    @ParameterizedTest
    @CsvSource({"privacy-core,org.privacyscreen.core", "privacy-text,org.privacyscreen.text",
            "privacy-image,org.privacyscreen.image", "privacy-consent,org.privacyscreen.consent",
            "privacy-json,org.privacyscreen.json", "privacy-micrometer,org.privacyscreen.micrometer",
            "privacy-testkit,org.privacyscreen.testkit",
            "privacy-screen-spring-boot-starter,org.privacyscreen.spring"})
    void libraryJar_hasSourcesJavadocAndAModuleName(String module, String moduleName) throws IOException {
        Path target = ROOT.resolve(module).resolve("target");
        Path jar = target.resolve(module + "-" + VERSION + ".jar");
        assumeTrue(Files.isRegularFile(jar), module + " is not packaged in this build");
        assertThat(target.resolve(module + "-" + VERSION + "-sources.jar")).isRegularFile();
        Path javadoc = target.resolve(module + "-" + VERSION + "-javadoc.jar");
        assertThat(javadoc).isRegularFile();
        try (JarFile j = new JarFile(jar.toFile())) {
            assertThat(j.getManifest().getMainAttributes().getValue("Automatic-Module-Name")).isEqualTo(moduleName);
            List<String> names = Collections.list(j.entries()).stream().map(ZipEntry::getName).toList();
            assertThat(names).noneMatch(n -> n.contains("SampleImages") || n.contains("sample-face"));
        }
        try (JarFile j = new JarFile(javadoc.toFile())) {
            List<String> names = Collections.list(j.entries()).stream().map(ZipEntry::getName).toList();
            assertThat(names).contains("index.html").noneMatch(n -> n.contains("/internal/"));
        }
    }
}
