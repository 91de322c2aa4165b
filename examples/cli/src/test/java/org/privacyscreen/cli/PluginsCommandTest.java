package org.privacyscreen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginsCommandTest {
    @TempDir
    Path dir;

    /** A jar whose service file names a provider class it does not hold. */
    private Path jarNamingMissingProvider(String name) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream fo = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(fo)) {
            out.putNextEntry(new JarEntry("META-INF/services/org.privacyscreen.spi.DetectorProvider"));
            out.write("com.example.vendor.MissingProvider\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }

    @Test
    void plugins_reportsABrokenJarWithItsPathAndReasonAndTheRestKeepWorking() throws IOException {
        Files.writeString(dir.resolve("corrupt.jar"), "this is not a zip file");
        jarNamingMissingProvider("vendor-broken.jar");
        Cli.Run r = Cli.run(b -> b.provider(new TestDetectors()), "--plugins", dir.toString(), "plugins");
        assertThat(r.code()).as(r.err()).isEqualTo(0);
        assertThat(r.out()).contains("corrupt.jar", "cannot be opened as a jar");
        assertThat(r.out()).contains("com.example.vendor.MissingProvider", "vendor-broken.jar");
        assertThat(r.out()).contains("test-words", "test-faces");
    }

    @Test
    void screen_withABrokenPluginWarnsOnceAndStillScreens() throws IOException {
        jarNamingMissingProvider("vendor-broken.jar");
        Cli.Run r = Cli.run(b -> b.provider(new TestDetectors()), "--plugins", dir.toString(), "screen", "--text",
                "call HIGHWORD", "--format", "json");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString()
                .contains("warning", "MissingProvider", "vendor-broken.jar");
    }

    @Test
    void plugins_missingFolderExits65() {
        Cli.Run r = Cli.run("--plugins", dir.resolve("none").toString(), "plugins");
        assertThat(r.code()).isEqualTo(65);
        assertThat(r.err()).contains("--plugins", "folder not found");
    }

    @Test
    void plugins_emptyFolderLoadsNothingExtra() {
        Cli.Run r = Cli.run("--plugins", dir.toString(), "plugins");
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out()).contains("0 jar(s) loaded", "test-words");
    }

    @Test
    void plugins_folderNamedLikeACommandIsTheFolder() {
        // parsed as the folder of --plugins, not as the plugins command: the folder is looked for (and, here, absent)
        Cli.Run r = Cli.run("--plugins", "plugins", "plugins");
        assertThat(r.code()).isEqualTo(65);
        assertThat(r.errLines()).singleElement().asString().contains("--plugins: folder not found: plugins");
        Cli.Run screen = Cli.run("--plugins", "screen", "screen", "--text", "hi");
        assertThat(screen.err()).contains("--plugins: folder not found: screen");
    }
}
