package org.privacyscreen.server.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.privacyscreen.ErrorCode;
import org.privacyscreen.consent.ConsentLedger;
import org.privacyscreen.json.PostJson;
import org.privacyscreen.json.internal.Fields;
import org.privacyscreen.json.internal.JsonText;

/**
 * {@code POST /v1/publications}: the host published a post; count one use of each consent it relied on (a report's
 * {@code consentsUsed}). 201 when every consent took the use; 409 when one was revoked, expired or used up meanwhile
 * (the ledger's atomic check-and-count: two publications at once never exceed {@code maxUses}).
 *
 * <p>Without a ledger (the service runs on a read-only context file) nothing can be counted, and every publication
 * is answered 409 {@code READ_ONLY}: a use counted only in memory would be forgotten at the next start, and
 * {@code maxUses} would no longer hold. The host must then not publish on the service's word.
 */
public final class PublicationRoute {
    private final Optional<ConsentLedger> ledger;
    private final long maxBytes;

    public PublicationRoute(Optional<ConsentLedger> ledger, long maxBytes) {
        this.ledger = ledger;
        this.maxBytes = maxBytes;
    }

    public void publish(Context ctx) throws IOException {
        Bodies.requireJson(ctx);
        Fields f = Fields.of(Bodies.json(ctx, maxBytes, "request"), "request", "");
        String postId = f.str("postId");
        List<String> consentIds = new ArrayList<>(new LinkedHashSet<>(f.strings("consentIds")));
        if (!f.has("consentIds")) {
            throw f.bad("consentIds", "is required (the report's consentsUsed; [] when there are none)");
        }
        String channel = PostJson.channel(f.str("channel"), "request: channel");
        Instant at = f.instant("at").orElseThrow(() -> f.bad("at", "is required"));
        f.rejectOthers();
        ConsentLedger l = ledger.orElseThrow(() -> new ApiError(409, ApiError.READ_ONLY, "the service runs on a"
                + " read-only context file (--context): it cannot count publications; start it on the consent"
                + " database to publish"));
        List<String> recorded = new ArrayList<>();
        for (String id : consentIds) {
            if (!l.recordPublication(id, postId, channel, at)) {
                throw new ApiError(409, ErrorCode.CONSENT_EXHAUSTED.name(), "consent " + id
                        + " was refused, revoked or used up: do not publish" + (recorded.isEmpty() ? ""
                        : " (the uses counted before it stay counted)"));
            }
            recorded.add(id);
        }
        ObjectNode o = JsonText.MAPPER.createObjectNode();
        o.put("postId", postId);
        recorded.forEach(o.putArray("recorded")::add);
        Answers.json(ctx, 201, o);
    }
}
