package org.privacyscreen.consent;

import java.util.List;
import java.util.Objects;
import org.privacyscreen.FindingType;
import org.privacyscreen.Verdict;

/**
 * A published post that breaches now: what the sweep says should come down, why and whom it concerns.
 *
 * @param postId   the published post
 * @param verdict  BLOCK when it breaches; REVIEW when it could not be checked (a failed detector)
 * @param reasons  the finding types that make it breach, each once, in the order of {@link FindingType}
 * @param subjects ids of the clients and staff concerned, each once, sorted
 */
public record Takedown(String postId, Verdict verdict, List<FindingType> reasons, List<String> subjects) {
    public Takedown {
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(verdict, "verdict");
        reasons = reasons.stream().distinct().sorted().toList();
        subjects = subjects.stream().distinct().sorted().toList();
        if (verdict == Verdict.ALLOW) {
            throw new IllegalArgumentException("verdict: a post that may stay up is not a takedown");
        }
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("reasons: a takedown says why");
        }
    }
}
