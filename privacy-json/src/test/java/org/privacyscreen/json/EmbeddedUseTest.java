package org.privacyscreen.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.privacyscreen.json.internal.JsonText;

/**
 * A host that embeds the readers sees nothing on its console: in a fresh JVM with no logging set up (so Hibernate
 * Validator's JBoss Logging falls back to java.util.logging), reading a context that goes through Bean Validation
 * prints nothing on standard output or standard error.
 */
class EmbeddedUseTest {
    @TempDir
    Path dir;

    /** What the child JVM runs: reads a context whose records are validated. */
    public static void main(String[] args) {
        ContextJson.Practice p = ContextJson.read(JsonText.parse("""
                {"clients": [{"id": "cl-1", "name": "Ada Quill"}],
                 "consents": [{"id": "k-1", "clientId": "cl-1", "status": "granted", "permissions": ["share"]}]}
                """, "context.json"), "context.json");
        if (p.directory().people().size() != 1) {
            throw new IllegalStateException("context not read");
        }
    }

    @Test
    void readingAContextPrintsNothingOnTheHostsConsole() throws Exception {
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), EmbeddedUseTest.class.getName()))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        String errText = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(errText).isZero();
        assertThat(errText).isEmpty();
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEmpty();
    }
}
