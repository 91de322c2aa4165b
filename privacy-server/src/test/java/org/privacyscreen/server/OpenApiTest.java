package org.privacyscreen.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The OpenAPI description is written by hand; this holds it to the routes the server really registers. */
class OpenApiTest {
    @Test
    void describesExactlyTheRegisteredRoutes() throws Exception {
        PrivacyScreenServer server = PrivacyScreenServer.builder().screener(TestDetectors.screener())
                .settings(ServerSettings.builder().port(0).build()).build().start();
        try {
            JsonNode doc = new ObjectMapper().readTree(new Http(server).get("/openapi.json").body());
            assertThat(doc.get("openapi").asText()).startsWith("3.");
            List<String> described = new ArrayList<>();
            doc.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(m ->
                    described.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey())));
            assertThat(described).containsExactlyInAnyOrderElementsOf(server.routes());
            assertThat(server.routes()).contains("POST /v1/screen", "POST /v1/batch", "POST /v1/publications",
                    "GET /v1/detectors", "GET /healthz", "GET /readyz", "GET /metrics", "GET /openapi.json", "GET /");
        } finally {
            server.stop();
        }
    }

    @Test
    void everyReferenceResolves() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(PrivacyScreenServer.class
                .getResourceAsStream("/org/privacyscreen/server/openapi.json"));
        List<String> refs = new ArrayList<>();
        collect(doc, refs);
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            assertThat(ref).startsWith("#/");
            assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
        }
    }

    private static void collect(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("$ref")) {
                    refs.add(e.getValue().asText());
                } else {
                    collect(e.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, refs));
        }
    }
}
