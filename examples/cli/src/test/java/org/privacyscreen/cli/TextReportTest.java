package org.privacyscreen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.InMemoryClientDirectory;
import org.privacyscreen.Location;
import org.privacyscreen.Organisation;
import org.privacyscreen.Person;
import org.privacyscreen.Post;
import org.privacyscreen.PostImage;
import org.privacyscreen.ScreeningReport;
import org.privacyscreen.Verdict;
import org.privacyscreen.spi.ClientDirectory;

class TextReportTest {
    private static final String TEXT = "Well done Maria Thompson!";
    private static final ClientDirectory DIRECTORY = new InMemoryClientDirectory(Organisation.builder("Clinic").build(),
            List.of(Person.client("cl-1", "Maria Thompson"), Person.staff("st-1", "Amy Patel")));
    private static final Post POST = Post.builder().id("p-1").text(TEXT)
            .image(PostImage.of("front-desk.png", "not decoded here".getBytes(StandardCharsets.US_ASCII))).build();

    private static ScreeningReport report() {
        List<Finding> findings = List.of(
                Finding.builder(FindingType.CLIENT_NAME).span(TEXT, 10, 24).subject("cl-1").detector("names")
                        .confidence(0.97).message("Names a client who has no consent on record.").build(),
                Finding.builder(FindingType.FACE).location(Location.image(0, 5, 6, 7, 8)).detector("faces")
                        .subject("st-1").message("A face in the photo.").build(),
                Finding.builder(FindingType.CONSENT_MISSING).detector("consent").subject("cl-404")
                        .message("No consent.").build(),
                Finding.builder(FindingType.PERSON_NAME).span(TEXT, 0, 4).detector("names")
                        .coveredBy("named with written consent c-1").message("A name.").build());
        Post redacted = Post.builder().id("p-1").text("Well done [CLIENT]!").build();
        return new ScreeningReport("p-1", Verdict.BLOCK, findings, redacted, Map.of("names", Duration.ofMillis(1)));
    }

    private static String print(boolean colour, boolean verbose, boolean names) {
        StringWriter s = new StringWriter();
        new TextReport(colour, verbose, names, DIRECTORY).print(POST, report(), new PrintWriter(s));
        return s.toString();
    }

    @Test
    void print_speaksToThePersonWhoPublishes() {
        String out = print(false, false, false);
        assertThat(out).contains("BLOCK", "Do not publish it as it is (3 things to fix)",
                "Must fix  A client's name, about client M**** T*******", "In the text: \"M**** T*******\"",
                "Names a client who has no consent on record.", "What to do: take it out of the text.",
                "A face in a photo, about staff member A** P****", "In photo 1 (front-desk.png).",
                "What to do: blur it in the photo.", "No consent on record, about someone the directory does not list",
                "The post as a whole.", "Covered   A person's name", "What to do: nothing, it is covered.",
                "Well done [CLIENT]!");
        // no offsets, confidences, enum names or ids unless asked
        assertThat(out).doesNotContain("Maria", "Amy", "CLIENT_NAME", "REDACT", "0.97", "10-24", "cl-1", "st-1",
                "cl-404", "p-1", "names", "\u001b[");
    }

    @Test
    void print_namesFromTheDirectoryWhenAllowed() {
        assertThat(print(false, false, true)).contains("about client Maria Thompson", "about staff member Amy Patel")
                .doesNotContain("cl-1");
    }

    @Test
    void print_verboseAddsTheTechnicalDetail() {
        assertThat(print(false, true, false)).contains("(post p-1)",
                "CLIENT_NAME, HIGH, REDACT, detector names, confidence 0.97, text 10-24", "(id cl-1)",
                "FACE, HIGH, BLUR, detector faces, confidence 1.00, image 0 at 5,6 7x8",
                "covered by: named with written consent c-1");
    }

    @Test
    void print_coloursOnlyWhenAsked() {
        assertThat(print(true, false, false)).contains("\u001b[1;31mBLOCK\u001b[0m");
    }

    @Test
    void print_nothingFoundSaysSo() {
        StringWriter s = new StringWriter();
        Post post = Post.builder().text("Open day on Saturday").build();
        ScreeningReport allow = new ScreeningReport(post.id(), Verdict.ALLOW, List.of(), post, Map.of());
        new TextReport(false, false, false, ClientDirectory.EMPTY).print(post, allow, new PrintWriter(s));
        assertThat(s.toString()).contains("ALLOW", "Fine to publish.", "Nothing found");
    }

    @ParameterizedTest
    @EnumSource(FindingType.class)
    void label_everyTypeInWordsNotItsEnumName(FindingType type) {
        assertThat(TextReport.label(type)).isNotBlank().doesNotContain(type.name(), "_");
    }
}
