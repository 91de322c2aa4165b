package org.privacyscreen.spi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.privacyscreen.Finding;

/**
 * What a {@link PostRule} concludes: findings it adds, and earlier findings that consent or context covers, each
 * with the reason ("named with written consent c-1"). Covered findings stay in the report as LOW.
 *
 * <p>A covered finding is named by the finding itself, exactly as {@link ScreeningContext#findings()} gave it (findings
 * compare as values); a finding that is not among them is ignored.
 *
 * @param added   new findings; the engine stamps them with the rule's id
 * @param covered earlier findings (as given in {@link ScreeningContext#findings()}) and what covers each
 */
public record RuleResult(List<Finding> added, Map<Finding, String> covered) {
    /** A rule's answer when it has nothing to say. */
    public static final RuleResult NONE = new RuleResult(List.of(), Map.of());

    public RuleResult {
        added = List.copyOf(Objects.requireNonNull(added, "added"));
        covered = Map.copyOf(Objects.requireNonNull(covered, "covered"));
        covered.values().forEach(r -> {
            if (r.isBlank()) {
                throw new IllegalArgumentException("covered: a reason must not be blank");
            }
        });
    }

    /**
     * A builder, for a rule to collect its conclusions in.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects a rule's conclusions. Not thread-safe. */
    public static final class Builder {
        private final List<Finding> added = new ArrayList<>();
        private final Map<Finding, String> covered = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Adds a finding.
         *
         * @param finding the new finding
         * @return this builder
         */
        public Builder add(Finding finding) {
            added.add(Objects.requireNonNull(finding, "finding"));
            return this;
        }

        /**
         * Marks an earlier finding covered; the first reason given for a finding counts.
         *
         * @param finding an element of {@link ScreeningContext#findings()}
         * @param reason  what covers it, such as "named with written consent c-1"; not blank
         * @return this builder
         */
        public Builder cover(Finding finding, String reason) {
            Objects.requireNonNull(finding, "finding");
            Objects.requireNonNull(reason, "reason");
            if (reason.isBlank()) {
                throw new IllegalArgumentException("reason must not be blank");
            }
            covered.putIfAbsent(finding, reason);
            return this;
        }

        /**
         * The result.
         *
         * @return what was added and covered
         */
        public RuleResult build() {
            return new RuleResult(added, covered);
        }
    }
}
