package org.privacyscreen.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.Location;
import org.privacyscreen.Severity;

/**
 * Merges overlapping text findings that say the same kind of thing: two name findings on one span become one (a
 * known client beats an unknown person), two number findings too (a checked national id beats a phone-shaped
 * match). Severity never drops in a merge: the survivor is the one the policy rates highest, then the one with a
 * known subject, the more specific type, the higher confidence. It covers the union of the spans, so that redaction
 * misses nothing, and keeps the strongest facts of both: the higher confidence, and a subject, consent id or region
 * that only the other knew.
 */
final class Merger {
    private static final Map<FindingType, Integer> FAMILY = Map.ofEntries(
            Map.entry(FindingType.PERSON_NAME, 1), Map.entry(FindingType.CLIENT_NAME, 1),
            Map.entry(FindingType.PHONE_NUMBER, 2), Map.entry(FindingType.NATIONAL_ID, 2),
            Map.entry(FindingType.MEDICAL_RECORD_NUMBER, 2), Map.entry(FindingType.PAYMENT_CARD, 2));

    private final String text;
    private final Comparator<Finding> better;

    private Merger(String text, Function<Finding, Severity> severity) {
        this.text = text;
        this.better = Comparator.comparing(severity, Comparator.reverseOrder())
                .thenComparing((Finding f) -> f.subject().isPresent(), Comparator.reverseOrder())
                .thenComparing(Merger::rank, Comparator.reverseOrder())
                .thenComparing(Finding::confidence, Comparator.reverseOrder())
                .thenComparing(f -> f.textSpan().map(Location.Text::length).orElse(0), Comparator.reverseOrder());
    }

    /**
     * {@code findings} with overlapping text findings of one kind merged.
     *
     * @param text     the text the spans are in
     * @param severity the severity the policy will give a finding: what "severity never drops" is measured by
     */
    static List<Finding> merge(String text, List<Finding> findings, Function<Finding, Severity> severity) {
        return new Merger(text, severity).merge(findings);
    }

    private List<Finding> merge(List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings.size());
        List<Finding> spans = new ArrayList<>();
        for (Finding f : findings) {
            (f.location() instanceof Location.Text ? spans : out).add(f);
        }
        spans.sort(Comparator.comparingInt((Finding f) -> f.textSpan().orElseThrow().start()));
        List<Finding> kept = new ArrayList<>();
        for (Finding f : spans) {
            boolean merged = false;
            for (int i = 0; i < kept.size(); i++) {
                Finding k = kept.get(i);
                if (sameKind(k, f) && k.textSpan().orElseThrow().overlaps(f.textSpan().orElseThrow())) {
                    kept.set(i, combine(k, f));
                    merged = true;
                    break;
                }
            }
            if (!merged) {
                kept.add(f);
            }
        }
        out.addAll(kept);
        return out;
    }

    private static boolean sameKind(Finding a, Finding b) {
        if (a.type() == b.type()) {
            return true;
        }
        Integer fa = FAMILY.get(a.type());
        return fa != null && fa.equals(FAMILY.get(b.type()));
    }

    private Finding combine(Finding a, Finding b) {
        boolean aWins = better.compare(a, b) <= 0;
        Finding best = aWins ? a : b;
        Finding other = aWins ? b : a;
        Location.Text sa = a.textSpan().orElseThrow();
        Location.Text sb = b.textSpan().orElseThrow();
        int start = Math.min(sa.start(), sb.start());
        int end = Math.max(sa.end(), sb.end());
        boolean sameSpan = best.textSpan().orElseThrow().equals(Location.text(start, end));
        boolean stronger = other.confidence() > best.confidence()
                || best.subject().isEmpty() && other.subject().isPresent()
                || best.consentId().isEmpty() && other.consentId().isPresent()
                || best.region().isEmpty() && other.region().isPresent();
        if (sameSpan && !stronger) {
            return best;
        }
        Finding.Builder merged = best.toBuilder().span(text, start, end)
                .confidence(Math.max(best.confidence(), other.confidence()));
        if (best.subject().isEmpty()) {
            other.subject().ifPresent(merged::subject);
        }
        if (best.consentId().isEmpty()) {
            other.consentId().ifPresent(merged::consentId);
        }
        if (best.region().isEmpty()) {
            other.region().ifPresent(merged::region);
        }
        return merged.build();
    }

    private static int rank(Finding f) {
        return switch (f.type()) {
            case CLIENT_NAME, NATIONAL_ID -> 3;
            case PAYMENT_CARD, MEDICAL_RECORD_NUMBER -> 2;
            default -> 1;
        };
    }
}
