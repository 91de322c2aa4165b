package org.privacyscreen.text.internal.health;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.text.internal.analysis.TextAnalysis;
import org.privacyscreen.text.internal.analysis.TextDetectorBase;
import org.privacyscreen.text.internal.names.SentenceSubjects;

/**
 * Conditions, treatments, procedures, medications and results tied to an identifiable person in the same sentence
 * (a name, a handle, a reply to a client, "our patient who ..."). General advice ("Botox can help with migraines")
 * is not a finding.
 */
public final class HealthDetector extends TextDetectorBase {
    public HealthDetector() {
        super("health-information");
    }

    @Override
    protected List<Finding> find(ScreeningContext context) {
        HealthTerms terms = HealthTerms.of(context);
        if (terms.terms.isEmpty()) {
            return List.of();
        }
        TextAnalysis a = TextAnalysis.of(context);
        List<Finding> out = new ArrayList<>();
        java.util.Map<Integer, Optional<SentenceSubjects.Tie>> bySentence = new java.util.HashMap<>();
        for (HealthTerms.Term t : terms.terms) {
            Optional<SentenceSubjects.Tie> tie = bySentence.computeIfAbsent(t.first().sentence(), s -> SentenceSubjects.of(context, s));
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
