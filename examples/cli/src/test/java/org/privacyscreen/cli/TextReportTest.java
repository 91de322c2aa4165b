package org.privacyscreen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.Location;
import org.privacyscreen.Post;
import org.privacyscreen.ScreeningReport;
import org.privacyscreen.Verdict;

class TextReportTest {
    private static final String TEXT = "Well done Maria Thompson!";

    private static ScreeningReport report() {
        List<Finding> findings = List.of(
                Finding.builder(FindingType.CLIENT_NAME).span(TEXT, 10, 24).subject("cl-1").detector("names")
                        .message("Names a client who has no consent on record.").build(),
                Finding.builder(FindingType.FACE).location(Location.image(0, 5, 6, 7, 8)).detector("faces")
                        .message("A face in the photo.").build(),
                Finding.builder(FindingType.CONSENT_MISSING).detector("consent").message("No consent.").build());
        Post redacted = Post.builder().id("p-1").text("Well done [CLIENT]!").build();
        return new ScreeningReport("p-1", Verdict.BLOCK, findings, redacted, Map.of("names", Duration.ofMillis(1)));
    }

    private static String print(boolean colour) {
        StringWriter s = new StringWriter();
        new TextReport(colour).print(report(), new PrintWriter(s));
        return s.toString();
    }

    @Test
    void print_showsVerdictEachFindingAndTheRedactedText() {
        String out = print(false);
        assertThat(out).contains("Post p-1", "BLOCK", "3 high", "CLIENT_NAME", "\"M**** T*******\"", "text 10-24",
                "subject cl-1", "Names a client who has no consent on record.", "redact it (REDACT)", "FACE",
                "image 0 at 5,6 7x8", "blur it (BLUR)", "CONSENT_MISSING", "whole post", "Well done [CLIENT]!");
        assertThat(out).doesNotContain("Maria", "\u001b[");
    }

    @Test
    void print_coloursOnlyWhenAsked() {
        assertThat(print(true)).contains("\u001b[1;31mBLOCK\u001b[0m");
    }
}
