package org.privacyscreen.cli;

import org.privacyscreen.json.internal.JsonText;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.privacyscreen.Finding;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.spi.TextDetector;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {
    @TempDir
    Path dir;

    private List<JsonNode> reports(Path out) throws IOException {
        return Files.readAllLines(out).stream().map(l -> JsonText.parse(l, "out")).toList();
    }

    private List<String> leftovers() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
        }
    }

    @Test
    void batch_writesOneReportALineInOrderAndExitsZero() throws IOException {
        Path in = Fixtures.write(dir, "posts.jsonl", """
                {"id": "a", "text": "hello"}
                {"id": "b", "text": "call HIGHWORD"}

                {"id": "c", "text": "MEDWORD says hi"}
                """);
        Path out = dir.resolve("reports.jsonl");
        Cli.Run r = Cli.run("batch", "--in", in.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(0);
        List<JsonNode> reports = reports(out);
        assertThat(reports).extracting(n -> n.path("postId").asText()).containsExactly("a", "b", "c");
        assertThat(reports).extracting(n -> n.path("verdict").asText()).containsExactly("ALLOW", "BLOCK", "REVIEW");
        assertThat(r.out()).contains("3 posts", "1 ALLOW", "1 REVIEW", "1 BLOCK", "0 bad", "posts/s");
        assertThat(r.err()).isEmpty(); // no progress bar off a terminal
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void batch_badLineGetsAnErrorAndTheRestGoOnThenExits65() throws IOException {
        Path in = Fixtures.write(dir, "posts.jsonl", """
                {"id": "a", "text": "hello"}
                {"id": "b", "text": "hi", "purpose": "flyer"}
                {not json
                {"id": "d", "text": "hi", "images": ["nope.png"]}
                {"id": "e", "text": "call HIGHWORD"}
                """);
        Path out = dir.resolve("reports.jsonl");
        Cli.Run r = Cli.run("batch", "--in", in.toString(), "--out", out.toString());
        assertThat(r.code()).isEqualTo(65);
        List<JsonNode> reports = reports(out);
        assertThat(reports).hasSize(5);
        assertThat(reports.get(0).path("verdict").asText()).isEqualTo("ALLOW");
        assertThat(reports.get(1).path("line").asInt()).isEqualTo(2);
        assertThat(reports.get(1).path("error").asText()).contains("line 2", "purpose");
        assertThat(reports.get(2).path("line").asInt()).isEqualTo(3);
        assertThat(reports.get(2).path("error").asText()).contains("malformed JSON");
        assertThat(reports.get(3).path("error").asText()).contains("images[0]", "not found");
        assertThat(reports.get(4).path("verdict").asText()).isEqualTo("BLOCK");
        assertThat(r.out()).contains("3 bad");
        assertThat(r.errLines()).hasSize(3);
    }

    @Test
    void batch_imagesResolveAgainstThePostsFolder() throws IOException {
        Fixtures.write(dir, "img/x.png", Fixtures.png());
        Path in = Fixtures.write(dir, "posts.jsonl", "{\"id\": \"a\", \"images\": [\"img/x.png\"]}\n");
        Path out = dir.resolve("reports.jsonl");
        assertThat(Cli.run("batch", "--in", in.toString(), "--out", out.toString()).code()).isEqualTo(0);
        assertThat(reports(out).get(0).path("findings").get(0).path("type").asText()).isEqualTo("FACE");
    }

    @Test
    void batch_imageErrorsAreBadLines() throws IOException {
        Fixtures.write(dir, "bad.png", Fixtures.corruptPng());
        Fixtures.write(dir, "x.heic", Fixtures.heic());
        Path in = Fixtures.write(dir, "posts.jsonl", """
                {"id": "a", "images": ["bad.png"]}
                {"id": "b", "images": ["x.heic"]}
                """);
        Path out = dir.resolve("reports.jsonl");
        assertThat(Cli.run("batch", "--in", in.toString(), "--out", out.toString()).code()).isEqualTo(65);
        List<JsonNode> reports = reports(out);
        assertThat(reports.get(0).path("error").asText()).contains("IMAGE_INVALID");
        assertThat(reports.get(1).path("error").asText()).contains("JPEG, PNG and WebP");
    }

    @Test
    void batch_redactToWritesEachPostInItsOwnFolder() throws IOException {
        Fixtures.write(dir, "a.png", Fixtures.png());
        Path in = Fixtures.write(dir, "posts.jsonl", """
                {"id": "p-1", "text": "call HIGHWORD", "images": ["a.png"]}
                {"id": "../p 2", "text": "plain"}
                """);
        Path out = dir.resolve("reports.jsonl");
        Path red = dir.resolve("redacted");
        Cli.run("batch", "--in", in.toString(), "--out", out.toString(), "--redact-to", red.toString());
        assertThat(red.resolve("p-1/post.txt")).hasContent("call [PHONE]");
        assertThat(red.resolve("p-1/0-a.png")).exists();
        assertThat(red.resolve(".._p_2/post.txt")).hasContent("plain"); // a post id cannot leave the folder
    }

    @Test
    void batch_badContextWritesNothingAndExits65() throws IOException {
        Path in = Fixtures.write(dir, "posts.jsonl", "{\"text\": \"a\"}\n");
        Path ctx = Fixtures.write(dir, "context.json", "{\"consents\": [{\"status\": \"granted\"}]}");
        Path out = dir.resolve("reports.jsonl");
        Cli.Run r = Cli.run("batch", "--in", in.toString(), "--out", out.toString(), "--context", ctx.toString());
        assertThat(r.code()).isEqualTo(65);
        assertThat(r.errLines()).singleElement().asString().contains("context.json", "consents[0].id");
        assertThat(out).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void batch_failureMidwayLeavesTheOldOutputUntouched() throws IOException {
        Path in = Fixtures.write(dir, "posts.jsonl", "{\"text\": \"a\"}\n");
        Path out = Fixtures.write(dir, "reports.jsonl", "previous run\n");
        Cli.Run r = Cli.run(b -> b.discover(false).detector(new org.privacyscreen.spi.TextDetector() {
            @Override
            public String id() {
                return "explodes";
            }

            @Override
            public List<org.privacyscreen.Finding> detect(org.privacyscreen.spi.ScreeningContext c) {
                throw new OutOfMemoryError("simulated");
            }
        }), "batch", "--in", in.toString(), "--out", out.toString());
        // a detector failure is a finding (REVIEW), not a crash: the run completes and replaces the file whole
        assertThat(r.code()).isEqualTo(0);
        assertThat(reports(out).get(0).path("verdict").asText()).isEqualTo("REVIEW");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void batch_missingInputOrOutputFolderExits65() {
        Path out = dir.resolve("reports.jsonl");
        Cli.Run r = Cli.run("batch", "--in", dir.resolve("none.jsonl").toString(), "--out", out.toString());
        assertThat(r.code()).isEqualTo(65);
        assertThat(r.err()).contains("none.jsonl", "not found");
        Path in = Fixtures.write(dir, "posts.jsonl", "{\"text\": \"a\"}\n");
        Cli.Run r2 = Cli.run("batch", "--in", in.toString(), "--out", dir.resolve("no/such/r.jsonl").toString());
        assertThat(r2.code()).isEqualTo(65);
        assertThat(r2.err()).contains("folder not found");
    }

    @Test
    void batch_manyPostsKeepTheirOrder() throws IOException {
        StringBuilder sb = new StringBuilder();
        IntStream.range(0, 200).forEach(i -> sb.append("{\"id\": \"p").append(i).append("\", \"text\": \"")
                .append(i % 3 == 0 ? "HIGHWORD" : "fine").append("\"}\n"));
        Path in = Fixtures.write(dir, "posts.jsonl", sb.toString());
        Path out = dir.resolve("reports.jsonl");
        assertThat(Cli.run("batch", "--in", in.toString(), "--out", out.toString()).code()).isEqualTo(0);
        List<JsonNode> reports = reports(out);
        assertThat(reports).hasSize(200);
        for (int i = 0; i < 200; i++) {
            assertThat(reports.get(i).path("postId").asText()).isEqualTo("p" + i);
            assertThat(reports.get(i).path("verdict").asText()).isEqualTo(i % 3 == 0 ? "BLOCK" : "ALLOW");
        }
    }

    @Test
    void batch_threads_givesTheSameOutputOnOneOrMany() throws IOException {
        StringBuilder sb = new StringBuilder();
        IntStream.range(0, 60).forEach(i -> sb.append("{\"id\": \"p").append(i).append("\", \"text\": \"")
                .append(i % 4 == 0 ? "HIGHWORD" : i % 4 == 1 ? "MEDWORD" : "fine").append("\", \"createdAt\": ")
                .append("\"2026-11-21T10:00:00Z\"}\n"));
        Path in = Fixtures.write(dir, "posts.jsonl", sb.toString());
        Path one = dir.resolve("one.jsonl");
        Path four = dir.resolve("four.jsonl");
        assertThat(Cli.run("batch", "--in", in.toString(), "--out", one.toString(), "--threads", "1").code())
                .isEqualTo(0);
        assertThat(Cli.run("batch", "--in", in.toString(), "--out", four.toString(), "--threads", "4").code())
                .isEqualTo(0);
        assertThat(withoutTimings(one)).isEqualTo(withoutTimings(four));
    }

    @Test
    void batch_threads_boundsTheThreadsDetectorsRunOn() throws IOException {
        StringBuilder sb = new StringBuilder();
        IntStream.range(0, 40).forEach(i -> sb.append("{\"id\": \"p").append(i).append("\", \"text\": \"fine\"}\n"));
        Path in = Fixtures.write(dir, "posts.jsonl", sb.toString());
        for (int threads : new int[] {1, 2}) {
            Set<String> seen = ConcurrentHashMap.newKeySet();
            TextDetector recorder = new TextDetector() {
                @Override
                public String id() {
                    return "thread-recorder";
                }

                @Override
                public List<Finding> detect(ScreeningContext context) {
                    seen.add(Thread.currentThread().getName() + "#" + Thread.currentThread().getId());
                    return List.of();
                }
            };
            Cli.Run r = Cli.run(Cli.TEST_DETECTORS.andThen(b -> b.detector(recorder)), "batch", "--in", in.toString(),
                    "--out", dir.resolve("out" + threads + ".jsonl").toString(), "--threads", String.valueOf(threads));
            assertThat(r.code()).isEqualTo(0);
            // --threads 1 is one core's work: not one post at a time fanned out over a pool of every core
            assertThat(seen).as("threads detectors ran on with --threads " + threads).isNotEmpty()
                    .hasSizeLessThanOrEqualTo(threads);
        }
    }

    @Test
    void batch_threadsOutOfRange_isAUsageError() {
        Path in = Fixtures.write(dir, "posts.jsonl", "{\"text\": \"fine\"}\n");
        Cli.Run r = Cli.run("batch", "--in", in.toString(), "--out", dir.resolve("o.jsonl").toString(),
                "--threads", "0");
        assertThat(r.code()).isEqualTo(64);
        assertThat(r.errLines()).singleElement().asString().contains("--threads");
    }

    private static List<String> withoutTimings(Path reports) throws IOException {
        return Files.readAllLines(reports).stream().map(l -> l.replaceAll("\"timingsMillis\":\\{[^}]*}", ""))
                .toList();
    }
}
