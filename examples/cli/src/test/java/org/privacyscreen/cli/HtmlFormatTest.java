package org.privacyscreen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format html}: one self-contained file, values masked, the post's markup escaped. */
class HtmlFormatTest {
    @TempDir
    Path dir;

    @Test
    void screen_writesOneFileWithTheVerdictAndMaskedValuesAndExitsOnTheVerdict() {
        Cli.Run r = Cli.run("screen", "--text", "<b>Call</b> HIGHWORD <script>alert(1)</script>", "--format", "html");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).startsWith("<!DOCTYPE html>").contains("data-verdict=\"BLOCK\"")
                .contains("&lt;b&gt;Call&lt;/b&gt;").contains("H*******")
                .doesNotContain("HIGHWORD").doesNotContain("<script").doesNotContain("<b>");
    }

    @Test
    void batch_writesOneSectionALineInOrderAndTheBadLineAsAnError() throws Exception {
        Path in = dir.resolve("posts.jsonl");
        Files.writeString(in, "{\"id\": \"a\", \"text\": \"MEDWORD\"}\n{broken\n{\"id\": \"c\", \"text\": \"HIGHWORD\"}\n");
        Path out = dir.resolve("report.html");
        Cli.Run r = Cli.run("batch", "--in", in.toString(), "--out", out.toString(), "--format", "html");
        assertThat(r.code()).isEqualTo(65);
        String html = Files.readString(out);
        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        assertThat(html.indexOf("data-verdict=\"REVIEW\"")).isPositive()
                .isLessThan(html.indexOf("posts.jsonl line 2")).isLessThan(html.indexOf("data-verdict=\"BLOCK\""));
        assertThat(html).doesNotContain("HIGHWORD").doesNotContain("MEDWORD");
    }

    @Test
    void batch_refusesTheTextFormat() throws Exception {
        Path in = dir.resolve("posts.jsonl");
        Files.writeString(in, "{\"text\": \"hi\"}\n");
        Cli.Run r = Cli.run("batch", "--in", in.toString(), "--out", dir.resolve("o").toString(), "--format", "text");
        assertThat(r.code()).as("a flag value outside the command is a usage error").isEqualTo(64);
        assertThat(r.err()).contains("--format: batch writes json or html");
    }
}
