package org.privacyscreen.server.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.privacyscreen.json.internal.JsonText;

/** Writes JSON answers and the error body {@code {"error", "code"}}. */
public final class Answers {
    private Answers() {
    }

    public static void json(Context ctx, int status, JsonNode body) {
        try {
            ctx.status(status).contentType("application/json").result(JsonText.MAPPER.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    public static void error(Context ctx, ApiError e) {
        ObjectNode o = JsonText.MAPPER.createObjectNode();
        o.put("error", e.getMessage());
        o.put("code", e.code());
        if (e.retryAfterSeconds() >= 0) {
            ctx.header("Retry-After", Long.toString(Math.max(1, e.retryAfterSeconds())));
        }
        json(ctx, e.status(), o);
    }
}
