package org.privacyscreen.spi;

import java.util.List;

/**
 * Receives every decision: append-only. Called once per screened post, after the verdict and before the report is
 * returned, on the thread that called {@code screen()} (a pool thread for {@code screenAsync()}); must be
 * thread-safe. A sink that cannot record the event throws: {@code screen()} then throws {@code AUDIT_FAILED} and
 * gives no report, since a decision that is not on record must not be acted on. Events hold ids in their own fields
 * ({@code postId}, {@code personId}, {@code consentId}) and types in {@code detail}; never a detected value, and no
 * id in {@code detail}.
 */
public interface AuditSink {
    /** A sink that keeps nothing. */
    AuditSink NONE = event -> { };

    void record(AuditEvent event);

    /** Events recorded so far for {@code personId}, oldest first, where the sink can read them back. */
    default List<AuditEvent> eventsOf(String personId) {
        return List.of();
    }
}
