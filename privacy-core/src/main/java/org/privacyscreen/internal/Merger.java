package org.privacyscreen.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.Location;

/**
 * Merges overlapping text findings that say the same kind of thing: two name findings on one span become one (a
 * known client beats an unknown person), two number findings too (a checked national id beats a phone-shaped
 * match). The survivor covers the union of the spans so that redaction misses nothing.
 */
final class Merger {
    private static final Map<FindingType, Integer> FAMILY = Map.ofEntries(
            Map.entry(FindingType.PERSON_NAME, 1), Map.entry(FindingType.CLIENT_NAME, 1),
            Map.entry(FindingType.PHONE_NUMBER, 2), Map.entry(FindingType.NATIONAL_ID, 2),
            Map.entry(FindingType.MEDICAL_RECORD_NUMBER, 2), Map.entry(FindingType.PAYMENT_CARD, 2));

    /** Better first: a known subject, a more specific type, higher confidence, longer span. */
    private static final Comparator<Finding> BETTER = Comparator
            .comparing((Finding f) -> f.subject().isPresent()).reversed()
            .thenComparing(Merger::rank, Comparator.reverseOrder())
            .thenComparing(Finding::confidence, Comparator.reverseOrder())
            .thenComparing(f -> f.textSpan().map(Location.Text::length).orElse(0), Comparator.reverseOrder());

    private Merger() {
    }

    static List<Finding> merge(String text, List<Finding> findings) {
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
                    kept.set(i, combine(text, k, f));
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

    private static Finding combine(String text, Finding a, Finding b) {
        Finding best = BETTER.compare(a, b) <= 0 ? a : b;
        Location.Text sa = a.textSpan().orElseThrow();
        Location.Text sb = b.textSpan().orElseThrow();
        int start = Math.min(sa.start(), sb.start());
        int end = Math.max(sa.end(), sb.end());
        if (best.textSpan().orElseThrow().equals(Location.text(start, end))) {
            return best;
        }
        return best.toBuilder().span(text, start, end).build();
    }

    private static int rank(Finding f) {
        return switch (f.type()) {
            case CLIENT_NAME, NATIONAL_ID -> 3;
            case PAYMENT_CARD, MEDICAL_RECORD_NUMBER -> 2;
            default -> 1;
        };
    }
}
