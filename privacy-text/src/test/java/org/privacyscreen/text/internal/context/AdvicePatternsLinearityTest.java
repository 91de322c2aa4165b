package org.privacyscreen.text.internal.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The medical-advice patterns run over whole sentences, and a sentence can be 100,000 characters of one run. Counted
 * without a clock: the characters a pattern reads through {@link CharSequence#charAt} for a run four times longer
 * must be about four times as many; a pattern that retries every digit of a run from each of its positions reads
 * sixteen times as many (a 100,000-digit post once took 427 s here).
 */
class AdvicePatternsLinearityTest {
    /** A text that counts the characters read from it. */
    private static final class Counting implements CharSequence {
        private final String text;
        long reads;

        Counting(String text) {
            this.text = text;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            reads++;
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private static long reads(Pattern p, String text) {
        Counting c = new Counting(text);
        p.matcher(c).find();
        return Math.max(1, c.reads);
    }

    private static String text(String kind, int length) {
        Random r = new Random(11);
        StringBuilder b = new StringBuilder(length);
        while (b.length() < length) {
            switch (kind) {
                case "digits" -> b.append(r.nextInt(10));
                case "decimals" -> b.append(r.nextInt(10)).append(r.nextInt(4) == 0 ? "." : "");
                case "spaced" -> b.append(r.nextInt(10)).append(r.nextBoolean() ? " " : "");
                default -> b.append(r.nextBoolean() ? "take " : "every ").append(r.nextInt(100)).append(' ');
            }
        }
        return b.substring(0, length);
    }

    @ParameterizedTest
    @ValueSource(strings = {"digits", "decimals", "spaced", "words"})
    void advicePatterns_readLinearlyInTheSentence(String kind) {
        for (Pattern p : new Pattern[] {MedicalAdviceDetector.DOSAGE, MedicalAdviceDetector.DOSE_CHANGE,
            MedicalAdviceDetector.INSTRUCTION}) {
            long small = reads(p, text(kind, 5_000));
            long large = reads(p, text(kind, 20_000));
            assertThat((double) large / small).as("characters read for 4x the text, %s, %s", kind, p.pattern())
                    .isLessThan(6.0);
        }
    }
}
