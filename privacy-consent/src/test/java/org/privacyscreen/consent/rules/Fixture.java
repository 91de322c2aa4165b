package org.privacyscreen.consent.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.privacyscreen.Engagement;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.Organisation;
import org.privacyscreen.Person;
import org.privacyscreen.Post;
import org.privacyscreen.PostImage;
import org.privacyscreen.ScreeningReport;
import org.privacyscreen.Screener;
import org.privacyscreen.InMemoryClientDirectory;
import org.privacyscreen.InMemoryConsentStore;
import org.privacyscreen.InMemoryEngagementLog;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.spi.TextDetector;

/** A practice for rule tests: people, consents, engagements, and a text detector that says what it is told. */
final class Fixture {
    static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    final List<Person> people = new ArrayList<>(List.of(
            Person.client("c-1", "Dana Whitlock").withAliases(List.of("Dee")).withHandles(List.of("@dee_runs")),
            Person.client("c-2", "Omar Castell"),
            Person.client("c-kid", "Tobias Renn").withDateOfBirth(LocalDate.of(2016, 3, 3)),
            Person.staff("s-1", "Priya Lomax"),
            Person.staff("s-2", "Ken Ota")));
    final InMemoryConsentStore consents = new InMemoryConsentStore();
    final List<Engagement> engagements = new ArrayList<>();
    final List<Function<Post, Finding>> emitted = new ArrayList<>();

    /** The detector emits a finding of {@code type} about {@code subject} over the first {@code word} in the text. */
    Fixture emit(FindingType type, String subject, String word) {
        emitted.add(post -> {
            int i = post.text().indexOf(word);
            if (i < 0) {
                throw new IllegalStateException("test text lacks the word");
            }
            return Finding.builder(type).subject(subject).span(post.text(), i, i + word.length())
                    .message("A test finding.").build();
        });
        return this;
    }

    /** The detector emits a face of {@code subject} in image 0. */
    Fixture face(String subject) {
        emitted.add(post -> Finding.builder(FindingType.FACE).subject(subject)
                .location(org.privacyscreen.Location.image(0, 1, 1, 10, 10)).message("A face.").build());
        return this;
    }

    ScreeningReport screen(Post post) {
        List<Function<Post, Finding>> e = List.copyOf(emitted);
        TextDetector stub = new TextDetector() {
            @Override
            public String id() {
                return "stub";
            }

            @Override
            public List<Finding> detect(ScreeningContext ctx) {
                return e.stream().map(f -> f.apply(ctx.post())).toList();
            }
        };
        Screener screener = Screener.builder().discover(false).provider(new ConsentRulesProvider())
                .detector(stub).clientDirectory(new InMemoryClientDirectory(Organisation.NONE, people))
                .consents(consents).engagements(new InMemoryEngagementLog(engagements)).build();
        return screener.screen(post);
    }

    static Post.Builder post(String text) {
        return Post.builder().id("p-1").text(text).channel("instagram").createdAt(NOW);
    }

    static PostImage photo() {
        return PostImage.of("photo.jpg", new byte[] {1, 2, 3});
    }

    static List<FindingType> uncovered(ScreeningReport r) {
        return r.findings().stream().filter(f -> !f.covered()).map(Finding::type).toList();
    }
}
