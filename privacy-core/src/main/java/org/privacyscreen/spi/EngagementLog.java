package org.privacyscreen.spi;

import java.util.List;
import org.privacyscreen.Engagement;
import org.privacyscreen.InMemoryEngagementLog;

/** Clients' own interactions with the practice: who made the first public move, where. Must be thread-safe. */
public interface EngagementLog {
    /** A log with no engagements. */
    EngagementLog EMPTY = new InMemoryEngagementLog(List.of());

    /** Every engagement of {@code personId}. */
    List<Engagement> engagementsOf(String personId);
}
