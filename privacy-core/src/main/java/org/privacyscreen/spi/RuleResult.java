package org.privacyscreen.spi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.privacyscreen.Finding;

/**
 * What a {@link PostRule} concludes: findings it adds, and earlier findings that consent or context covers, each
 * with the reason ("named with written consent c-1"). Covered findings stay in the report as LOW.
 *
 * <p>A covered finding is named by the finding itself, exactly as {@link ScreeningContext#findings()} gave it (findings
 * compare as values); a finding that is not among them is ignored.
 *
 * @param added            new findings; the engine stamps them with the rule's id
 * @param covered          earlier findings (as given in {@link ScreeningContext#findings()}) and what covers each
 * @param coveringConsents of the covered findings, those a consent record covers, and that record's id
 * @param consentsUsed     ids of the consent records the post relies on: a host that publishes it counts one use of
 *                         each
 */
public record RuleResult(List<Finding> added, Map<Finding, String> covered, Map<Finding, String> coveringConsents,
                         Set<String> consentsUsed) {
    /** A rule's answer when it has nothing to say. */
    public static final RuleResult NONE = new RuleResult(List.of(), Map.of());

    public RuleResult {
        added = List.copyOf(Objects.requireNonNull(added, "added"));
        covered = Map.copyOf(Objects.requireNonNull(covered, "covered"));
        coveringConsents = Map.copyOf(Objects.requireNonNull(coveringConsents, "coveringConsents"));
        consentsUsed = Set.copyOf(Objects.requireNonNull(consentsUsed, "consentsUsed"));
        covered.values().forEach(r -> {
            if (r.isBlank()) {
                throw new IllegalArgumentException("covered: a reason must not be blank");
            }
        });
        for (Finding f : coveringConsents.keySet()) {
            if (!covered.containsKey(f)) {
                throw new IllegalArgumentException("coveringConsents: a finding that is not covered");
            }
        }
    }

    /** A result that adds and covers, relying on no consent record. */
    public RuleResult(List<Finding> added, Map<Finding, String> covered) {
        this(added, covered, Map.of(), Set.of());
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
        private final Map<Finding, String> coveringConsents = new LinkedHashMap<>();
        private final Set<String> consentsUsed = new LinkedHashSet<>();

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
         * Marks an earlier finding covered by consent record {@code consentId}, which the post then relies on; the
         * first reason given for a finding counts. The id goes to the finding's {@code consentId}, never into its
         * message: do not repeat it in {@code reason}.
         *
         * @param finding   an element of {@link ScreeningContext#findings()}
         * @param reason    what covers it, such as "named with written consent"; not blank
         * @param consentId the consent record's id
         * @return this builder
         */
        public Builder cover(Finding finding, String reason, String consentId) {
            Objects.requireNonNull(consentId, "consentId");
            if (!covered.containsKey(finding)) {
                cover(finding, reason);
                coveringConsents.put(finding, consentId);
            }
            return relyOn(consentId);
        }

        /**
         * Notes that the post relies on consent record {@code consentId}: a host that publishes the post counts one
         * use of it.
         *
         * @param consentId the consent record's id; not blank
         * @return this builder
         */
        public Builder relyOn(String consentId) {
            Objects.requireNonNull(consentId, "consentId");
            if (consentId.isBlank()) {
                throw new IllegalArgumentException("consentId must not be blank");
            }
            consentsUsed.add(consentId);
            return this;
        }

        /**
         * The result.
         *
         * @return what was added and covered
         */
        public RuleResult build() {
            return new RuleResult(added, covered, coveringConsents, consentsUsed);
        }
    }
}
