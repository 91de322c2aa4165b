package org.privacyscreen.text.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.spi.ScreeningContext;

/**
 * Conditions, treatments, procedures, medications and results tied to an identifiable person in the same sentence
 * (a name, a handle, a reply to a client, "our patient who ..."). General advice ("Botox can help with migraines")
 * is not a finding.
 */
final class HealthDetector extends Base {
    HealthDetector() {
        super("health-information");
    }

    @Override
    List<Finding> find(ScreeningContext context) {
        HealthTerms terms = HealthTerms.of(context);
        if (terms.terms.isEmpty()) {
            return List.of();
        }
        Analysis a = Analysis.of(context);
        List<Finding> out = new ArrayList<>();
        java.util.Map<Integer, Optional<Ties.Tie>> bySentence = new java.util.HashMap<>();
        for (HealthTerms.Term t : terms.terms) {
            Optional<Ties.Tie> tie = bySentence.computeIfAbsent(t.first().sentence(), s -> Ties.of(context, s));
            if (tie.isEmpty()) {
                continue;
            }
            int[] span = a.original(t.first(), t.last());
            Finding.Builder b = finding(context, FindingType.HEALTH_INFORMATION, span[0], span[1])
                    .confidence(tie.get().confidence())
                    .message("Health information (a condition, treatment or result) tied to " + tie.get().why() + ".");
            tie.get().subject().ifPresent(b::subject);
            out.add(b.build());
        }
        return out;
    }
}
