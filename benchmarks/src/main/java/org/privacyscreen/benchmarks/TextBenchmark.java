package org.privacyscreen.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
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
import org.privacyscreen.Finding;
import org.privacyscreen.Post;
import org.privacyscreen.Screener;
import org.privacyscreen.ScreeningPolicy;
import org.privacyscreen.ScreeningReport;
import org.privacyscreen.spi.ClientDirectory;
import org.privacyscreen.spi.ConsentStore;
import org.privacyscreen.spi.Detector;
import org.privacyscreen.spi.EngagementLog;
import org.privacyscreen.InMemoryConsentStore;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.spi.SharedKey;
import org.privacyscreen.spi.TextDetector;
import org.privacyscreen.text.TextDetectors;
import org.privacyscreen.text.normalise.NormalisedText;

/**
 * The text path: normalisation, each text detector alone (with the per-post analyses it needs computed afresh),
 * every text detector one after another on one thread (the one-core figure), and {@code Screener.screen} with only
 * the text detectors, on a 280-character and a 2,000-character post, with a directory of 500 clients.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class TextBenchmark {
    @Param({"short", "long"})
    public String size;

    private ClientDirectory directory;
    private Screener screener;
    private Post post;
    private List<TextDetector> all;

    @Setup
    public void setUp() {
        directory = Practice.directory();
        screener = Screener.builder().clientDirectory(directory).discover(false).provider(new TextDetectors()).build();
        String text = size.equals("long") ? Practice.text(2000) : Practice.TEXT_280;
        post = Post.builder().id("t-1").text(text).channel("instagram")
                .createdAt(Instant.parse("2026-11-21T10:00:00Z")).build();
        all = new ArrayList<>();
        for (Detector d : new TextDetectors().detectors()) {
            all.add((TextDetector) d);
        }
        screener.screen(post); // load models and lexicons before measuring
    }

    /** One detector, chosen by id; its own state so that the other benchmarks are not repeated per detector. */
    @State(Scope.Benchmark)
    public static class One {
        @Param({"client-directory", "person-names", "phone-numbers", "email-addresses", "postal-addresses",
            "social-handles", "national-ids", "payment-cards", "medical-record-numbers", "dates-of-birth",
            "health-information", "quasi-identifiers", "minors", "medical-advice"})
        public String detector;
        TextDetector it;

        @Setup
        public void setUp() {
            for (Detector d : new TextDetectors().detectors()) {
                if (d.id().equals(detector)) {
                    it = (TextDetector) d;
                }
            }
        }
    }

    /** One detector alone, in a fresh context: includes the shared analyses it needs (normalisation, names...). */
    @Benchmark
    public List<Finding> detector(One one) {
        return one.it.detect(new Ctx(post, directory));
    }

    /** Normalisation alone: both views and the offset maps. */
    @Benchmark
    public NormalisedText normalise() {
        return NormalisedText.of(post.text());
    }

    /** Every text detector, one after another on this thread, sharing one context: the one-core figure. */
    @Benchmark
    public void allDetectorsOneThread(Blackhole bh) {
        Ctx ctx = new Ctx(post, directory);
        for (TextDetector d : all) {
            bh.consume(d.detect(ctx));
        }
    }

    /** The whole text path through the engine (detectors on its pool, merge, policy, redaction). */
    @Benchmark
    public ScreeningReport screen() {
        return screener.screen(post);
    }

    /** A minimal screening context: the engine's is internal. Shared values are memoised per instance. */
    static final class Ctx implements ScreeningContext {
        private static final ConsentStore CONSENTS = new InMemoryConsentStore();
        private final Post post;
        private final ClientDirectory directory;
        private final Map<SharedKey<?>, Object> shared = new HashMap<>();

        Ctx(Post post, ClientDirectory directory) {
            this.post = post;
            this.directory = directory;
        }

        @Override
        public Post post() {
            return post;
        }

        @Override
        public ScreeningPolicy policy() {
            return ScreeningPolicy.defaults();
        }

        @Override
        public ClientDirectory directory() {
            return directory;
        }

        @Override
        public ConsentStore consents() {
            return CONSENTS;
        }

        @Override
        public EngagementLog engagements() {
            return EngagementLog.EMPTY;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T shared(SharedKey<T> key, Function<ScreeningContext, ? extends T> loader) {
            Object v = shared.get(key);
            if (v == null) {
                v = loader.apply(this);
                shared.put(key, v);
            }
            return (T) v;
        }

        @Override
        public List<Finding> findings() {
            return List.of();
        }
    }
}
