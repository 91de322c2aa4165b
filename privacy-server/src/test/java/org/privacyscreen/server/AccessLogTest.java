package org.privacyscreen.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.privacyscreen.testkit.LogCapture;

/** The access log and everything else the service writes hold no value, post id, path value or key. */
class AccessLogTest {
    @Test
    void logsMethodRouteStatusAndDurationOnly() throws Exception {
        PrivacyScreenServer service = PrivacyScreenServer.builder().screener(TestDetectors.screener())
                .apiKeys(ApiKeys.of(Map.of("cms", "key-7f3a9c")))
                .settings(ServerSettings.builder().port(0).build()).build().start();
        try {
            Http http = new Http(service);
            for (int i = 0; i < 200 && !service.ready(); i++) {
                Thread.sleep(25);
            }
            LogCapture.Captured<Integer> run = LogCapture.during(() -> {
                int ok = http.postJson("/v1/screen?remediatedImages=false", "{\"id\": \"host-post-8812\", \"text\":"
                        + " \"PHONEWORD for Zebulon Quartermaine, 07700 900123\", \"subjects\": [\"client-4471\"]}",
                        "Authorization", "Bearer key-7f3a9c").statusCode();
                http.postJson("/v1/screen", "{\"id\": \"host-post-8813\", \"text\": \"Zebulon\", \"bad\": 1}",
                        "Authorization", "Bearer key-7f3a9c");
                http.postJson("/v1/screen", "{\"text\": \"x\"}", "Authorization", "Bearer wrong-key-55");
                http.get("/page/secret-name-991.js");
                return ok;
            });
            assertThat(run.result()).isEqualTo(200);
            // the test's own HTTP client logs through java.util.logging too: only the server's lines count
            String server = run.output().lines().filter(l -> !l.contains("jdk.internal.httpclient")
                    && !l.contains("java.net.http")).collect(java.util.stream.Collectors.joining("\n"));
            assertThat(server).contains("POST /v1/screen 200").contains("POST /v1/screen 400")
                    .contains("POST /v1/screen 401").contains("GET /page/{name} 404");
            for (String secret : new String[] {"host-post-8812", "Zebulon", "Quartermaine", "07700", "client-4471",
                "key-7f3a9c", "wrong-key-55", "secret-name-991", "remediatedImages"}) {
                assertThat(server).as(secret).doesNotContain(secret);
            }
        } finally {
            service.stop();
        }
    }
}
