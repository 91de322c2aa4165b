package org.privacyscreen.text.normalise;

import java.util.Objects;

/**
 * One normalised view of a post's text: the normalised characters and, for each, the span of the original text it
 * came from (UTF-16 offsets, end exclusive). Immutable.
 */
public final class TextView {
    private final String text;
    private final int[] starts;
    private final int[] ends;

    TextView(String text, int[] starts, int[] ends) {
        this.text = Objects.requireNonNull(text, "text");
        if (starts.length != text.length() || ends.length != text.length()) {
            throw new IllegalArgumentException("offset map must have one entry a character");
        }
        this.starts = starts;
        this.ends = ends;
    }

    /** A view with other characters of the same length and the same offset map (a substitution view). */
    TextView withText(String other) {
        if (other == text) {
            return this;
        }
        return new TextView(other, starts, ends);
    }

    /** The normalised characters. */
    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** Where character {@code i} of this view starts in the original text. */
    public int originalStart(int i) {
        Objects.checkIndex(i, text.length());
        return starts[i];
    }

    /** Where character {@code i} of this view ends (exclusive) in the original text. */
    public int originalEnd(int i) {
        Objects.checkIndex(i, text.length());
        return ends[i];
    }

    /**
     * The first index of this view whose character starts at or after original offset {@code original}, or
     * {@link #length()} when none does: how a position found in another view is found in this one.
     */
    public int indexAtOrAfter(int original) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < original) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The original span {@code [start, end)} covering view characters {@code [start, end)}; as an array of two
     * offsets.
     */
    public int[] toOriginal(int start, int end) {
        if (start < 0 || end > text.length() || end <= start) {
            throw new IllegalArgumentException("span out of range: " + start + ".." + end);
        }
        int s = starts[start];
        int e = ends[end - 1];
        for (int i = start; i < end; i++) {
            s = Math.min(s, starts[i]);
            e = Math.max(e, ends[i]);
        }
        return new int[] {s, e};
    }
}
