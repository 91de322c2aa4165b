package org.privacyscreen.corpus;

import java.util.EnumSet;
import java.util.Set;
import org.privacyscreen.FindingType;
import org.privacyscreen.Verdict;

/**
 * What the screener made of one labelled post.
 *
 * @param post  the labelled post
 * @param got   the verdict
 * @param found the types found at MEDIUM or HIGH (LOW is information only: covered or below the bar)
 */
record Outcome(LabelledPost post, Verdict got, Set<FindingType> found) {
    Outcome {
        found = found.isEmpty() ? Set.of() : Set.copyOf(found);
    }

    /** Labelled types the screener did not find. */
    Set<FindingType> missing() {
        Set<FindingType> out = EnumSet.allOf(FindingType.class);
        out.retainAll(post.expect().types());
        out.removeAll(found);
        return out;
    }

    /** Found types neither labelled nor allowed: false alarms. */
    Set<FindingType> unexpected() {
        Set<FindingType> out = EnumSet.allOf(FindingType.class);
        out.retainAll(found);
        out.removeAll(post.expect().types());
        out.removeAll(post.expect().allow());
        return out;
    }

    boolean verdictRight() {
        return got == post.expect().verdict();
    }

    /** Right verdict, every labelled type found, nothing unexpected. */
    boolean clean() {
        return verdictRight() && missing().isEmpty() && unexpected().isEmpty();
    }
}
