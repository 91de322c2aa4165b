package org.privacyscreen.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sweep on Spark in local mode: the same takedown list as {@code privacy-screen sweep} on the same input (the
 * command's jar, run as a user runs it), Parquet input, a folder of practices, images by relative path, and bad
 * input that writes nothing.
 */
class SparkAuditTest {
    static final String CONTEXT = """
            {"organisation": {"name": "Harbour Physio", "timeZone": "Europe/Dublin"},
             "clients": [{"id": "cl-1", "name": "Rowan Ashdown"}, {"id": "cl-2", "name": "Imelda Fairweather"},
                         {"id": "cl-3", "name": "Tomasz Wren"}],
             "consents": [{"id": "k-1", "clientId": "cl-1", "status": "granted", "permissions": ["share", "capture"],
                           "revokedAt": "2026-05-01T00:00:00Z"},
                          {"id": "k-2", "clientId": "cl-2", "status": "granted", "permissions": ["share"],
                           "validUntil": "2026-12-31"},
                          {"id": "k-3", "clientId": "cl-3", "status": "refused", "permissions": ["share"]}],
             "uses": [{"consentId": "k-1", "postId": "p-1", "channel": "other", "at": "2026-02-01T10:00:00Z"},
                      {"consentId": "k-2", "postId": "p-2", "channel": "other", "at": "2026-02-01T10:00:00Z"}]}
            """;
    static final String POSTS = """
            {"id": "p-1", "text": "Back to full strength after rehab!", "images": ["photos/court.png"], "subjects": ["cl-1"], "createdAt": "2026-02-01T10:00:00Z"}
            {"id": "p-2", "text": "A great comeback story.", "subjects": ["cl-2"], "createdAt": "2026-02-01T10:00:00Z"}
            {"id": "p-3", "text": "Well done Tomasz Wren, our marathon hero!", "createdAt": "2026-02-01T10:00:00Z"}

            {"id": "p-4", "text": "Flu clinic on Saturday morning.", "createdAt": "2026-02-01T10:00:00Z"}
            {"id": "p-5", "text": "Imelda Fairweather is walking without a stick!", "createdAt": "2026-02-01T10:00:00Z"}
            """;
    private static final Instant AT = Instant.parse("2027-01-02T00:00:00Z");

    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("spark-audit-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
        spark.sparkContext().setLogLevel("ERROR");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void screenersGetTheExecutorsTaskSlots() {
        // local[2] runs two tasks in this JVM: each screener's pool gets two threads, so local[1] stays one core
        assertThat(SparkAudit.executorSlots(spark.sparkContext())).isEqualTo(2);
        assertThatThrownBy(() -> new SweepConfig(java.util.Map.of(), "", "file:/tmp", java.time.Instant.EPOCH, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threads");
    }

    private Path archive() throws IOException {
        Files.createDirectories(dir.resolve("photos"));
        ImageIO.write(new BufferedImage(96, 64, BufferedImage.TYPE_INT_RGB), "png",
                dir.resolve("photos/court.png").toFile());
        Files.writeString(dir.resolve("context.json"), CONTEXT);
        return Files.writeString(dir.resolve("published.jsonl"), POSTS);
    }

    private List<String> takedown(Path out) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(out.resolve("takedown"))) {
            for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
            }
        }
        return lines;
    }

    private SparkAudit.Result run(Path published, Path context, Path out) {
        return SparkAudit.run(spark, new AuditOptions("", published.toString(), context.toString(), AT,
                out.toString()));
    }

    @Test
    void sameTakedownListAsTheSweepCommand() throws Exception {
        Path published = archive();
        SparkAudit.Result r = run(published, dir.resolve("context.json"), dir.resolve("out"));
        assertThat(r.error()).isNull();
        assertThat(r.posts()).isEqualTo(5);
        List<String> spark = takedown(dir.resolve("out"));
        // p-1 and p-2 from the ledger's record alone; p-3 and p-5 (no recorded use) screened again
        assertThat(spark).extracting(l -> l.substring(0, l.indexOf(',')))
                .containsExactly("{\"postId\":\"p-1\"", "{\"postId\":\"p-2\"", "{\"postId\":\"p-3\"",
                        "{\"postId\":\"p-5\"");
        assertThat(spark.get(0)).contains("CONSENT_REVOKED");
        assertThat(spark.get(1)).contains("CONSENT_EXPIRED");
        assertThat(spark.get(2)).contains("CONSENT_REFUSED", "\"cl-3\"");
        assertThat(spark.get(3)).contains("CONSENT_EXPIRED", "CLIENT_NAME");
        assertThat(r.takedowns()).isEqualTo(4);

        Path cli = Path.of(System.getProperty("privacyscreen.cli.jar", "../cli/target/privacy-screen.jar"));
        Process p = new ProcessBuilder("java", "-jar", cli.toString(), "sweep", "--published", published.toString(),
                "--out", dir.resolve("takedown.jsonl").toString(), "--context", dir.resolve("context.json").toString(),
                "--at", AT.toString()).redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(said).isEqualTo(2);
        assertThat(Files.readAllLines(dir.resolve("takedown.jsonl"))).isEqualTo(spark);
    }

    @Test
    void summaryCountsEachPracticesPostsAndReasons() throws Exception {
        Path published = archive();
        run(published, dir.resolve("context.json"), dir.resolve("out"));
        List<Row> rows = spark.read().parquet(dir.resolve("out/summary").toString()).collectAsList();
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.<String>getAs("practice")).isEqualTo("context");
            assertThat(row.<Long>getAs("posts")).isEqualTo(5L);
            assertThat(row.<Long>getAs("takedowns")).isEqualTo(4L);
            assertThat(row.<Long>getAs("CONSENT_REVOKED")).isEqualTo(1L);
        });
    }

    @Test
    void parquetInput_andAFolderOfPractices_namedByAPracticeColumn() throws Exception {
        archive();
        Path contexts = Files.createDirectories(dir.resolve("contexts"));
        Files.writeString(contexts.resolve("harbour.json"), CONTEXT);
        Files.writeString(contexts.resolve("elm.json"), "{\"organisation\": {\"name\": \"Elm Dental\"}}");
        Path jsonl = Files.writeString(dir.resolve("tagged.jsonl"), """
                {"practice": "harbour", "id": "p-3", "text": "Well done Tomasz Wren!", "createdAt": "2026-02-01T10:00:00Z"}
                {"practice": "elm", "id": "e-1", "text": "Well done Tomasz Wren!", "createdAt": "2026-02-01T10:00:00Z"}
                """);
        Path parquet = dir.resolve("published.parquet");
        spark.read().json(jsonl.toString()).write().parquet(parquet.toString());
        SparkAudit.Result r = run(parquet, contexts, dir.resolve("out"));
        assertThat(r.error()).isNull();
        // Tomasz Wren is a client of Harbour only; to Elm he is nobody it knows
        assertThat(takedown(dir.resolve("out"))).singleElement().asString().contains("\"p-3\"");
        assertThat(spark.read().parquet(dir.resolve("out/summary").toString()).count()).isEqualTo(2);
    }

    @Test
    void badLine_isReportedByNumber_andNothingIsWritten() throws Exception {
        Path published = archive();
        Files.writeString(published, POSTS + "{\"id\": \"p-9\", \"text\": 42}\n");
        SparkAudit.Result r = run(published, dir.resolve("context.json"), dir.resolve("out"));
        assertThat(r.error()).startsWith("published line 7: ").contains("text");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void missingImage_isBadInputWithoutItsPath() throws Exception {
        Path published = archive();
        Files.writeString(published, "{\"id\": \"x\", \"images\": [\"photos/Rowan-Ashdown.jpg\"]}\n");
        SparkAudit.Result r = run(published, dir.resolve("context.json"), dir.resolve("out"));
        assertThat(r.error()).contains("images[0]", "not found").doesNotContain("Rowan");
    }

    @Test
    void arguments_areCheckedWithOneLine() {
        assertThatThrownBy(() -> AuditOptions.parse(new String[] {"--published", "a"}))
                .hasMessageStartingWith("usage: spark-audit");
        assertThatThrownBy(() -> AuditOptions.parse(new String[] {"--at", "soon", "--published", "a"}))
                .hasMessage("--at: not a time such as 2026-12-01T09:00:00Z");
        assertThatThrownBy(() -> AuditOptions.parse(new String[] {"--bogus", "1"}))
                .hasMessageStartingWith("unknown option --bogus");
        assertThatThrownBy(() -> SparkAudit.run(spark, new AuditOptions("", dir.resolve("none.jsonl").toString(),
                dir.resolve("none.json").toString(), AT, dir.resolve("o").toString())))
                .isInstanceOf(SparkAudit.BadInput.class).hasMessage("--context: file not found");
    }
}
