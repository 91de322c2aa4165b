package org.privacyscreen.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.privacyscreen.Consent;
import org.privacyscreen.Evidence;
import org.privacyscreen.Permission;
import org.privacyscreen.ScreeningPolicy;
import org.privacyscreen.consent.ConsentLedger;
import org.privacyscreen.consent.jdbc.ConsentDatabase;
import org.privacyscreen.consent.jdbc.JdbcAuditSink;
import org.privacyscreen.consent.jdbc.JdbcConsentStore;

/** Every route of the service table, every status code it answers, on a real port. */
class ServiceApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<PrivacyScreenServer> started = new ArrayList<>();

    @TempDir
    Path dir;

    @AfterEach
    void stopAll() {
        started.forEach(PrivacyScreenServer::stop);
    }

    private PrivacyScreenServer start(Consumer<PrivacyScreenServer.Builder> setup) throws InterruptedException {
        PrivacyScreenServer.Builder b = PrivacyScreenServer.builder().screener(TestDetectors.screener())
                .settings(ServerSettings.builder().port(0).build());
        setup.accept(b);
        PrivacyScreenServer server = b.build().start();
        started.add(server);
        for (int i = 0; i < 200 && !server.ready(); i++) {
            Thread.sleep(25);
        }
        return server;
    }

    private PrivacyScreenServer start() throws InterruptedException {
        return start(b -> { });
    }

    private static JsonNode json(HttpResponse<String> r) throws IOException {
        return JSON.readTree(r.body());
    }

    static byte[] png(int w, int h) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    // ---- 200 ----

    @Test
    void screen_textPostGivesTheReportJson() throws Exception {
        Http http = new Http(start());
        HttpResponse<String> r = http.postJson("/v1/screen", "{\"id\": \"p-1\", \"text\": \"Call PHONEWORD today\"}");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode report = json(r);
        assertThat(report.get("postId").asText()).isEqualTo("p-1");
        assertThat(report.get("verdict").asText()).isEqualTo("BLOCK");
        assertThat(report.get("findings").get(0).get("type").asText()).isEqualTo("PHONE_NUMBER");
        assertThat(report.get("findings").get(0).get("location").get("start").asInt()).isEqualTo(5);
        assertThat(report.get("redactedText").asText()).isEqualTo("Call [PHONE] today");
        assertThat(report.has("remediatedImages")).isFalse();
    }

    @Test
    void screen_embeddedImageIsBoxedAndRemediatedImagesComeBackOnRequest() throws Exception {
        Http http = new Http(start());
        String data = Base64.getEncoder().encodeToString(png(64, 48));
        HttpResponse<String> r = http.postJson("/v1/screen?remediatedImages=true",
                "{\"images\": [{\"name\": \"desk.png\", \"data\": \"" + data + "\"}]}");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode report = json(r);
        JsonNode loc = report.get("findings").get(0).get("location");
        assertThat(loc.get("kind").asText()).isEqualTo("image");
        assertThat(loc.get("x").asInt()).isEqualTo(10);
        assertThat(report.get("remediatedImages").get(0).get("name").asText()).isEqualTo("desk.png");
        assertThat(Base64.getDecoder().decode(report.get("remediatedImages").get(0).get("data").asText())).isNotEmpty();
    }

    @Test
    void screen_multipartTakesAPostPartAndOnePartPerImageInOrder() throws Exception {
        Http http = new Http(start());
        String boundary = "b0undary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"post\"\r\n"
                + "Content-Type: application/json\r\n\r\n{\"text\": \"NAMEWORD smiles\"}\r\n").getBytes(StandardCharsets.UTF_8));
        for (String name : List.of("one.png", "two.png")) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"image\"; filename=\"" + name
                    + "\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(png(20, 20));
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = http.send(http.request("/v1/screen")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode findings = json(r).get("findings");
        List<Integer> images = new ArrayList<>();
        findings.forEach(f -> {
            if (f.get("location").get("kind").asText().equals("image")) {
                images.add(f.get("location").get("image").asInt());
            }
        });
        assertThat(images).containsExactlyInAnyOrder(0, 1);
        assertThat(json(r).get("verdict").asText()).isEqualTo("BLOCK");
    }

    @Test
    void batch_streamsOneReportALineInOrderAndABadLineGetsItsError() throws Exception {
        Http http = new Http(start());
        String lines = "{\"id\": \"a\", \"text\": \"fine words\"}\n\n{\"id\": \"b\", \"text\": \"PHONEWORD\"}\n"
                + "{not json\n{\"id\": \"d\", \"text\": \"NAMEWORD\"}";
        HttpResponse<String> r = http.post("/v1/batch", "application/x-ndjson", lines);
        assertThat(r.statusCode()).isEqualTo(200);
        List<String> out = r.body().lines().toList();
        assertThat(out).hasSize(4);
        assertThat(JSON.readTree(out.get(0)).get("verdict").asText()).isEqualTo("ALLOW");
        assertThat(JSON.readTree(out.get(1)).get("postId").asText()).isEqualTo("b");
        assertThat(JSON.readTree(out.get(1)).get("verdict").asText()).isEqualTo("BLOCK");
        JsonNode bad = JSON.readTree(out.get(2));
        assertThat(bad.get("line").asInt()).isEqualTo(4);
        assertThat(bad.get("code").asText()).isEqualTo("INVALID_RECORD");
        assertThat(bad.get("error").asText()).startsWith("line 4: malformed JSON");
        assertThat(JSON.readTree(out.get(3)).get("verdict").asText()).isEqualTo("REVIEW");
    }

    @Test
    void detectors_listsWhatTheScreenerRuns() throws Exception {
        JsonNode body = json(new Http(start()).get("/v1/detectors"));
        assertThat(body.get("detectors")).extracting(d -> d.get("id").asText())
                .containsExactlyInAnyOrder("test-faces", "test-words");
        assertThat(body.get("problems")).isEmpty();
    }

    @Test
    void healthAndMetricsAndOpenApiAnswer() throws Exception {
        Http http = new Http(start());
        assertThat(http.get("/healthz").statusCode()).isEqualTo(200);
        assertThat(http.get("/readyz").statusCode()).isEqualTo(200);
        assertThat(http.get("/openapi.json").statusCode()).isEqualTo(200);
        http.postJson("/v1/screen", "{\"text\": \"PHONEWORD and NAMEWORD\"}");
        String metrics = http.get("/metrics").body();
        assertThat(metrics).contains("privacy_screen_posts_total{verdict=\"BLOCK\"} 1.0")
                .contains("privacy_screen_findings_total{severity=\"HIGH\",type=\"PHONE_NUMBER\"} 1.0")
                .contains("privacy_screen_detector_seconds_count{detector=\"test-words\"}")
                .contains("privacy_screen_queue_depth")
                .contains("privacy_screen_http_requests_seconds_count{method=\"POST\",route=\"/v1/screen\",status=\"200\"}")
                .contains("jvm_memory_used_bytes");
    }

    // ---- 201 and 409 ----

    private JdbcConsentStore store;

    private ConsentLedger ledgerWith(Consent... consents) {
        var db = ConsentDatabase.h2(dir.resolve("consents"));
        store = new JdbcConsentStore(db);
        ConsentLedger ledger = ConsentLedger.builder(store, new JdbcAuditSink(db)).build();
        for (Consent c : consents) {
            ledger.record(c);
        }
        return ledger;
    }

    @Test
    void publications_areAllOrNothingAndSayWhichConsentRefusedAndWhy() throws Exception {
        ConsentLedger ledger = ledgerWith(
                Consent.builder("k-a", "cl-1").permissions(Permission.SHARE).maxUses(5)
                        .evidence(Evidence.Kind.WRITTEN, "f-a").build(),
                Consent.builder("k-b", "cl-2").permissions(Permission.SHARE).channels("facebook")
                        .evidence(Evidence.Kind.WRITTEN, "f-b").build(),
                Consent.builder("k-c", "cl-3").permissions(Permission.SHARE).purposes(org.privacyscreen.Purpose.ADVERT)
                        .evidence(Evidence.Kind.WRITTEN, "f-c").build());
        Http http = new Http(start(b -> b.ledger(ledger, store)));
        HttpResponse<String> wrongChannel = http.postJson("/v1/publications", "{\"postId\": \"p-1\", \"consentIds\":"
                + " [\"k-a\", \"k-b\"], \"channel\": \"instagram\", \"at\": \"2026-11-21T10:00:00Z\"}");
        assertThat(wrongChannel.statusCode()).isEqualTo(409);
        assertThat(json(wrongChannel).get("code").asText()).isEqualTo("CONSENT_DENIED");
        assertThat(json(wrongChannel).get("error").asText()).startsWith("consent k-b does not allow this publication"
                + " (channel)");
        assertThat(store.useCount("k-a")).as("k-a was not counted: all or nothing").isZero();
        HttpResponse<String> socialPost = http.postJson("/v1/publications", "{\"postId\": \"p-2\", \"consentIds\":"
                + " [\"k-c\"], \"channel\": \"x\", \"at\": \"2026-11-21T10:00:00Z\"}");
        assertThat(socialPost.statusCode()).isEqualTo(409);
        assertThat(json(socialPost).get("error").asText()).contains("(purpose)");
        HttpResponse<String> advert = http.postJson("/v1/publications", "{\"postId\": \"p-3\", \"consentIds\":"
                + " [\"k-c\"], \"channel\": \"x\", \"purpose\": \"advert\", \"at\": \"2026-11-21T10:00:00Z\"}");
        assertThat(advert.statusCode()).isEqualTo(201);
        // k-a covers social posts only (the default purpose): the same advert is refused for it
        HttpResponse<String> advertA = http.postJson("/v1/publications", "{\"postId\": \"p-4\", \"consentIds\":"
                + " [\"k-c\", \"k-a\"], \"channel\": \"x\", \"purpose\": \"advert\", \"at\": \"2026-11-21T10:00:00Z\"}");
        assertThat(advertA.statusCode()).isEqualTo(409);
        assertThat(json(advertA).get("error").asText()).startsWith("consent k-a");
        assertThat(store.useCount("k-a")).isZero();
        assertThat(store.useCount("k-c")).isEqualTo(1);
    }

    @Test
    void publications_countsEachUseAndAnswers409OnceTheConsentIsUsedUp() throws Exception {
        ConsentLedger ledger = ledgerWith(Consent.builder("k-1", "cl-1").permissions(Permission.SHARE)
                .channels("instagram").maxUses(1).evidence(Evidence.Kind.WRITTEN, "form-1").build());
        Http http = new Http(start(b -> b.ledger(ledger, store)));
        String body = "{\"postId\": \"p-1\", \"consentIds\": [\"k-1\"], \"channel\": \"instagram\","
                + " \"at\": \"2026-11-21T10:00:00Z\"}";
        HttpResponse<String> first = http.postJson("/v1/publications", body);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(json(first).get("recorded")).extracting(JsonNode::asText).containsExactly("k-1");
        HttpResponse<String> second = http.postJson("/v1/publications", body.replace("p-1", "p-2"));
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(json(second).get("code").asText()).isEqualTo("CONSENT_EXHAUSTED");
        assertThat(ledger.publicationsOf("cl-1")).hasSize(1);
    }

    @Test
    void publications_concurrentRequestsNeverExceedMaxUses() throws Exception {
        ConsentLedger ledger = ledgerWith(Consent.builder("k-2", "cl-1").permissions(Permission.SHARE)
                .maxUses(3).evidence(Evidence.Kind.WRITTEN, "form-2").build());
        Http http = new Http(start(b -> b.ledger(ledger, store)));
        List<CompletableFuture<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String body = "{\"postId\": \"p-" + i + "\", \"consentIds\": [\"k-2\"], \"channel\": \"facebook\","
                    + " \"at\": \"2026-11-21T10:00:00Z\"}";
            calls.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return http.postJson("/v1/publications", body).statusCode();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        List<Integer> codes = calls.stream().map(CompletableFuture::join).toList();
        assertThat(codes).filteredOn(c -> c == 201).hasSize(3);
        assertThat(codes).filteredOn(c -> c == 409).hasSize(5);
        assertThat(ledger.publicationsOf("cl-1")).hasSize(3);
    }

    @Test
    void publications_withoutALedgerAre409ReadOnly() throws Exception {
        HttpResponse<String> r = new Http(start()).postJson("/v1/publications", "{\"postId\": \"p-1\","
                + " \"consentIds\": [\"k-1\"], \"channel\": \"instagram\", \"at\": \"2026-11-21T10:00:00Z\"}");
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(json(r).get("code").asText()).isEqualTo("READ_ONLY");
    }

    // ---- 400 ----

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"text\": ",
        "{\"text\": \"hi\", \"images\": [\"/etc/passwd\"]}",
        "{\"text\": \"hi\", \"subject\": [\"cl-1\"]}",
        "{\"text\": \"hi\", \"purpose\": \"gossip\"}",
        "{}",
        "[1, 2]"
    })
    void screen_badInputIs400WithErrorAndCode(String body) throws Exception {
        HttpResponse<String> r = new Http(start()).postJson("/v1/screen", body);
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode error = json(r);
        assertThat(error.get("code").asText()).isEqualTo("INVALID_RECORD");
        assertThat(error.get("error").asText()).startsWith("request").doesNotContain("\n");
        assertThat(error.size()).isEqualTo(2);
    }

    @Test
    void publications_unknownConsentIs400AndAMissingFieldToo() throws Exception {
        ConsentLedger ledger = ledgerWith(Consent.builder("k-1", "cl-1").permissions(Permission.SHARE)
                .evidence(Evidence.Kind.WRITTEN, "f").build());
        Http http = new Http(start(b -> b.ledger(ledger, store)));
        HttpResponse<String> unknown = http.postJson("/v1/publications", "{\"postId\": \"p\", \"consentIds\":"
                + " [\"nobody\"], \"channel\": \"x\", \"at\": \"2026-11-21T10:00:00Z\"}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json(unknown).get("code").asText()).isEqualTo("UNKNOWN_REFERENCE");
        HttpResponse<String> missing = http.postJson("/v1/publications", "{\"postId\": \"p\", \"channel\": \"x\","
                + " \"at\": \"2026-11-21T10:00:00Z\"}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(json(missing).get("error").asText()).startsWith("request: consentIds: is required");
    }

    // ---- 401 ----

    @Test
    void withKeys_aMissingOrUnknownKeyIs401AndTheRightOneIsLetIn() throws Exception {
        Http http = new Http(start(b -> b.apiKeys(ApiKeys.of(Map.of("cms", "s3cret-key-1")))));
        HttpResponse<String> none = http.postJson("/v1/screen", "{\"text\": \"hi\"}");
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(json(none).get("code").asText()).isEqualTo("UNAUTHORIZED");
        assertThat(http.postJson("/v1/screen", "{\"text\": \"hi\"}", "Authorization", "Bearer s3cret-key-2")
                .statusCode()).isEqualTo(401);
        assertThat(http.get("/v1/directory", "Authorization", "Basic czNjcmV0LWtleS0x").statusCode()).isEqualTo(401);
        assertThat(http.postJson("/v1/screen", "{\"text\": \"hi\"}", "Authorization", "Bearer s3cret-key-1")
                .statusCode()).isEqualTo(200);
        // the page, health and metrics need no key
        assertThat(http.get("/").statusCode()).isEqualTo(200);
        assertThat(http.get("/healthz").statusCode()).isEqualTo(200);
    }

    // ---- 413 ----

    @Test
    void aBodyOverTheLimitIs413BeforeItIsRead() throws Exception {
        Http http = new Http(start(b -> b.settings(ServerSettings.builder().port(0).maxRequestBytes(4096).build())));
        String big = "{\"text\": \"" + "a".repeat(10_000) + "\"}";
        HttpResponse<String> declared = http.postJson("/v1/screen", big);
        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(json(declared).get("code").asText()).isEqualTo("REQUEST_TOO_LARGE");
        // sent in chunks, with no Content-Length: refused while reading
        HttpResponse<String> chunked = http.send(http.request("/v1/screen").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(
                        big.getBytes(StandardCharsets.UTF_8)))).build());
        assertThat(chunked.statusCode()).isEqualTo(413);
    }

    @Test
    void textOverThePolicyLimitIs413WithTheLibrarysCode() throws Exception {
        var screener = org.privacyscreen.Screener.builder().discover(false).policy(ScreeningPolicy.builder()
                .limits(new ScreeningPolicy.Limits(1_000_000, 1_000_000, 20)).build()).build();
        HttpResponse<String> r = new Http(start(b -> b.screener(screener))).postJson("/v1/screen",
                "{\"text\": \"" + "word ".repeat(10) + "\"}");
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(json(r).get("code").asText()).isEqualTo("TEXT_TOO_LONG");
    }

    // ---- 429 ----

    @Test
    void tooManyRequestsFromOneKeyIs429WithRetryAfter() throws Exception {
        Http http = new Http(start(b -> b.apiKeys(ApiKeys.of(Map.of("a", "key-a", "b", "key-b")))
                .settings(ServerSettings.builder().port(0).requestsPerMinute(2).build())));
        String[] a = {"Authorization", "Bearer key-a"};
        assertThat(http.get("/v1/advice", a).statusCode()).isEqualTo(200);
        assertThat(http.get("/v1/advice", a).statusCode()).isEqualTo(200);
        HttpResponse<String> third = http.get("/v1/advice", a);
        assertThat(third.statusCode()).isEqualTo(429);
        assertThat(third.headers().firstValue("Retry-After")).hasValueSatisfying(s ->
                assertThat(Long.parseLong(s)).isBetween(1L, 60L));
        assertThat(json(third).get("code").asText()).isEqualTo("RATE_LIMITED");
        // another key has its own bucket
        assertThat(http.get("/v1/advice", "Authorization", "Bearer key-b").statusCode()).isEqualTo(200);
    }

    // ---- 503 ----

    @Test
    void aFullQueueIs503WithRetryAfterAndTheAdmittedPostsFinish() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        CountDownLatch entered = new CountDownLatch(1);
        Http http = new Http(start(b -> b.screener(TestDetectors.screener(gate, entered))
                .settings(ServerSettings.builder().port(0).workers(1).queue(0).build())));
        CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(() -> {
            try {
                return http.postJson("/v1/screen", "{\"text\": \"WAITWORD PHONEWORD\"}");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(entered.await(20, TimeUnit.SECONDS)).isTrue();
        HttpResponse<String> refused = http.postJson("/v1/screen", "{\"text\": \"hi\"}");
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(json(refused).get("code").asText()).isEqualTo("OVERLOADED");
        gate.countDown();
        assertThat(slow.get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        assertThat(http.postJson("/v1/screen", "{\"text\": \"hi\"}").statusCode()).isEqualTo(200);
    }

    @Test
    void beforeTheScreenerIsBuiltReadyzAndV1Are503AndHealthzIs200() throws Exception {
        CountDownLatch built = new CountDownLatch(1);
        PrivacyScreenServer server = PrivacyScreenServer.builder().settings(ServerSettings.builder().port(0).build())
                .screener(() -> {
                    built.await(20, TimeUnit.SECONDS);
                    return TestDetectors.screener();
                }).build().start();
        started.add(server);
        Http http = new Http(server);
        assertThat(http.get("/healthz").statusCode()).isEqualTo(200);
        assertThat(http.get("/readyz").statusCode()).isEqualTo(503);
        HttpResponse<String> early = http.postJson("/v1/screen", "{\"text\": \"hi\"}");
        assertThat(early.statusCode()).isEqualTo(503);
        assertThat(json(early).get("code").asText()).isEqualTo("NOT_READY");
        assertThat(early.headers().firstValue("Retry-After")).isPresent();
        built.countDown();
        for (int i = 0; i < 200 && !server.ready(); i++) {
            Thread.sleep(25);
        }
        assertThat(http.get("/readyz").statusCode()).isEqualTo(200);
    }

    @Test
    void stop_finishesThePostsInFlightAndRefusesNewOnes() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        CountDownLatch entered = new CountDownLatch(1);
        PrivacyScreenServer server = start(b -> b.screener(TestDetectors.screener(gate, entered)));
        Http http = new Http(server);
        CompletableFuture<HttpResponse<String>> inFlight = CompletableFuture.supplyAsync(() -> {
            try {
                return http.postJson("/v1/screen", "{\"text\": \"WAITWORD PHONEWORD\"}");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(entered.await(20, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Boolean> stopping = CompletableFuture.supplyAsync(server::stop);
        for (int i = 0; i < 200 && server.ready(); i++) {
            Thread.sleep(10);
        }
        HttpResponse<String> late = http.postJson("/v1/screen", "{\"text\": \"hi\"}");
        assertThat(late.statusCode()).isEqualTo(503);
        assertThat(http.get("/readyz").statusCode()).isEqualTo(503);
        gate.countDown();
        HttpResponse<String> finished = inFlight.get(20, TimeUnit.SECONDS);
        assertThat(finished.statusCode()).isEqualTo(200);
        assertThat(json(finished).get("verdict").asText()).isEqualTo("BLOCK");
        assertThat(stopping.get(20, TimeUnit.SECONDS)).isTrue();
    }

    // ---- the rest of the surface ----

    @Test
    void unknownRoutesAndMethodsAnswerTheErrorBody() throws Exception {
        Http http = new Http(start());
        HttpResponse<String> missing = http.get("/v1/nothing");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json(missing).get("code").asText()).isEqualTo("NOT_FOUND");
        HttpResponse<String> wrongMethod = http.get("/v1/screen");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(json(wrongMethod).get("code").asText()).isEqualTo("METHOD_NOT_ALLOWED");
        HttpResponse<String> wrongType = http.post("/v1/screen", "text/plain", "hello");
        assertThat(wrongType.statusCode()).isEqualTo(415);
    }

    @Test
    void everyAnswerCarriesTheStrictContentSecurityPolicy() throws Exception {
        Http http = new Http(start());
        for (String path : List.of("/", "/page/app.js", "/v1/advice", "/nothing")) {
            HttpResponse<String> r = http.get(path);
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'none'")
                            .contains("script-src 'self'").doesNotContain("unsafe"));
            assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
        assertThat(http.get("/page/index.html").statusCode()).isEqualTo(404);
        assertThat(http.get("/page/..%2Fopenapi.json").statusCode()).isEqualTo(404);
    }
}
