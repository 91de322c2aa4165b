package org.privacyscreen.json;

import org.privacyscreen.json.internal.JsonText;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.Location;
import org.privacyscreen.Post;
import org.privacyscreen.ScreeningReport;
import org.privacyscreen.Severity;
import org.privacyscreen.Verdict;

class ReportJsonTest {
    private static final String TEXT = "Thank you Maria Thompson for the lovely card";

    /** One finding of every type, cycling through the three kinds of location and optional fields. */
    private static List<Finding> oneOfEach() {
        List<Finding> out = new ArrayList<>();
        FindingType[] types = FindingType.values();
        for (int i = 0; i < types.length; i++) {
            Finding.Builder b = Finding.builder(types[i]).detector("d-" + i).confidence(0.5 + i / 100.0)
                    .message("Finding " + i + ".");
            switch (i % 3) {
                case 0 -> b.span(TEXT, 10, 24).subject("cl-" + i);
                case 1 -> b.location(Location.image(i % 2, i, i + 1, 10 + i, 20 + i));
                default -> b.location(Location.POST);
            }
            if (i % 4 == 0) {
                b.coveredBy("named with written consent k-" + i);
            }
            out.add(b.build());
        }
        return out;
    }

    @Test
    void write_everyFindingTypeRoundTrips() {
        List<Finding> findings = oneOfEach();
        Map<String, Duration> timings = new LinkedHashMap<>();
        timings.put("client-directory", Duration.ofNanos(400_000));
        timings.put("faces", Duration.ofNanos(38_200_000));
        Post post = Post.builder().id("p-7").text(TEXT).build();
        ScreeningReport report = new ScreeningReport("p-7", Verdict.BLOCK, findings, post, timings);

        JsonNode parsed = JsonText.parse(ReportJson.line(ReportJson.write(report)), "report");

        assertThat(ReportJson.readFindings(parsed)).containsExactlyElementsOf(findings);
        assertThat(parsed.path("findings")).hasSize(FindingType.values().length);
        assertThat(parsed.path("postId").asText()).isEqualTo("p-7");
        assertThat(parsed.path("verdict").asText()).isEqualTo("BLOCK");
        assertThat(parsed.path("redactedText").asText()).isEqualTo(TEXT);
        assertThat(parsed.path("timingsMillis").path("client-directory").decimalValue()).isEqualByComparingTo("0.4");
        assertThat(parsed.path("timingsMillis").path("faces").decimalValue()).isEqualByComparingTo("38.2");
    }

    @Test
    void write_usesTheContractsFieldNamesInOrder() {
        Finding f = Finding.builder(FindingType.CLIENT_NAME).span(TEXT, 10, 24).subject("client-8").confidence(0.97)
                .detector("client-directory").message("Names a client who has no consent on record.").build();
        JsonNode o = ReportJson.write(f);
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("type", "severity", "confidence", "detector", "subject", "location",
                "excerpt", "message", "remediation");
        assertThat(o.path("excerpt").asText()).isEqualTo("M**** T*******");
        assertThat(o.toString()).doesNotContain("Maria");
    }

    @Test
    void write_omitsAbsentSubjectAndExcerpt() {
        Finding f = Finding.builder(FindingType.FACE).location(Location.image(0, 812, 140, 64, 64)).confidence(0.91)
                .detector("faces").message("A person in the background of the photo.").build();
        JsonNode o = ReportJson.write(f);
        assertThat(o.has("subject")).isFalse();
        assertThat(o.has("excerpt")).isFalse();
        assertThat(o.has("coveredBy")).isFalse();
        assertThat(o.path("location").toString())
                .isEqualTo("{\"kind\":\"image\",\"image\":0,\"x\":812,\"y\":140,\"width\":64,\"height\":64}");
        assertThat(o.path("remediation").asText()).isEqualTo("BLUR");
        assertThat(ReportJson.write(Finding.builder(FindingType.CONSENT_MISSING).message("m").build())
                .path("location").toString()).isEqualTo("{\"kind\":\"post\"}");
    }

    @Property(tries = 1000)
    void write_anyTextSpanRoundTrips(@ForAll @IntRange(min = 0, max = 40) int start,
                                     @ForAll @IntRange(min = 1, max = 4) int length,
                                     @ForAll @DoubleRange(min = 0, max = 1) double confidence) {
        Finding f = Finding.builder(FindingType.PERSON_NAME).span(TEXT, start, start + length).confidence(confidence)
                .detector("names").message("A name.").severity(Severity.MEDIUM).build();
        assertThat(ReportJson.readFinding(JsonText.parse(ReportJson.line(ReportJson.write(f)), "f"))).isEqualTo(f);
    }
}
