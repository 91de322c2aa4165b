package org.privacyscreen.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.privacyscreen.AccountKind;
import org.privacyscreen.Author;
import org.privacyscreen.Post;
import org.privacyscreen.spi.ClientDirectory;
import org.privacyscreen.spi.Detector;
import org.privacyscreen.spi.TextDetector;
import org.privacyscreen.text.TextDetectors;

/**
 * Every text detector, one after another on one thread, on 100,000-character posts built to stall them: runs of one
 * character, digit runs, honorific runs, thousands of names, phone numbers, ids and dates with no punctuation, long
 * hashtags, alternating evasion (dotted and spaced letters, leetspeak), and dense health terms and advice; the
 * post is on a staff member's personal account, so every detector runs. The bar: under 100 ms a post (median),
 * and every detector done long before the engine's time-out.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class AdversarialBenchmark {
    static final int LENGTH = 100_000;

    @Param({"charRun", "digitRun", "honorifics", "names", "phones", "ids", "dates", "hashtag", "evasion", "health",
        "mixed"})
    public String input;

    private ClientDirectory directory;
    private Post post;
    private List<TextDetector> all;

    @Setup
    public void setUp() {
        directory = Practice.directory();
        // a staff member's personal account: every detector runs (medical advice is looked for there only)
        post = Post.builder().id("a-1").text(text(input, LENGTH)).channel("instagram")
                .author(Author.of("s-1", AccountKind.PERSONAL))
                .createdAt(Instant.parse("2026-11-21T10:00:00Z")).build();
        all = new ArrayList<>();
        for (Detector d : new TextDetectors().detectors()) {
            d.prepare();
            all.add((TextDetector) d);
        }
    }

    /** Every text detector in a row on this thread, sharing one context. */
    @Benchmark
    public void allDetectorsOneThread(Blackhole bh) {
        TextBenchmark.Ctx ctx = new TextBenchmark.Ctx(post, directory);
        for (TextDetector d : all) {
            bh.consume(d.detect(ctx));
        }
    }

    /** The adversarial text of one kind, {@code length} characters long; deterministic. */
    static String text(String kind, int length) {
        Random r = new Random(42);
        StringBuilder b = new StringBuilder(length + 64);
        while (b.length() < length) {
            switch (kind) {
                case "charRun" -> b.append(r.nextBoolean() ? "a" : "aaaaaaaaaa");
                case "digitRun" -> b.append(r.nextInt(10));
                case "honorifics" -> b.append(pick(r, "Mr ", "Mrs ", "Dr ", "Ms ", "Prof ", "Mr. ", "Dr. "));
                case "names" -> b.append(pick(r, "Isla ", "Oliver ", "Hartley ", "Okafor ", "Priya ", "Raman ",
                        "Grace ", "Will ", "James ", "Smith ", "Mary ", "Lee "));
                case "phones" -> b.append(pick(r, "07700 900", "+44 113 496 0", "(555) 01", "0161 496 0"))
                        .append(100 + r.nextInt(900)).append(' ');
                case "ids" -> b.append(pick(r, "943 476 5919 ", "123-45-6789 ", "4111 1111 1111 1111 ",
                        "QQ 12 34 56 C ", "046 454 286 ", "MRN 88231 "));
                case "dates" -> b.append(pick(r, "born ", "", "DOB ")).append(1 + r.nextInt(28)).append('/')
                        .append(1 + r.nextInt(12)).append('/').append(1950 + r.nextInt(70)).append(' ');
                case "hashtag" -> b.append(b.length() == 0 ? "#" : "").append(pick(r, "Go", "Jane", "Doe",
                        "Strong", "isla", "hartley", "Team", "Okafor"));
                case "evasion" -> b.append(pick(r, "J.o.h.n ", "S m i t h ", "0 7 7 0 0 ", "H4rr1et ", "a.", "b ",
                        "Em1ly ", "O7700 9OO1O1 ", "j-a-n-e "));
                case "health" -> b.append(pick(r, "She had chemo and physio for asthma. ",
                        "Take two ibuprofen for the migraine ", "he was diagnosed with diabetes, ", "double your dose ",
                        "recovering from a hip replacement ", "stop taking the statins "));
                case "mixed" -> b.append(text(pick(r, "charRun", "digitRun", "honorifics", "names", "phones", "ids",
                        "dates", "hashtag", "evasion", "health"), 200 + r.nextInt(800)));
                default -> throw new IllegalArgumentException("kind: " + kind);
            }
        }
        return b.substring(0, length);
    }

    private static String pick(Random r, String... options) {
        return options[r.nextInt(options.length)];
    }
}
