package org.privacyscreen.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.Location;
import org.privacyscreen.Person;
import org.privacyscreen.Post;
import org.privacyscreen.Screener;
import org.privacyscreen.ScreeningReport;
import org.privacyscreen.Severity;

class TextPropertiesTest {
    private static final Screener SCREENER = Fixtures.screener();
    private static final List<String> FRAGMENTS = List.of("Well done Harriet Okafor!", "Thanks Hattie, see you soon.",
            "Mr Achterberg's session moved.", "Get well soon Martin Hollis.", "Call 07912 345678 tonight.",
            "Her mobile is 07912 345678.", "NHS number 943 476 5919.", "Card 4111 1111 1111 1111.",
            "Great to see @hattie_ok today.", "Thanks @some_runner!", "Mail jo@example.org.", "DOB 14/03/1979.",
            "Tobias is aged 7.", "Desmond is back after his knee surgery.", "Grace Lee joined us.",
            "Great session today.", "See you next week!", "Book online or call +44 161 496 0123.",
            "The grace period ends soon.", "Three stretches to ease lower back pain.", "MRN 88812345.",
            "Meet Priya, our new therapist!", "She lives at 12 Acacia Avenue, Leeds LS6 2AB.");
    private static final String ZERO_WIDTH = "\u200B\u200C\u200D\u2060\uFEFF\u00AD";

    @Provide
    Arbitrary<String> posts() {
        return Arbitraries.of(FRAGMENTS).list().ofMinSize(1).ofMaxSize(6).map(l -> String.join(" ", l));
    }

    private static ScreeningReport screen(String text) {
        return SCREENER.screen(Post.builder().text(text).createdAt(Fixtures.NOW).build());
    }

    @Property(tries = 200)
    void findings_lieInsideTheText(@ForAll @StringLength(max = 400) String noise, @ForAll("posts") String post) {
        for (String text : List.of(noise, post + noise, noise + post)) {
            if (text.isEmpty()) {
                continue;
            }
            ScreeningReport report = screen(text);
            assertThat(report.findings()).noneMatch(f -> f.type() == FindingType.DETECTOR_FAILURE);
            for (Finding f : report.findings()) {
                Location.Text t = f.textSpan().orElseThrow();
                assertThat(t.start()).isGreaterThanOrEqualTo(0);
                assertThat(t.end()).isLessThanOrEqualTo(text.length());
            }
        }
    }

    @Property(tries = 150)
    void redaction_removesEveryFoundValue(@ForAll("posts") String text) {
        ScreeningReport report = screen(text);
        String redacted = report.remediated().text();
        for (Finding f : report.findings()) {
            Location.Text t = f.textSpan().orElseThrow();
            assertThat(redacted).doesNotContain(text.substring(t.start(), t.end()));
        }
    }

    @Property(tries = 150)
    void rescreening_theRedactedText_findsNothingHigh(@ForAll("posts") String text) {
        String redacted = screen(text).remediated().text();
        assertThat(screen(redacted).findings()).noneMatch(f -> f.severity() == Severity.HIGH);
    }

    @Provide
    Arbitrary<String> evaded() {
        Arbitrary<Person> client = Arbitraries.of(Fixtures.PEOPLE.stream().filter(Person::isClient).toList());
        Arbitrary<Long> seed = Arbitraries.longs();
        return Combinators.combine(client, seed).as((p, s) -> evade(p.name(), new java.util.Random(s)));
    }

    /** Zero-width characters between letters and Cyrillic look-alikes in place of Latin letters. */
    private static String evade(String name, java.util.Random r) {
        String from = "aeopcxiyAEOPCHKMTBX";
        String to = "\u0430\u0435\u043E\u0440\u0441\u0445\u0456\u0443\u0410\u0415\u041E\u0420\u0421\u041D\u041A"
                + "\u041C\u0422\u0412\u0425";
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            int k = from.indexOf(c);
            b.append(k >= 0 && r.nextBoolean() ? to.charAt(k) : c);
            if (i + 1 < name.length() && r.nextInt(3) == 0) {
                b.append(ZERO_WIDTH.charAt(r.nextInt(ZERO_WIDTH.length())));
            }
        }
        return b.toString();
    }

    @Property(tries = 200)
    void zeroWidthAndConfusables_neverHideAClient(@ForAll("evaded") String name) {
        String text = "So proud of " + name + " today!";
        List<Finding> names = screen(text).findings(FindingType.CLIENT_NAME);
        assertThat(names).isNotEmpty();
        assertThat(names).allMatch(f -> f.subject().isPresent());
    }

    @Property(tries = 100)
    void screening_neverFailsOnArbitraryText(@ForAll @StringLength(min = 1, max = 2000) String text) {
        assertThat(screen(text).findings()).noneMatch(f -> f.type() == FindingType.DETECTOR_FAILURE);
    }
}
