package org.privacyscreen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.privacyscreen.spi.ImageTextReader;
import org.privacyscreen.spi.PostRule;
import org.privacyscreen.spi.ReadText;
import org.privacyscreen.spi.RuleResult;
import org.privacyscreen.spi.ScreeningContext;

/**
 * Typed facts on findings (face role, region, source, consent id), the consents a report relies on, and text read
 * in photos screened by the text detectors.
 */
class FindingFactsTest {

    private static Finding face(FaceRole role) {
        return Finding.builder(FindingType.FACE).location(Location.image(0, 10, 10, 40, 40)).faceRole(role)
                .message("A face.").build();
    }

    @Test
    void builder_defaultsSourceFromLocation() {
        assertThat(Finding.builder(FindingType.PHONE_NUMBER).span("call 0123", 5, 9).message("m").build().source())
                .isEqualTo(FindingSource.TEXT);
        assertThat(face(FaceRole.SUBJECT).source()).isEqualTo(FindingSource.IMAGE);
        assertThat(Finding.builder(FindingType.CONSENT_MISSING).message("m").build().source())
                .isEqualTo(FindingSource.POST);
    }

    @Test
    void faceRole_onlyOnFaces_andImageTextOnlyInABox() {
        assertThatThrownBy(() -> Finding.builder(FindingType.DOCUMENT_TEXT).location(Location.image(0, 0, 0, 5, 5))
                .faceRole(FaceRole.SUBJECT).message("m").build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("faceRole");
        assertThatThrownBy(() -> Finding.builder(FindingType.CLIENT_NAME).span("Ann", 0, 3)
                .source(FindingSource.IMAGE_TEXT).message("m").build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("source");
        assertThatThrownBy(() -> Finding.builder(FindingType.CLIENT_NAME).location(Location.image(0, 0, 0, 5, 5))
                .source(FindingSource.TEXT).message("m").build()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void facts_surviveEveryCopy() {
        Finding f = face(FaceRole.BACKGROUND).toBuilder().region(RegionKind.BADGE).build();
        Finding copy = f.withDetector("x").withSeverity(Severity.MEDIUM).coveredBy("pictured", Optional.of("c-9"));
        assertThat(copy.faceRole()).contains(FaceRole.BACKGROUND);
        assertThat(copy.region()).contains(RegionKind.BADGE);
        assertThat(copy.source()).isEqualTo(FindingSource.IMAGE);
        assertThat(copy.consentId()).contains("c-9");
        assertThat(copy.severity()).isEqualTo(Severity.LOW);
        assertThat(copy.message()).doesNotContain("c-9");
        assertThat(f.toBuilder().build()).isEqualTo(f);
    }

    @Test
    void ruleResult_coverWithConsent_recordsTheIdAndReliesOnIt() {
        Finding f = face(FaceRole.SUBJECT);
        RuleResult r = RuleResult.builder().cover(f, "pictured with consent", "c-1").relyOn("c-2").build();
        assertThat(r.covered()).containsEntry(f, "pictured with consent");
        assertThat(r.coveringConsents()).containsEntry(f, "c-1");
        assertThat(r.consentsUsed()).containsExactlyInAnyOrder("c-1", "c-2");
        assertThatThrownBy(() -> RuleResult.builder().relyOn(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void screen_coveredWithConsent_reportsTheConsentOnTheFindingAndTheReport() {
        PostRule rule = new PostRule() {
            @Override
            public String id() {
                return "covers";
            }

            @Override
            public RuleResult apply(ScreeningContext ctx) {
                RuleResult.Builder b = RuleResult.builder();
                ctx.findings().forEach(f -> b.cover(f, "named with written consent", "c-7"));
                return b.relyOn("c-3").build();
            }
        };
        Screener s = Screener.builder().discover(false)
                .detector(TestDetectors.regex("names", FindingType.CLIENT_NAME, "Ann")).detector(rule).build();
        ScreeningReport r = s.screen(TestDetectors.post("Thanks Ann"));
        assertThat(r.verdict()).isEqualTo(Verdict.ALLOW);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.consentId()).contains("c-7");
            assertThat(f.coveredBy()).contains("named with written consent");
        });
        assertThat(r.consentsUsed()).containsExactly("c-3", "c-7");
    }

    /** Reads fixed lines from image 0, as an OCR would. */
    private static ImageTextReader reader(List<ReadText> lines) {
        return new ImageTextReader() {
            @Override
            public String id() {
                return "reader";
            }

            @Override
            public List<ReadText> read(ScreeningContext context, int image) {
                return lines.stream().filter(l -> l.box().image() == image).toList();
            }
        };
    }

    private static Post photo() {
        return Post.builder().id("p-2").text("Our new reception desk!")
                .image(PostImage.of("desk.jpg", new byte[] {1, 2, 3})).build();
    }

    @Test
    void screen_textReadInAPhoto_isScreenedAndLocatedAtItsLineBox() {
        List<ReadText> lines = List.of(
                new ReadText(Location.image(0, 100, 50, 300, 20), "Intake form", 0.9, Optional.of(RegionKind.FORM)),
                new ReadText(Location.image(0, 100, 80, 260, 20), "Name: Ann Example", 0.9,
                        Optional.of(RegionKind.FORM)),
                new ReadText(Location.image(0, 100, 110, 280, 22), "Phone: 555 0100", 0.8, Optional.empty()));
        Screener s = Screener.builder().discover(false)
                .detector(TestDetectors.regex("names", FindingType.CLIENT_NAME, "Ann Example"))
                .detector(TestDetectors.regex("phones", FindingType.PHONE_NUMBER, "\\d{3} \\d{4}"))
                .detector(reader(lines)).build();
        ScreeningReport r = s.screen(photo());
        assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
        Finding name = r.findings(FindingType.CLIENT_NAME).get(0);
        assertThat(name.source()).isEqualTo(FindingSource.IMAGE_TEXT);
        assertThat(name.location()).isEqualTo(Location.image(0, 100, 80, 260, 20));
        assertThat(name.region()).contains(RegionKind.FORM);
        assertThat(name.excerpt()).hasValueSatisfying(e -> assertThat(e).doesNotContain("Example"));
        assertThat(name.detector()).isEqualTo("names");
        Finding phone = r.findings(FindingType.PHONE_NUMBER).get(0);
        assertThat(phone.location()).isEqualTo(Location.image(0, 100, 110, 280, 22));
        assertThat(phone.region()).isEmpty();
        // the post's own text is untouched by what was read in the photo
        assertThat(r.redactedText()).contains("Our new reception desk!");
    }

    @Test
    void screen_spanAcrossLines_coversTheUnionOfTheirBoxes() {
        List<ReadText> lines = List.of(
                new ReadText(Location.image(0, 10, 10, 50, 10), "Ann", 0.9, Optional.empty()),
                new ReadText(Location.image(0, 5, 25, 80, 10), "Example", 0.9, Optional.empty()));
        Screener s = Screener.builder().discover(false)
                .detector(TestDetectors.regex("names", FindingType.CLIENT_NAME, "Ann\\s+Example"))
                .detector(reader(lines)).build();
        Finding f = s.screen(photo()).findings(FindingType.CLIENT_NAME).get(0);
        assertThat(f.location()).isEqualTo(Location.image(0, 5, 10, 80, 25));
    }

    @Test
    void screen_readerFailsOrReturnsNull_failsClosed() {
        ImageTextReader broken = new ImageTextReader() {
            @Override
            public String id() {
                return "broken-reader";
            }

            @Override
            public List<ReadText> read(ScreeningContext context, int image) {
                return null;
            }
        };
        ImageTextReader throwing = new ImageTextReader() {
            @Override
            public String id() {
                return "throwing-reader";
            }

            @Override
            public List<ReadText> read(ScreeningContext context, int image) {
                throw new IllegalStateException("secret value");
            }
        };
        ScreeningReport r = Screener.builder().discover(false).detector(broken).detector(throwing).build()
                .screen(photo());
        assertThat(r.verdict()).isEqualTo(Verdict.REVIEW);
        List<String> failed = new ArrayList<>();
        r.findings(FindingType.DETECTOR_FAILURE).forEach(f -> failed.add(f.detector()));
        assertThat(failed).contains("broken-reader", "throwing-reader");
        assertThat(r.findings()).allSatisfy(f -> assertThat(f.message()).doesNotContain("secret"));
        assertThat(Screener.builder().discover(false).detector(broken).build().detectors())
                .singleElement().satisfies(d -> assertThat(d.kind()).isEqualTo("reader"));
    }

    @Test
    void readText_refusesBlankTextAndHidesWhatWasRead() {
        assertThatThrownBy(() -> new ReadText(Location.image(0, 0, 0, 1, 1), " ", 0.5, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new ReadText(Location.image(0, 0, 0, 1, 1), "Ann Example", 0.5, Optional.empty()).toString())
                .doesNotContain("Ann");
    }
}
