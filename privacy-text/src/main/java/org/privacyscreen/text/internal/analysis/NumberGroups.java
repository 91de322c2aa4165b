package org.privacyscreen.text.internal.analysis;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.spi.SharedKey;
import org.privacyscreen.text.normalise.NormalisedText;

/**
 * The groups of digits in a post's digits view: runs of digits joined by at most three separator characters (space,
 * dash, dot, slash, brackets), such as "07700 900123", "943-476-5919", "12/03/2015", "0 7 7 0 0". Phone, identifier,
 * date and address detectors look for their patterns only in windows around these: one pass over the text for all
 * of them. Computed once per post; immutable.
 */
public final class NumberGroups {
    public static final SharedKey<NumberGroups> KEY = SharedKey.of("text.number-groups");
    private static final String SEPARATORS = " -./()\u00A0\u2013\u2014";

    private final int[] starts;
    private final int[] ends;
    private final int[] digits;
    private final int size;

    private NumberGroups(String s) {
        int[] st = new int[8];
        int[] en = new int[8];
        int[] dg = new int[8];
        int n = 0;
        int i = 0;
        int len = s.length();
        while (i < len) {
            if (!isDigit(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int end = i;
            int count = 0;
            int j = i;
            while (j < len) {
                if (isDigit(s.charAt(j))) {
                    count++;
                    j++;
                    end = j;
                    continue;
                }
                int k = j;
                while (k < len && k - j < 4 && SEPARATORS.indexOf(s.charAt(k)) >= 0) {
                    k++;
                }
                if (k == j || k - j > 3 || k >= len || !isDigit(s.charAt(k))) {
                    break;
                }
                j = k;
            }
            if (n == st.length) {
                st = Arrays.copyOf(st, n * 2);
                en = Arrays.copyOf(en, n * 2);
                dg = Arrays.copyOf(dg, n * 2);
            }
            st[n] = start;
            en[n] = end;
            dg[n] = count;
            n++;
            i = end;
        }
        this.starts = st;
        this.ends = en;
        this.digits = dg;
        this.size = n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    public static NumberGroups of(ScreeningContext context) {
        return context.shared(KEY, c -> new NumberGroups(NormalisedText.of(c).digits().text()));
    }

    public static NumberGroups of(String digitsView) {
        return new NumberGroups(digitsView);
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Start of group {@code i} in the digits (and plain) view. */
    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    /** Whether group {@code i} is typed a digit at a time ("9 3 8 . 5 7 0"): most of its runs are one digit long. */
    public boolean spacedOut(String text, int i) {
        return spacedOut(text, starts[i], ends[i]);
    }

    /** Whether {@code text[start, end)} is digits typed one at a time: five runs or more, most of them one digit. */
    public static boolean spacedOut(CharSequence text, int start, int end) {
        int runs = 0;
        int single = 0;
        int run = 0;
        for (int k = start; k <= end; k++) {
            if (k < end && isDigit(text.charAt(k))) {
                run++;
            } else if (run > 0) {
                runs++;
                single += run == 1 ? 1 : 0;
                run = 0;
            }
        }
        return runs >= 5 && single * 2 > runs;
    }

    /** How many digits group {@code i} holds. */
    public int digits(int i) {
        return digits[i];
    }

    /**
     * Every match of {@code pattern} that starts where a run of digits of {@code text} starts, inside a group, and
     * ends within {@code maxLength} characters: in order, never overlapping. For patterns that begin with a digit
     * this replaces a scan of the whole text by one anchored attempt per run. {@code text} is the plain or the
     * digits view (same offsets).
     */
    public void forEachAtRunStart(Pattern pattern, String text, int maxLength, Consumer<MatchResult> consumer) {
        if (size == 0) {
            return;
        }
        Matcher m = pattern.matcher(text);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        int next = 0;
        for (int g = 0; g < size; g++) {
            for (int i = Math.max(starts[g], next); i < ends[g]; i++) {
                if (!isDigit(text.charAt(i)) || i > 0 && isDigit(text.charAt(i - 1))) {
                    continue;
                }
                m.region(i, Math.min(text.length(), i + maxLength));
                if (m.lookingAt()) {
                    consumer.accept(m);
                    next = m.end();
                    i = Math.max(i, m.end() - 1);
                }
            }
        }
    }

    /** Windows around every group of at least {@code minDigits} digits, widened by the margins. */
    public Windows windows(int minDigits, int before, int after, int textLength) {
        return windows(minDigits, Integer.MAX_VALUE, before, after, textLength);
    }

    /** Windows around every group of {@code minDigits} to {@code maxDigits} digits, widened by the margins. */
    public Windows windows(int minDigits, int maxDigits, int before, int after, int textLength) {
        Windows.Builder b = new Windows.Builder(textLength);
        for (int i = 0; i < size; i++) {
            if (digits[i] >= minDigits && digits[i] <= maxDigits) {
                b.add(starts[i] - before, ends[i] + after);
            }
        }
        return b.build();
    }
}
