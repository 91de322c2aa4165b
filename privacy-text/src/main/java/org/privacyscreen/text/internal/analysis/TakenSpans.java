package org.privacyscreen.text.internal.analysis;

import java.util.Map;
import java.util.TreeMap;

/**
 * Disjoint spans already reported, so that a later, overlapping match of another pattern is skipped: a look-up in
 * log time, where a scan of every earlier finding made posts with thousands of matches quadratic. Not thread-safe:
 * one per detector call.
 */
public final class TakenSpans {
    private final TreeMap<Integer, Integer> spans = new TreeMap<>();

    /** Whether {@code [start, end)} overlaps a span taken before. */
    public boolean overlaps(int start, int end) {
        Map.Entry<Integer, Integer> before = spans.floorEntry(end - 1);
        return before != null && before.getValue() > start;
    }

    /** Takes {@code [start, end)} unless it overlaps a span taken before; whether it was taken. */
    public boolean take(int start, int end) {
        if (end <= start || overlaps(start, end)) {
            return false;
        }
        spans.put(start, end);
        return true;
    }
}
