package org.privacyscreen.benchmarks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.privacyscreen.Organisation;
import org.privacyscreen.Permission;
import org.privacyscreen.Person;
import org.privacyscreen.Post;
import org.privacyscreen.ScreeningReport;
import org.privacyscreen.Screener;
import org.privacyscreen.spi.InMemoryClientDirectory;
import org.privacyscreen.spi.InMemoryConsentStore;

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
    private static final String[] FIRST = {"Amelia", "Oliver", "Isla", "George", "Ava", "Noah", "Freya", "Leo",
        "Ivy", "Arthur", "Rosie", "Oscar", "Florence", "Harry", "Willow", "Jack", "Poppy", "Theo", "Elsie", "Finley"};
    private static final String[] LAST = {"Hartley", "Okafor", "Lindqvist", "Moreau", "Castellano", "Brennan",
        "Nakamura", "Whitfield", "Adeyemi", "Kowalczyk", "Rasmussen", "Thornbury", "Eastwood", "Pemberton",
        "Ashdown", "Fairbairn", "Goldsworthy", "Merriweather", "Quinlan", "Sandoval", "Trevelyan", "Underhill",
        "Villiers", "Wetherby", "Yardley"};

    private Screener screener;
    private Post shortPost;
    private Post longPost;

    @Setup
    public void setUp() {
        List<Person> people = new ArrayList<>();
        InMemoryConsentStore consents = new InMemoryConsentStore();
        for (int i = 0; i < 500; i++) {
            String id = "c-" + i;
            people.add(new Person(id, Person.Role.CLIENT, FIRST[i % FIRST.length] + " " + LAST[i % LAST.length],
                    List.of(), List.of("@client" + i), Optional.of(LocalDate.of(1960 + i % 50, 1 + i % 12, 1 + i % 28))));
            if (i % 2 == 0) {
                consents.save(Consent.builder("k-" + i, id).permissions(Permission.CAPTURE, Permission.SHARE,
                        Permission.NAME).channels("instagram").evidence(Evidence.Kind.WRITTEN, "F-" + i).build());
            }
        }
        people.add(Person.staff("s-1", "Priya Raman"));
        Organisation org = new Organisation("Harbour Physio", List.of("+44 113 496 0001"),
                List.of("hello@harbourphysio.example"), List.of("@harbourphysio"), List.of(), List.of());
        screener = Screener.builder().clientDirectory(new InMemoryClientDirectory(org, people)).consents(consents)
                .build();
        String text280 = "Huge congratulations to Isla Lindqvist on finishing her first 10k after months of knee "
                + "rehab with Priya! Want to get back to running too? Book online or call +44 113 496 0001, or drop "
                + "us a line at hello@harbourphysio.example. Ask about our new evening clinics for runners.";
        shortPost = Post.builder().id("b-1").text(text280.substring(0, Math.min(280, text280.length())))
                .channel("instagram").createdAt(Instant.parse("2026-11-21T10:00:00Z")).build();
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 2000) {
            sb.append(text280).append(' ');
        }
        longPost = shortPost.toBuilder().id("b-2").text(sb.substring(0, 2000)).build();
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
