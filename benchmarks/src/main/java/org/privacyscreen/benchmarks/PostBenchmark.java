package org.privacyscreen.benchmarks;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.privacyscreen.Consent;
import org.privacyscreen.Evidence;
import org.privacyscreen.Permission;
import org.privacyscreen.Post;
import org.privacyscreen.ScreeningReport;
import org.privacyscreen.Screener;
import org.privacyscreen.InMemoryConsentStore;

/**
 * A whole post through every detector and rule of the default jar (discovered on the class path), with a practice
 * directory of 500 clients: the figure a host sees per post.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class PostBenchmark {
    private Screener screener;
    private Post shortPost;
    private Post longPost;

    @Setup
    public void setUp() {
        InMemoryConsentStore consents = new InMemoryConsentStore();
        for (int i = 0; i < Practice.CLIENTS; i += 2) {
            consents.save(Consent.builder("k-" + i, "c-" + i).permissions(Permission.CAPTURE, Permission.SHARE,
                    Permission.NAME).channels("instagram").evidence(Evidence.Kind.WRITTEN, "F-" + i).build());
        }
        screener = Screener.builder().clientDirectory(Practice.directory()).consents(consents).build();
        shortPost = Post.builder().id("b-1").text(Practice.TEXT_280).channel("instagram")
                .createdAt(Instant.parse("2026-11-21T10:00:00Z")).build();
        longPost = shortPost.toBuilder().id("b-2").text(Practice.text(2000)).build();
    }

    @Benchmark
    public ScreeningReport shortPost() {
        return screener.screen(shortPost);
    }

    @Benchmark
    public ScreeningReport longPost() {
        return screener.screen(longPost);
    }
}
