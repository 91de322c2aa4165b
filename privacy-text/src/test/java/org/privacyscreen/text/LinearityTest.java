package org.privacyscreen.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.privacyscreen.AccountKind;
import org.privacyscreen.Author;
import org.privacyscreen.Post;
import org.privacyscreen.spi.Detector;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.spi.TextDetector;

/**
 * Every text detector's work grows linearly with the text, on inputs built to stall them. Measured without a clock:
 * the bytes the detectors allocate on this thread (a post's tokens, spans, look-ups) for a text four times longer
 * must be about four times as many, where a quadratic step (a copy of the text per position, a scan of every
 * earlier finding per finding) makes it sixteen. Speed itself is JMH's business ({@code AdversarialBenchmark}).
 */
class LinearityTest {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @BeforeAll
    static void warmUp() {
        TextDetectors.warmUp();
        for (int i = 0; i < 3; i++) {
            allocated(text("mixed", 4_000));
        }
    }

    /** Bytes allocated on this thread while every text detector screens {@code text}, sharing one context. */
    private static long allocated(String text) {
        // a staff member's personal account, so that every detector runs (medical advice is looked for there only)
        ScreeningContext context = Fixtures.context(Post.builder().text(text).createdAt(Fixtures.NOW)
                .author(Author.of("s-1", AccountKind.PERSONAL)).build());
        long before = THREADS.getThreadAllocatedBytes(Thread.currentThread().getId());
        for (Detector d : new TextDetectors().detectors()) {
            ((TextDetector) d).detect(context);
        }
        return THREADS.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
    }

    @ParameterizedTest
    @ValueSource(strings = {"charRun", "digitRun", "honorifics", "names", "phones", "ids", "dates", "hashtag",
        "evasion", "mixed"})
    void detectors_allocateLinearlyInTheText(String kind) {
        assertThat(THREADS.isThreadAllocatedMemorySupported()).isTrue();
        long small = Math.max(1, Math.min(allocated(text(kind, 10_000)), allocated(text(kind, 10_000))));
        long large = Math.min(allocated(text(kind, 40_000)), allocated(text(kind, 40_000)));
        assertThat((double) large / small).as("allocation for 4x the text, %s", kind).isLessThan(6.0);
    }

    /** A text of {@code length} characters of one stalling kind; deterministic. */
    static String text(String kind, int length) {
        Random r = new Random(7);
        StringBuilder b = new StringBuilder(length + 32);
        while (b.length() < length) {
            switch (kind) {
                case "charRun" -> b.append('a');
                case "digitRun" -> b.append(r.nextInt(10));
                case "honorifics" -> b.append(pick(r, "Mr ", "Mrs ", "Dr. ", "Ms "));
                case "names" -> b.append(pick(r, "Harriet ", "Okafor ", "Grace ", "Lee ", "Priya ", "James ", "Smith "));
                case "phones" -> b.append(pick(r, "07911 ", "O7700 9OO", "+44 161 496 ")).append(1000 + r.nextInt(9000))
                        .append(' ');
                case "ids" -> b.append(pick(r, "943 476 5919 ", "123-45-6789 ", "4111 1111 1111 1111 ", "QQ123456C "));
                case "dates" -> b.append("born ").append(1 + r.nextInt(28)).append('/').append(1 + r.nextInt(12))
                        .append("/19").append(10 + r.nextInt(89)).append(' ');
                case "hashtag" -> b.append(b.length() == 0 ? "#" : "").append(pick(r, "Harriet", "okafor", "Strong",
                        "grace", "Lee"));
                case "evasion" -> b.append(pick(r, "H.a.r.r.i.e.t ", "O k a f o r ", "0 7 9 1 1 ", "Gr4c3 ", "a."));
                default -> b.append(text(pick(r, "charRun", "digitRun", "honorifics", "names", "phones", "ids",
                        "dates", "hashtag", "evasion"), 300));
            }
        }
        return b.substring(0, length);
    }

    private static String pick(Random r, String... options) {
        return options[r.nextInt(options.length)];
    }
}
