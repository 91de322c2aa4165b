package org.privacyscreen.spi;

import java.util.List;

/**
 * Receives every decision: append-only. Called on the screening thread after the verdict; must be thread-safe and
 * must not throw (a failure to audit is the sink's to report). Events hold ids and types, never detected values.
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
