package org.privacyscreen.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Java snippet of the README and the guides compiles as written, imports included: a vendor who copies one
 * gets code that builds. The snippets of one document compile together (a guide's test may use its detector);
 * a {@code java module-info} block is a module declaration and is not compiled here.
 */
class SnippetsTest {
    private static final Path ROOT = Markdown.root();
    /**
     * Guides whose snippets are statements run by a test of their own module, against a real server:
     * docs/postgresql.md by privacy-consent's PostgresLedgerExampleTest.
     */
    private static final java.util.Set<String> RUN_ELSEWHERE = java.util.Set.of("docs/postgresql.md");

    @TempDir
    Path dir;

    static Stream<String> documents() throws IOException {
        List<String> docs = new ArrayList<>(List.of("README.md", "privacy-micrometer/README.md",
                "privacy-screen-spring-boot-starter/README.md"));
        try (Stream<Path> guides = Files.list(ROOT.resolve("docs"))) {
            guides.filter(p -> p.toString().endsWith(".md")).sorted()
                    .map(p -> ROOT.relativize(p).toString()).filter(d -> !RUN_ELSEWHERE.contains(d))
                    .forEach(docs::add);
        }
        return docs.stream();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void everyJavaSnippet_compilesAsWritten(String document) {
        List<Markdown.Block> java = Markdown.blocks(ROOT.resolve(document), "java");
        if (java.isEmpty()) {
            return; // a guide with no Java (formats.md is JSON only)
        }
        assertThat(JavaSources.compile(java, document, dir.resolve("src"), dir.resolve("classes"))).isEmpty();
    }

    @Test
    void theReadmeAndThePluginGuide_haveSnippets() {
        assertThat(Markdown.blocks(ROOT.resolve("README.md"), "java")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(Markdown.blocks(ROOT.resolve("docs/plugins.md"), "java")).hasSizeGreaterThanOrEqualTo(6);
    }

    /** The first command shows each module as it builds: -q would leave the terminal silent for minutes. */
    @Test
    void theFirstCommand_showsProgressAndInstalls() {
        String readme = Markdown.read(ROOT.resolve("README.md"));
        String first = readme.lines().filter(l -> l.strip().startsWith("./mvnw")).findFirst().orElseThrow();
        assertThat(first).contains("install").doesNotContain(" -q");
    }
}
