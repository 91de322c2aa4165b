package org.privacyscreen.consent;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.privacyscreen.spi.AuditEvent;
import org.privacyscreen.spi.AuditSink;

/** An append-only audit trail in memory that can list a person's events. Thread-safe. */
public final class InMemoryAuditTrail implements AuditSink {
    private final List<AuditEvent> events = new ArrayList<>();

    @Override
    public synchronized void record(AuditEvent event) {
        events.add(Objects.requireNonNull(event, "event"));
    }

    @Override
    public synchronized List<AuditEvent> eventsOf(String personId) {
        Objects.requireNonNull(personId, "personId");
        return events.stream().filter(e -> e.personId().filter(personId::equals).isPresent()).toList();
    }

    /** Every event, oldest first. */
    public synchronized List<AuditEvent> events() {
        return List.copyOf(events);
    }
}
