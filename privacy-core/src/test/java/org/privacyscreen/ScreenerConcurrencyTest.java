package org.privacyscreen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A built Screener is shared by many threads at once and gives each the same answer it gives alone. */
class ScreenerConcurrencyTest {

    @Test
    void screen_fromManyThreads_matchesSingleThreadedResults() throws Exception {
        Screener screener = Screener.builder().discover(false)
                .detector(TestDetectors.regex("phones", FindingType.PHONE_NUMBER, "\\d{5} \\d{6}"))
                .detector(TestDetectors.regex("names", FindingType.PERSON_NAME, "\\b[A-Z][a-z]+ [A-Z][a-z]+\\b"))
                .build();
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            posts.add(TestDetectors.post(i % 3 == 0 ? "Call 0791" + (i % 10) + " 12345" + (i % 10)
                    : i % 3 == 1 ? "Well done Anne Smith on day " + i : "A stretch for day " + i));
        }
        List<ScreeningReport> expected = posts.stream().map(screener::screen).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    for (int round = 0; round < 20; round++) {
                        for (int i = 0; i < posts.size(); i++) {
                            ScreeningReport r = screener.screen(posts.get(i));
                            if (!r.findings().equals(expected.get(i).findings())
                                    || r.verdict() != expected.get(i).verdict()
                                    || !r.remediated().equals(expected.get(i).remediated())) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : results) {
                assertThat(f.get(2, TimeUnit.MINUTES)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
