package org.privacyscreen.text.internal.health;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.text.internal.analysis.TextAnalysis;
import org.privacyscreen.text.internal.analysis.TextDetectorBase;
import org.privacyscreen.text.internal.analysis.Token;
import org.privacyscreen.text.internal.names.SentenceSubjects;

/**
 * Conditions, treatments, procedures, medications and results tied to an identifiable person in the same sentence
 * (a name, a handle, a reply to a client, "our patient who ..."). General advice ("Botox can help with migraines")
 * is not a finding.
 */
public final class HealthDetector extends TextDetectorBase {
    /** Determiners that speak of a detail both sides know: "the", "your", "those"... */
    private static final Set<String> KNOWN = Set.of("the", "your", "those", "that", "these", "this", "ur");
    /** Words that frame a term as someone's own condition or treatment. */
    private static final Set<String> PERSONAL_FRAME = Set.of("after", "from", "for", "with", "had", "has",
            "having", "his", "her", "their", "finishes", "finishing", "started", "starts", "recovering");

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
        Map<Integer, Optional<SentenceSubjects.Tie>> bySentence = new HashMap<>();
        for (HealthTerms.Term t : terms.terms) {
            int s = t.first().sentence();
            Optional<SentenceSubjects.Tie> tie = bySentence.computeIfAbsent(s, k -> SentenceSubjects.of(context, k));
            if (tie.isEmpty()) {
                tie = replyTarget(context, a, t).or(() -> staffMember(context, a, t));
            }
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

    /**
     * In a reply, a health detail spoken of as known to both ("the panic attacks", "your knee") is the client's:
     * it may be one the client never made public (rule 4).
     */
    private static Optional<SentenceSubjects.Tie> replyTarget(ScreeningContext context, TextAnalysis a,
                                                              HealthTerms.Term t) {
        Optional<String> target = context.post().inReplyTo();
        if (target.isEmpty()) {
            return Optional.empty();
        }
        Token before = a.previousWord(t.first());
        if (before != null && KNOWN.contains(before.lower())) {
            return Optional.of(new SentenceSubjects.Tie(target, 0.8, "the client the post replies to"));
        }
        return Optional.empty();
    }

    /**
     * A staff member's own health: named in the sentence (or just before, then "she"), with the term framed as
     * something they have or had ("recovering from a stroke", "back after chemo", "treatment for depression").
     */
    private static Optional<SentenceSubjects.Tie> staffMember(ScreeningContext context, TextAnalysis a,
                                                             HealthTerms.Term t) {
        Token w = t.first();
        boolean framed = false;
        for (int k = 0; k < 3 && !framed && w != null; k++) {
            w = a.previousWord(w);
            framed = w != null && PERSONAL_FRAME.contains(w.lower());
        }
        if (!framed) {
            return Optional.empty();
        }
        return SentenceSubjects.staff(context, t.first().sentence())
                .map(p -> new SentenceSubjects.Tie(Optional.of(p.id()), 0.8, "a named member of staff"));
    }
}
