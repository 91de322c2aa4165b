package org.privacyscreen;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.privacyscreen.spi.EngagementLog;

/** An immutable {@link EngagementLog}. Thread-safe. */
public final class InMemoryEngagementLog implements EngagementLog {
    private final Map<String, List<Engagement>> byPerson;

    public InMemoryEngagementLog(List<Engagement> engagements) {
        Objects.requireNonNull(engagements, "engagements");
        this.byPerson = engagements.stream().collect(Collectors.groupingBy(Engagement::personId,
                Collectors.collectingAndThen(Collectors.toList(), List::copyOf)));
    }

    @Override
    public List<Engagement> engagementsOf(String personId) {
        return byPerson.getOrDefault(Objects.requireNonNull(personId, "personId"), List.of());
    }
}
