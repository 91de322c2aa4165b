package org.privacyscreen.spi;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the audit trail: what happened, when, to which post, person and consent. Holds no detected value.
 *
 * @param at        when
 * @param action    what happened: screened, published, revoked, refused, override, ...
 * @param postId    the post, where one is concerned
 * @param personId  the person, where one is concerned
 * @param consentId the consent, where one is concerned
 * @param detail    a plain description (verdict, finding types, reason); never a detected value, and no id: ids
 *                  go in the fields above
 */
public record AuditEvent(Instant at, String action, Optional<String> postId, Optional<String> personId,
                         Optional<String> consentId, String detail) {
    public AuditEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(consentId, "consentId");
        Objects.requireNonNull(detail, "detail");
        if (action.isBlank()) {
            throw new IllegalArgumentException("action must not be blank");
        }
    }
}
