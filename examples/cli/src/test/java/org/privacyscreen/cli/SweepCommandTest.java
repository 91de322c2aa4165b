package org.privacyscreen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.privacyscreen.Screener;
import org.privacyscreen.consent.rules.ConsentRulesProvider;

/** {@code sweep}: the takedown list, exit 0 / 2 / 65, and nothing half-written. */
class SweepCommandTest {
    private static final Consumer<Screener.Builder> WITH_RULES =
            b -> b.discover(false).provider(new TestDetectors()).provider(new ConsentRulesProvider());
    private static final String CONTEXT = """
            {"organisation": {"name": "Harbour Physio", "timeZone": "Europe/Dublin"},
             "clients": [{"id": "cl-1", "name": "Rowan Ashdown"}, {"id": "cl-2", "name": "Imelda Fairweather"},
                         {"id": "cl-3", "name": "Tomasz Wren"}],
             "consents": [{"id": "k-1", "clientId": "cl-1", "status": "granted", "permissions": ["share"],
                           "revokedAt": "2026-05-01T00:00:00Z"},
                          {"id": "k-2", "clientId": "cl-2", "status": "granted", "permissions": ["share"],
                           "validUntil": "2026-12-31"}],
             "uses": [{"consentId": "k-1", "postId": "p-1", "channel": "other", "at": "2026-02-01T10:00:00Z"},
                      {"consentId": "k-2", "postId": "p-2", "channel": "other", "at": "2026-02-01T10:00:00Z"}]}
            """;
    private static final String POSTS = """
            {"id": "p-1", "text": "Back to full strength after rehab!", "subjects": ["cl-1"], "createdAt": "2026-02-01T10:00:00Z"}
            {"id": "p-2", "text": "A great comeback story.", "subjects": ["cl-2"], "createdAt": "2026-02-01T10:00:00Z"}
            {"id": "p-3", "text": "Our marathon hero!", "subjects": ["cl-3"], "createdAt": "2026-02-01T10:00:00Z"}
            {"id": "p-4", "text": "Flu clinic on Saturday morning.", "createdAt": "2026-02-01T10:00:00Z"}
            """;

    @TempDir
    Path dir;

    private Cli.Run sweep(String posts, String... more) {
        Path ctx = Fixtures.write(dir, "context.json", CONTEXT);
        Path in = Fixtures.write(dir, "published.jsonl", posts);
        List<String> args = new java.util.ArrayList<>(List.of("sweep", "--published", in.toString(), "--out",
                dir.resolve("takedown.jsonl").toString(), "--context", ctx.toString()));
        args.addAll(List.of(more));
        return Cli.run(WITH_RULES, args.toArray(String[]::new));
    }

