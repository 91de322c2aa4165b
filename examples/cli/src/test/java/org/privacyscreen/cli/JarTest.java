package org.privacyscreen.cli;

import org.privacyscreen.json.internal.JsonText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the shaded {@code privacy-screen.jar} in a child JVM, as a user does. Bound to the package phase (after
 * the shade plugin) by the pom; skipped when run where the jar has not been built.
 */
class JarTest {
    private static Path jar;

    @TempDir
    Path dir;

    @BeforeAll
    static void findJar() {
        String p = System.getProperty("privacyscreen.cli.jar");
        jar = p == null ? null : Path.of(p);
        assumeTrue(jar != null && Files.isRegularFile(jar), "privacy-screen.jar not built yet");
    }

    private record Run(int code, String out, String err) {
    }

    private Run java(String... args) throws IOException, InterruptedException {
        return javaIn(dir, args);
    }

    private Run javaIn(Path workingDir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(workingDir.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile());
        pb.environment().remove(Main.DEBUG);
        Process p = pb.start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void jar_helpAndVersionExitZero() throws Exception {
        Run help = java("--help");
        assertThat(help.code()).isEqualTo(0);
        assertThat(help.out()).contains("screen", "batch", "demo", "plugins");
        assertThat(java("--version").out()).startsWith("privacy-screen ");
    }

    @Test
    void jar_screensTextToContractJson() throws Exception {
        assumeTrue(!java("plugins").out().startsWith("0 detector"),
                "no detector module is installed yet");
        Run r = java("screen", "--text", "See you all at the open day on Saturday!", "--format", "json");
        assertThat(r.code()).as(r.err()).isIn(0, 1, 2);
        var report = JsonText.parse(r.out(), "out");
        assertThat(report.has("postId") && report.has("verdict") && report.has("findings")
                && report.has("redactedText") && report.has("timingsMillis")).isTrue();
    }

    @Test
    void jar_usageErrorExits64AndBadInputExits65WithOneLine() throws Exception {
        assertThat(java("screen", "--nope").code()).isEqualTo(64);
        Run r = java("screen", "--post", dir.resolve("missing.json").toString());
        assertThat(r.code()).isEqualTo(65);
        assertThat(r.err().lines().toList()).singleElement().asString().contains("missing.json", "not found");
    }

    @Test
    void jar_withoutDetectorsRefusesToScreenRatherThanAllow() throws Exception {
        Run plugins = java("plugins");
        assumeTrue(plugins.out().startsWith("0 detector"), "detector modules are installed");
        Run r = java("screen", "--text", "hello");
        assertThat(r.code()).isEqualTo(70);
        assertThat(r.err()).contains("no detectors");
    }

    @Test
    void jar_demoExitsZeroAndPluginsListsDetectors() throws Exception {
        assumeTrue(!java("plugins").out().startsWith("0 detector"), "no detector module is installed yet");
        Run demo = java("demo");
        assertThat(demo.code()).as(demo.err()).isEqualTo(0);
        assertThat(demo.out()).contains("Harbour Lane Counselling");
        Run plugins = java("plugins");
        assertThat(plugins.code()).isEqualTo(0);
        assertThat(plugins.out()).contains("detector(s) and rule(s)", "problem(s)");
    }

    @Test
    void jar_pluginsFolderNamedPluginsLoads() throws Exception {
        Path built = Path.of(System.getProperty("privacyscreen.test.plugins", "missing"));
        assumeTrue(Files.isDirectory(built), "the example plugin was not copied");
        Path work = Files.createDirectories(dir.resolve("work"));
        Path plugins = Files.createDirectories(work.resolve("plugins"));
        try (var jars = Files.list(built)) {
            for (Path j : jars.toList()) {
                Files.copy(j, plugins.resolve(j.getFileName()));
            }
        }
        Run r = javaIn(work, "--plugins", "plugins", "plugins");
        assertThat(r.code()).as(r.err()).isEqualTo(0);
        assertThat(r.out()).contains("Plugin folder plugins: 1 jar(s) loaded", "appointment-refs");
    }

    /** libpng would print its own line for a PNG whose image data is corrupt: the file is refused before it. */
    @Test
    void jar_corruptPngGivesOurOneLineAndNoDecoderChatter() throws Exception {
        Path png = dir.resolve("corrupt.png");
        Files.write(png, Fixtures.pngWithCorruptImageData());
        Run r = java("screen", "--text", "hello", "--image", png.toString());
        assertThat(r.code()).isEqualTo(65);
        assertThat(r.err().lines().toList()).singleElement().asString()
                .startsWith("privacy-screen: ").contains("corrupt.png").doesNotContain("libpng");
    }
}
