package org.privacyscreen.corpus;

import java.util.EnumSet;
import java.util.Set;
import org.privacyscreen.FindingType;
import org.privacyscreen.Verdict;

/**
 * What the seeds and CONTRACT.md say a post must get.
 *
 * @param verdict the verdict
 * @param types   types that must be found at MEDIUM or HIGH
 * @param absent  types the post is a near-miss of: they must not be found at MEDIUM or HIGH
 * @param allow   types a careful reader could also report: found, they are neither right nor wrong
 */
record Expectation(Verdict verdict, Set<FindingType> types, Set<FindingType> absent, Set<FindingType> allow) {
    Expectation {
        types = Set.copyOf(types);
        absent = Set.copyOf(absent);
        allow = Set.copyOf(allow);
        Set<FindingType> overlap = EnumSet.noneOf(FindingType.class);
        overlap.addAll(types);
        overlap.retainAll(absent);
        overlap.addAll(intersect(types, allow));
        overlap.addAll(intersect(absent, allow));
        if (!overlap.isEmpty()) {
            throw new IllegalArgumentException("a type is listed twice in an expectation: " + overlap);
        }
    }

    private static Set<FindingType> intersect(Set<FindingType> a, Set<FindingType> b) {
        Set<FindingType> out = a.isEmpty() ? EnumSet.noneOf(FindingType.class) : EnumSet.copyOf(a);
        out.retainAll(b);
        return out;
    }
}
