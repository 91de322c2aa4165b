package org.privacyscreen.text.internal.analysis;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sorted, disjoint regions of a text where a pattern may match: around anchors (digit groups, cue words) with the
 * margins the pattern needs. Running a pattern only inside them, instead of trying it at every position of the
 * post, is what keeps the detectors cheap on ordinary posts and linear on long ones: the regions never overlap, so
 * no character is scanned twice per pattern. Immutable.
 */
public final class Windows {
    private static final Windows NONE = new Windows(new int[0], new int[0], 0);

    private final int[] starts;
    private final int[] ends;
    private final int size;

    private Windows(int[] starts, int[] ends, int size) {
        this.starts = starts;
        this.ends = ends;
        this.size = size;
    }

    public static Windows none() {
        return NONE;
    }

    /** The whole text as one window. */
    public static Windows all(int length) {
        return length == 0 ? NONE : new Windows(new int[] {0}, new int[] {length}, 1);
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public int size() {
        return size;
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    /**
     * Every match of {@code pattern} inside the windows, in order. Bounds are transparent (look-arounds and word
     * boundaries see the text outside a window) but a match lies inside one window.
     */
    public void forEachMatch(Pattern pattern, CharSequence text, Consumer<MatchResult> consumer) {
        if (size == 0) {
            return;
        }
        Matcher m = pattern.matcher(text);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        for (int i = 0; i < size; i++) {
            m.region(starts[i], ends[i]);
            while (m.find()) {
                consumer.accept(m);
            }
        }
    }

    /** Windows around every occurrence of each of {@code words} in {@code lower} (a lower-case text). */
    public static Windows aroundWords(String lower, String[] words, int before, int after) {
        Builder b = new Builder(lower.length());
        for (String w : words) {
            for (int at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + 1)) {
                b.add(at - before, at + w.length() + after);
            }
        }
        return b.build();
    }

    /** Collects windows in any order; overlapping and touching ones are merged. */
    public static final class Builder {
        private final int length;
        private int[] starts = new int[8];
        private int[] ends = new int[8];
        private int size;

        public Builder(int length) {
            this.length = length;
        }

        /** Adds {@code [start, end)}, clipped to the text. */
        public Builder add(int start, int end) {
            int s = Math.max(0, start);
            int e = Math.min(length, end);
            if (e <= s) {
                return this;
            }
            if (size > 0 && s >= starts[size - 1] && s <= ends[size - 1]) {
                ends[size - 1] = Math.max(ends[size - 1], e); // the common case: anchors found in order
                return this;
            }
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
            }
            starts[size] = s;
            ends[size] = e;
            size++;
            return this;
        }

        public Windows build() {
            if (size == 0) {
                return NONE;
            }
            long[] packed = new long[size];
            boolean sorted = true;
            for (int i = 0; i < size; i++) {
                packed[i] = ((long) starts[i] << 32) | ends[i];
                sorted &= i == 0 || starts[i] >= starts[i - 1];
            }
            if (!sorted) {
                Arrays.sort(packed);
            }
            int[] s = new int[size];
            int[] e = new int[size];
            int n = 0;
            for (long p : packed) {
                int ps = (int) (p >>> 32);
                int pe = (int) p;
                if (n > 0 && ps <= e[n - 1]) {
                    e[n - 1] = Math.max(e[n - 1], pe);
                } else {
                    s[n] = ps;
                    e[n] = pe;
                    n++;
                }
            }
            return new Windows(s, e, n);
        }
    }
}
