package org.privacyscreen.server.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.privacyscreen.Consent;
import org.privacyscreen.ConsentUse;
import org.privacyscreen.ErrorCode;
import org.privacyscreen.Purpose;
import org.privacyscreen.consent.ConsentLedger;
import org.privacyscreen.json.PostJson;
import org.privacyscreen.json.internal.Fields;
import org.privacyscreen.json.internal.JsonText;
import org.privacyscreen.spi.ConsentStore;

/**
 * {@code POST /v1/publications}: the host is publishing a post; count one use of each consent it relies on (a
 * report's {@code consentsUsed}), all or nothing, atomically with the check (the ledger's check-and-count: period in
 * the practice's time zone, channel, purpose, share permission, revocation, {@code maxUses}; two publications at once
 * never exceed a limit). 201 when every consent took its use; 409 when one does not allow it now, naming the consent
 * and the reason, with nothing counted.
 *
 * <p>Without a ledger (the service runs on a read-only context file) nothing can be counted, and every publication
 * is answered 409 {@code READ_ONLY}: a use counted only in memory would be forgotten at the next start, and
 * {@code maxUses} would no longer hold. The host must then not publish on the service's word.
 */
public final class PublicationRoute {
    /** The ledger and the store it counts in (read again to say why a use was refused). */
    public record Ledger(ConsentLedger ledger, ConsentStore store) {
    }

    private final Optional<Ledger> ledger;
    private final long maxBytes;

    public PublicationRoute(Optional<Ledger> ledger, long maxBytes) {
        this.ledger = ledger;
        this.maxBytes = maxBytes;
    }

    public void publish(Context ctx) throws IOException {
        Bodies.requireJson(ctx);
        Fields f = Fields.of(Bodies.json(ctx, maxBytes, "request"), "request", "");
        String postId = f.str("postId");
        if (!f.has("consentIds")) {
            throw f.bad("consentIds", "is required (the report's consentsUsed; [] when there are none)");
        }
        List<String> consentIds = new ArrayList<>(new LinkedHashSet<>(f.strings("consentIds")));
        String channel = PostJson.channel(f.str("channel"), "request: channel");
        Instant at = f.instant("at").orElseThrow(() -> f.bad("at", "is required"));
        Purpose purpose = f.optStr("purpose").map(p -> PostJson.purpose(p, "request: purpose"))
                .orElse(Purpose.SOCIAL_POST);
        f.rejectOthers();
        Ledger l = ledger.orElseThrow(() -> new ApiError(409, ApiError.READ_ONLY, "the service runs on a"
                + " read-only context file (--context): it cannot count publications; start it on the consent"
                + " database to publish"));
        List<ConsentUse> uses = consentIds.stream().map(id -> new ConsentUse(id, postId, channel, purpose, at,
                l.ledger().timeZone())).toList();
        if (!l.ledger().recordPublications(uses)) {
            throw refused(l, uses);
        }
        ObjectNode o = JsonText.MAPPER.createObjectNode();
        o.put("postId", postId);
        consentIds.forEach(o.putArray("recorded")::add);
        Answers.json(ctx, 201, o);
    }

    /** The 409 for a refused publication: the first consent that does not allow its use now, and why. */
    private static ApiError refused(Ledger l, List<ConsentUse> uses) {
        Instant now = Instant.now();
        for (ConsentUse use : uses) {
            Optional<Consent.Denial> denial = l.store().find(use.consentId())
                    .flatMap(c -> c.denial(use, l.store().useCount(use.consentId()), now));
            if (denial.isPresent()) {
                return new ApiError(409, code(denial.get()), "consent " + use.consentId() + " does not allow this"
                        + " publication (" + denial.get().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + "): do not publish; nothing was counted");
            }
        }
        // refused under a limit another publication reached between the count and this read
        return new ApiError(409, ErrorCode.CONSENT_EXHAUSTED.name(), "a consent this post relies on was used up"
                + " meanwhile: do not publish; nothing was counted");
    }

    private static String code(Consent.Denial d) {
        return d == Consent.Denial.EXHAUSTED ? ErrorCode.CONSENT_EXHAUSTED.name() : ApiError.CONSENT_DENIED;
    }
}
