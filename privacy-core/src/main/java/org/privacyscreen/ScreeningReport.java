package org.privacyscreen;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What screening found in one post, and the decision. Immutable.
 *
 * @param postId     the post's id
 * @param verdict    ALLOW, REVIEW or BLOCK
 * @param findings   every finding, worst first, covered ones included as LOW
 * @param remediated the post with text redacted and, where an image remediator is present, images blurred and
 *                   stripped of metadata
 * @param timings    time each detector and rule took, by id, in run order
 */
public record ScreeningReport(String postId, Verdict verdict, List<Finding> findings, Post remediated,
                              Map<String, Duration> timings) {

    /** Worst first, then by position in the text. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity).reversed()
            .thenComparing(f -> f.textSpan().map(Location.Text::start).orElse(Integer.MAX_VALUE))
            .thenComparing(f -> f.type().ordinal());

    public ScreeningReport {
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(verdict, "verdict");
        findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
        Objects.requireNonNull(remediated, "remediated");
        timings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(
                Objects.requireNonNull(timings, "timings")));
    }

    /** The redacted text, when the post has text. */
    public Optional<String> redactedText() {
        return remediated.text().isEmpty() ? Optional.empty() : Optional.of(remediated.text());
    }

    /** The findings of {@code type}. */
    public List<Finding> findings(FindingType type) {
        return findings.stream().filter(f -> f.type() == type).toList();
    }

    /** Whether any finding has {@code type}. */
    public boolean has(FindingType type) {
        return findings.stream().anyMatch(f -> f.type() == type);
    }
}
