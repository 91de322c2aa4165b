package org.privacyscreen.text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.privacyscreen.AccountKind;
import org.privacyscreen.Author;
import org.privacyscreen.Organisation;
import org.privacyscreen.Person;
import org.privacyscreen.Post;
import org.privacyscreen.Screener;
import org.privacyscreen.spi.ClientDirectory;
import org.privacyscreen.InMemoryClientDirectory;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.testkit.TestContexts;

/** An invented practice, its clients and staff, for the tests. */
public final class Fixtures {
    public static final Instant NOW = Instant.parse("2026-06-15T09:00:00Z");
    public static final Organisation ORG = new Organisation("Harbourside Therapy", List.of("+44 161 496 0123"),
            List.of("hello@harbourside.example"), List.of("@harboursidetherapy"),
            List.of("14 Quay Street, Manchester M3 3HN"), List.of("harbourside.example"));
    public static final List<Person> PEOPLE = List.of(
            Person.client("c-harriet", "Harriet Okafor").withAliases(List.of("Hattie"))
                    .withHandles(List.of("@hattie_ok")).withDateOfBirth(LocalDate.of(1979, 3, 14)),
            Person.client("c-desmond", "Desmond Achterberg").withHandles(List.of("@des.runs"))
                    .withDateOfBirth(LocalDate.of(1961, 11, 2)),
            Person.client("c-grace", "Grace Lee").withDateOfBirth(LocalDate.of(1990, 7, 30)),
            Person.client("c-will", "William Barker").withAliases(List.of("Will")),
            Person.client("c-tobias", "Tobias Merriweather").withDateOfBirth(LocalDate.of(2016, 6, 1)),
            Person.client("c-ingrid", "Ingrid Solberg-Vance").withAliases(List.of("Inky Vance")),
            Person.staff("s-priya", "Priya Lindqvist").withHandles(List.of("@physio_priya")),
            Person.staff("s-oscar", "Oscar Brandt"));
    public static final ClientDirectory DIRECTORY = new InMemoryClientDirectory(ORG, PEOPLE);

    private Fixtures() {
    }

    public static Post post(String text) {
        return Post.builder().text(text).createdAt(NOW).build();
    }

    public static Post reply(String text, String clientId) {
        return Post.builder().text(text).createdAt(NOW).inReplyTo(clientId).build();
    }

    public static Post personal(String text) {
        return Post.builder().text(text).createdAt(NOW).author(Author.of("s-oscar", AccountKind.PERSONAL)).build();
    }

    public static ScreeningContext context(Post post) {
        return TestContexts.builder().directory(DIRECTORY).build(post);
    }

    /** A screener with only this module's detectors and the fixture directory. */
    public static Screener screener() {
        return Screener.builder().clientDirectory(DIRECTORY).discover(false).provider(new TextDetectors()).build();
    }
}