    private List<JsonNode> takedowns() throws IOException {
        ObjectMapper m = new ObjectMapper();
        return Files.readAllLines(dir.resolve("takedown.jsonl")).stream().map(l -> {
            try {
                return m.readTree(l);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void sweep_listsWhatNowBreaches_andExits2() throws IOException {
        Cli.Run r = sweep(POSTS, "--at", "2026-06-01T00:00:00Z");
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        List<JsonNode> out = takedowns();
        assertThat(out).extracting(n -> n.path("postId").asText()).containsExactly("p-1", "p-3");
        assertThat(out.get(0).toString()).isEqualTo(
                "{\"postId\":\"p-1\",\"verdict\":\"BLOCK\",\"reasons\":[\"CONSENT_REVOKED\"],\"subjects\":[\"cl-1\"]}");
        assertThat(out.get(1).path("reasons").toString()).contains("CONSENT_MISSING");
        assertThat(r.out()).contains("4 posts", "2 to take down");
    }

    @Test
    void sweep_beforeTheRevocation_onlyTheUnconsentedPost() throws IOException {
        assertThat(sweep(POSTS, "--at", "2026-04-30T12:00:00Z").code()).isEqualTo(2);
        assertThat(takedowns()).extracting(n -> n.path("postId").asText()).containsExactly("p-3");
    }

    @Test
    void sweep_nothingBreaches_exits0WithAnEmptyList() throws IOException {
        String fine = POSTS.lines().filter(l -> l.contains("p-2") || l.contains("p-4"))
                .reduce("", (a, b) -> a + b + "\n");
        assertThat(sweep(fine, "--at", "2026-06-01T00:00:00Z").code()).isEqualTo(0);
        assertThat(takedowns()).isEmpty();
    }

    @Test
    void sweep_afterTheConsentRanOut_inThePracticesZone() throws IOException {
        // Dublin is on UTC in winter: 1 January 00:30 UTC is already the next year there
        assertThat(sweep(POSTS, "--at", "2026-12-31T23:30:00Z").code()).isEqualTo(2);
        assertThat(takedowns()).extracting(n -> n.path("postId").asText()).doesNotContain("p-2");
        assertThat(sweep(POSTS, "--at", "2027-01-01T00:30:00Z").code()).isEqualTo(2);
        assertThat(takedowns()).extracting(n -> n.path("postId").asText()).contains("p-2");
    }

    @Test
    void sweep_badLine_exits65AndWritesNoList() throws IOException {
        Path old = Fixtures.write(dir, "takedown.jsonl", "previous run\n");
        Cli.Run r = sweep(POSTS + "{\"id\": \"p-5\", \"text\": 7}\n", "--at", "2026-06-01T00:00:00Z");
        assertThat(r.code()).isEqualTo(65);
        assertThat(r.errLines()).singleElement().asString().contains("published.jsonl line 5", "text");
        assertThat(Files.readString(old)).isEqualTo("previous run\n");
        assertThat(Files.list(dir).filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
    }

    @Test
    void sweep_badTime_exits65() {
        Cli.Run r = sweep(POSTS, "--at", "next tuesday");
        assertThat(r.code()).isEqualTo(65);
        assertThat(r.err()).contains("--at");
    }

    @Test
    void sweep_overTheConsentDatabase_withTheDirectoryFile() throws IOException {
        String url = "jdbc:h2:file:" + dir.resolve("ledger").toAbsolutePath();
        org.privacyscreen.consent.jdbc.JdbcConsentStore store =
                new org.privacyscreen.consent.jdbc.JdbcConsentStore(org.privacyscreen.server.Databases.fromUrl(url));
        store.save(org.privacyscreen.Consent.builder("k-1", "cl-1").permissions(org.privacyscreen.Permission.SHARE)
                .revokedAt(Instant.parse("2026-05-01T00:00:00Z")).build());
        store.importUse(new org.privacyscreen.ConsentUse("k-1", "p-1", "other", Instant.parse("2026-02-01T10:00:00Z")));
        Path people = Fixtures.write(dir, "people.json", """
                {"organisation": {"name": "Harbour Physio", "timeZone": "Europe/Dublin"},
                 "clients": [{"id": "cl-1", "name": "Rowan Ashdown"}]}
                """);
        Path in = Fixtures.write(dir, "published.jsonl", POSTS.lines().filter(l -> l.contains("\"p-1\""))
                .findFirst().orElseThrow() + "\n");
        Cli.Run r = Cli.run(WITH_RULES, "sweep", "--published", in.toString(), "--out",
                dir.resolve("takedown.jsonl").toString(), "--database", url, "--directory", people.toString(),
                "--at", "2026-06-01T00:00:00Z");
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(takedowns()).singleElement().satisfies(t ->
                assertThat(t.path("reasons").toString()).isEqualTo("[\"CONSENT_REVOKED\"]"));
    }

    @Test
    void sweep_contextAndDatabaseTogether_isAUsageError() {
        Cli.Run r = sweep(POSTS, "--database", "jdbc:h2:mem:x");
        assertThat(r.code()).isEqualTo(64);
    }
}
