package org.privacyscreen.consent.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.privacyscreen.Engagement;
import org.privacyscreen.FaceRole;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.Location;
import org.privacyscreen.Organisation;
import org.privacyscreen.Person;
import org.privacyscreen.Post;
import org.privacyscreen.PostImage;
import org.privacyscreen.ScreeningReport;
import org.privacyscreen.Screener;
import org.privacyscreen.InMemoryClientDirectory;
import org.privacyscreen.InMemoryConsentStore;
import org.privacyscreen.InMemoryEngagementLog;
import org.privacyscreen.spi.ImageDetector;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.spi.TextDetector;

/**
 * A practice for rule tests: people, consents, engagements, reference faces, and a text and an image detector that
 * say what they are told (faces as a face detector reports them: a box, a role, a subject when recognised).
 */
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
    /** What the image detector reports: faces, and findings in text read in a photo. */
    final List<Finding> faces = new ArrayList<>();
    final Map<String, List<PostImage>> references = new java.util.HashMap<>();
    ZoneId timeZone = ZoneOffset.UTC;

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

    /** The face detector reports a face recognised as {@code subject} in image 0 (a subject, 10 px square). */
    Fixture face(String subject) {
        return face(0, subject, FaceRole.SUBJECT, 10);
    }

    /**
     * The face detector reports a face of {@code size} px square in {@code image}, judged {@code role}, recognised as
     * {@code subject} (null when not recognised).
     */
    Fixture face(int image, String subject, FaceRole role, int size) {
        Finding.Builder b = Finding.builder(FindingType.FACE).faceRole(role)
                .location(Location.image(image, 5 * faces.size(), 0, size, size)).message("A face.");
        if (subject != null) {
            b.subject(subject);
        }
        faces.add(b.build());
        return this;
    }

    /** The text detector emits a finding of {@code type} about nobody in particular over {@code word}. */
    Fixture emitUnnamed(FindingType type, String word) {
        emitted.add(post -> {
            int i = post.text().indexOf(word);
            if (i < 0) {
                throw new IllegalStateException("test text lacks the word");
            }
            return Finding.builder(type).span(post.text(), i, i + word.length()).message("A test finding.").build();
        });
        return this;
    }

    /** Text read in image 0 (a form, a badge) gave a finding of {@code type} about {@code subject}. */
    Fixture readInPhoto(FindingType type, String subject) {
        Finding.Builder b = Finding.builder(type).source(org.privacyscreen.FindingSource.IMAGE_TEXT)
                .location(Location.image(0, 40, 40, 30, 8)).message("Text read in a photo.");
        if (subject != null) {
            b.subject(subject);
        }
        faces.add(b.build());
        return this;
    }

    /** The host holds a reference photo of {@code personId}'s face. */
    Fixture reference(String personId) {
        references.put(personId, List.of(photo()));
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
        List<Finding> f = List.copyOf(faces);
        ImageDetector faceStub = new ImageDetector() {
            @Override
            public String id() {
                return "faces-stub";
            }

            @Override
            public List<Finding> detect(ScreeningContext ctx, int image) {
                return f.stream().filter(x -> ((Location.Image) x.location()).image() == image).toList();
            }
        };
        Map<String, List<PostImage>> refs = Map.copyOf(references);
        Screener screener = Screener.builder().discover(false).provider(new ConsentRulesProvider())
                .detector(stub).detector(faceStub)
                .clientDirectory(new InMemoryClientDirectory(Organisation.builder("Clinic").timeZone(timeZone)
                        .build(), people))
                .referenceFaces(id -> refs.getOrDefault(id, List.of()))
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
