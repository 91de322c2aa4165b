package org.privacyscreen.consent.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.privacyscreen.Consent;
import org.privacyscreen.Evidence;
import org.privacyscreen.Finding;
import org.privacyscreen.InMemoryClientDirectory;
import org.privacyscreen.Organisation;
import org.privacyscreen.Permission;
import org.privacyscreen.Person;
import org.privacyscreen.Post;
import org.privacyscreen.Screener;
import org.privacyscreen.consent.rules.ConsentRulesProvider;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.spi.TextDetector;

/** The PostgreSQL page's snippet runs on a real server, and the page shows exactly the code that runs. */
class PostgresLedgerExampleTest {
    private static final ZoneId LA = ZoneId.of("America/Los_Angeles");

    @Test
    void snippet_onPostgres_publishesWithinTheConsentAndStopsAtItsLimit() {
        DataSource db = PostgresServer.get().newDatabase();
        try {
            Organisation practice = Organisation.builder("Valley Family Clinic").timeZone(LA).build();
            Screener.Builder screening = Screener.builder().discover(false).provider(new ConsentRulesProvider())
                    .detector(new TextDetector() {
                        @Override
                        public String id() {
                            return "no-text-findings";
                        }

                        @Override
                        public List<Finding> detect(ScreeningContext c) {
                            return List.of(); // the text detectors live in privacy-text
                        }
                    })
                    .clientDirectory(new InMemoryClientDirectory(practice,
                            List.of(Person.client("client-42", "Sarah Johnson"))));
            Consent once = Consent.builder("c-1", "client-42").permissions(Permission.SHARE).channels("instagram")
                    .maxUses(1).validUntil(LocalDate.of(2026, 3, 31)).evidence(Evidence.Kind.WRITTEN, "form-114")
                    .build();
            // 23:30 on 31 March in Los Angeles: the last valid day there, already 1 April in UTC
            Instant lastEvening = Instant.parse("2026-04-01T06:30:00Z");
            List<Post> published = new ArrayList<>();
            Post first = Post.builder().id("p-1").text("A great session today!").channel("instagram")
                    .subject("client-42").createdAt(lastEvening).build();
            assertThat(PostgresLedgerExample.run(db, screening, LA, once, first, published::add)).isTrue();
            Post second = first.toBuilder().id("p-2").build();
            assertThat(PostgresLedgerExample.run(db, screening, LA, once, second, published::add)).isFalse();
            assertThat(published).extracting(Post::id).containsExactly("p-1");
        } finally {
            PostgresServer.get().drop(db);
        }
    }

    @Test
    void page_showsTheSnippetThatRuns() throws Exception {
        String example = Files.readString(Path.of("src/test/java/org/privacyscreen/consent/jdbc/"
                + "PostgresLedgerExample.java"), StandardCharsets.UTF_8);
        Matcher code = Pattern.compile("// snippet-start\\n(.*?)\\n\\s*// snippet-end", Pattern.DOTALL)
                .matcher(example);
        assertThat(code.find()).isTrue();
        String page = Files.readString(Path.of("..", "docs", "postgresql.md"), StandardCharsets.UTF_8);
        assertThat(normalise(page)).contains(normalise(code.group(1)));
    }

    /** Lines stripped of their indentation: the page indents less than the method does. */
    private static String normalise(String s) {
        return s.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce("", (a, b) -> a + b + "\n");
    }
}
