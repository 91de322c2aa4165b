package org.privacyscreen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.privacyscreen.Consent;
import org.privacyscreen.Evidence;
import org.privacyscreen.Permission;
import org.privacyscreen.consent.jdbc.JdbcConsentStore;
import org.privacyscreen.server.ApiKeys;
import org.privacyscreen.server.Databases;

/** {@code serve} on a free port: the routes answer over each kind of consent store, and bad set-ups exit 65. */
class ServeCommandTest {
    private static final Pattern LISTENING = Pattern.compile("serving on http://127\\.0\\.0\\.1:(\\d+)/");
    private static final String PEOPLE = "{\"organisation\": {\"name\": \"Alder Clinic\"},"
            + " \"clients\": [{\"id\": \"cl-9\", \"name\": \"Orla Finch\"}], \"staff\": [{\"id\": \"st-1\", \"name\": \"Bo Vance\"}]}";

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    /** A running {@code serve}: its port, and a way to stop it. */
    private record Served(Thread thread, int port, StringWriter err, AtomicInteger code) implements AutoCloseable {
        @Override
        public void close() throws InterruptedException {
            thread.interrupt();
            thread.join(30_000);
        }
    }

    private Served serve(String... args) throws InterruptedException {
        StringWriter err = new StringWriter();
        AtomicInteger code = new AtomicInteger(-1);
        String[] all = new String[args.length + 3];
        all[0] = "serve";
        all[1] = "--port";
        all[2] = "0";
        System.arraycopy(args, 0, all, 3, args.length);
        Thread t = new Thread(() -> code.set(Main.commandLine(new Main(Cli.TEST_DETECTORS),
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)).execute(all)));
        t.start();
        for (int i = 0; i < 400; i++) {
            Matcher m = LISTENING.matcher(err.toString());
            if (m.find()) {
                Served s = new Served(t, Integer.parseInt(m.group(1)), err, code);
                waitReady(s);
                return s;
            }
            if (!t.isAlive()) {
                break;
            }
            Thread.sleep(25);
        }
        t.join(5_000);
        throw new AssertionError("serve did not start (exit " + code.get() + "): " + err);
    }

    private void waitReady(Served s) throws InterruptedException {
        for (int i = 0; i < 400; i++) {
            try {
                if (get(s, "/readyz").statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not yet
            }
            Thread.sleep(25);
        }
        throw new AssertionError("serve never became ready: " + s.err());
    }

    private HttpResponse<String> get(Served s, String path, String... headers) throws java.io.IOException,
            InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(Served s, String path, String json, String... headers)
            throws java.io.IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path))
                .header("Content-Type", "application/json");
        if (headers.length > 0) {
            b.headers(headers);
        }
        return http.send(b.POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static final String PUBLICATION = "{\"postId\": \"p-1\", \"consentIds\": [\"k-9\"], \"channel\": \"instagram\","
            + " \"at\": \"2026-11-21T10:00:00Z\"}";

    @Test
    void serve_onAContextFileScreensListsPeopleAndRefusesPublications() throws Exception {
        Path context = dir.resolve("context.json");
        Files.writeString(context, PEOPLE);
        try (Served s = serve("--context", context.toString())) {
            HttpResponse<String> r = post(s, "/v1/screen", "{\"text\": \"Call HIGHWORD\"}");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("\"verdict\":\"BLOCK\"");
            assertThat(get(s, "/v1/directory").body()).contains("Orla Finch").contains("\"role\":\"client\"")
                    .contains("Alder Clinic");
            HttpResponse<String> publish = post(s, "/v1/publications", PUBLICATION);
            assertThat(publish.statusCode()).isEqualTo(409);
            assertThat(publish.body()).contains("READ_ONLY");
            assertThat(s.err().toString()).contains("read-only");
        }
    }

    @Test
    void serve_onADatabaseCountsPublicationsAgainstItsConsents() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("ledger").toAbsolutePath();
        new JdbcConsentStore(Databases.fromUrl(url)).save(Consent.builder("k-9", "cl-9").permissions(Permission.SHARE)
                .channels("instagram").maxUses(1).evidence(Evidence.Kind.WRITTEN, "form-9").build());
        Path people = dir.resolve("people.json");
        Files.writeString(people, PEOPLE);
        try (Served s = serve("--database", url, "--directory", people.toString())) {
            assertThat(post(s, "/v1/publications", PUBLICATION).statusCode()).isEqualTo(201);
            assertThat(post(s, "/v1/publications", PUBLICATION.replace("p-1", "p-2")).statusCode()).isEqualTo(409);
            assertThat(get(s, "/v1/directory").body()).contains("Bo Vance");
        }
    }

    @Test
    void serve_withApiKeysWantsOne() throws Exception {
        Path keys = dir.resolve("keys");
        Files.writeString(keys, "cms sha256:" + ApiKeys.hash("k-abc-123") + "\n");
        Path context = dir.resolve("context.json");
        Files.writeString(context, "{}");
        try (Served s = serve("--context", context.toString(), "--api-keys", keys.toString())) {
            assertThat(get(s, "/v1/detectors").statusCode()).isEqualTo(401);
            assertThat(get(s, "/v1/detectors", "Authorization", "Bearer k-abc-123").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void serve_badSetUpsExit65BeforeListening() throws Exception {
        Path people = dir.resolve("people.json");
        Files.writeString(people, "{\"clients\": [], \"consents\": []}");
        Cli.Run withConsents = Cli.run("serve", "--port", "0", "--database", "jdbc:h2:mem:x", "--directory",
                people.toString());
        assertThat(withConsents.code()).isEqualTo(65);
        assertThat(withConsents.err()).contains("consents: record them in the consent database");
        Cli.Run badUrl = Cli.run("serve", "--port", "0", "--database", "jdbc:mysql://db/x");
        assertThat(badUrl.code()).isEqualTo(65);
        assertThat(badUrl.err()).contains("--database: must be an H2");
        Cli.Run both = Cli.run("serve", "--context", "a.json", "--database", "jdbc:h2:mem:y");
        assertThat(both.code()).isEqualTo(64);
    }
}
