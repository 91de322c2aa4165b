package org.privacyscreen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.privacyscreen.spi.DetectorProvider;
import org.privacyscreen.spi.ImageDetector;
import org.privacyscreen.spi.ImageRemediator;
import org.privacyscreen.spi.ImageTextReader;
import org.privacyscreen.spi.PostRule;
import org.privacyscreen.spi.RuleResult;
import org.privacyscreen.spi.TextDetector;

/** A post is never allowed on the silence of a check that is missing, failed to load or returned nothing. */
class CoverageTest {
    private static final TextDetector NAMES = TestDetectors.regex("names", FindingType.PERSON_NAME,
            "\\b[A-Z][a-z]+ [A-Z][a-z]+\\b");
    private static final Post PHOTO = Post.builder().id("p-2").text("Our new waiting room")
            .image(PostImage.of("room.jpg", new byte[] {1, 2, 3})).build();

    private static Finding gap(ScreeningReport r) {
        return r.findings().stream().filter(f -> f.detector().equals("coverage")).findFirst().orElseThrow();
    }

    @Test
    void screen_noDetectorAtAll_doesNotAllowANameAndAPhone() {
        // the scenario: a fat jar that lost its service files
        ScreeningReport r = Screener.builder().discover(false).build()
                .screen(TestDetectors.post("Well done Peter Walsh, call 07911 123456"));
        assertThat(r.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(gap(r).type()).isEqualTo(FindingType.DETECTOR_FAILURE);
        assertThat(gap(r).message()).contains("text of this post was not checked").doesNotContain("Peter");
    }

    @Test
    void screen_photoWithTextDetectorsOnly_isReviewedSayingThePhotosWereNotChecked() {
        ScreeningReport r = Screener.builder().discover(false).detector(NAMES).build().screen(PHOTO);
        assertThat(r.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(gap(r).message()).contains("photos of this post were not checked");
    }

    @Test
    void screen_readerAloneDoesNotCountAsCheckingAPhoto() {
        ScreeningReport r = Screener.builder().discover(false).detector(NAMES).detector(TestDetectors.reader("reader", (c, i) -> List.of())).build()
                .screen(PHOTO);
        assertThat(r.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(gap(r).message()).contains("photos");
    }

    @Test
    void screen_textAndImageDetectors_nothingFound_allows() {
        ScreeningReport r = Screener.builder().discover(false).detector(NAMES)
                .detector(TestDetectors.image("faces", (c, i) -> List.of())).build().screen(PHOTO);
        assertThat(r.verdict()).isEqualTo(Verdict.ALLOW);
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void screen_policyDisablesTheOnlyTextDetector_isReviewed() {
        ScreeningPolicy off = ScreeningPolicy.builder().disable("names").build();
        ScreeningReport r = Screener.builder().discover(false).policy(off).detector(NAMES).build()
                .screen(TestDetectors.post("Hello"));
        assertThat(r.verdict()).isEqualTo(Verdict.REVIEW);
    }

    @Test
    void screen_providerThatFailedToLoad_isNamedOnEveryPost() {
        DetectorProvider broken = () -> {
            throw new IllegalStateException("model file missing");
        };
        Screener s = Screener.builder().discover(false).provider(broken).detector(NAMES).build();
        assertThat(s.problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("model file"));
        ScreeningReport r = s.screen(TestDetectors.post("Stretch every morning"));
        assertThat(r.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(gap(r).message()).contains(broken.getClass().getName()).contains("could not be loaded");
    }

    @Test
    void build_strict_refusesWhatIsMissing_namingIt() {
        DetectorProvider broken = () -> {
            throw new IllegalStateException("model file missing");
        };
        assertThatThrownBy(() -> Screener.builder().discover(false).provider(broken).strict().build())
                .isInstanceOfSatisfying(PrivacyScreenException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFIGURATION))
                .hasMessageContaining("text: no text detector").hasMessageContaining("images: no image detector")
                .hasMessageContaining("plugins: " + broken.getClass().getName());
        assertThatThrownBy(() -> Screener.builder().discover(false).detector(NAMES)
                .requireCoverage(Coverage.IMAGES).build()).hasMessageContaining("images")
                .hasMessageNotContaining("text:");
        ScreeningPolicy off = ScreeningPolicy.builder().disable("names").build();
        assertThatThrownBy(() -> Screener.builder().discover(false).policy(off).detector(NAMES)
                .requireCoverage(Coverage.TEXT).build()).hasMessageContaining("text");
        assertThat(Screener.builder().discover(false).detector(NAMES).detector(TestDetectors.image("faces", (c, i) -> List.of()))
                .strict().build().detectors()).hasSize(2);
    }

    @Test
    void screen_nullFromAnyKindOfCheck_isAFailure() {
        TextDetector nullText = TestDetectors.of("null-text", 0, c -> null);
        ImageDetector nullImage = TestDetectors.image("null-image", (c, i) -> null);
        ImageTextReader nullReader = TestDetectors.reader("null-reader", (c, i) -> null);
        PostRule nullRule = TestDetectors.rule("null-rule", Set.of(), c -> null);
        ScreeningReport r = Screener.builder().discover(false).detector(nullText).detector(nullImage)
                .detector(nullReader).detector(nullRule).build().screen(PHOTO);
        assertThat(r.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(r.findings(FindingType.DETECTOR_FAILURE)).extracting(Finding::detector)
                .contains("null-text", "null-image", "null-reader", "null-rule");
        assertThat(r.findings(FindingType.DETECTOR_FAILURE)).allSatisfy(f -> assertThat(f.message())
                .contains("returned nothing (null)"));
    }

    @Test
    void remediated_remediatorReturningNull_fails() {
        ImageRemediator nothing = TestDetectors.remediator("nothing", (c, i) -> null);
        ScreeningReport r = Screener.builder().discover(false).detector(NAMES).detector(TestDetectors.image("x", (c, i) -> List.of()))
                .remediator(nothing).build().screen(PHOTO);
        assertThatThrownBy(r::remediated).isInstanceOfSatisfying(PrivacyScreenException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.INTERNAL)).hasMessageContaining("returned no image");
    }

    @Test
    void screen_ruleCoversOnlyTheTypesItDeclares() {
        PostRule faces = TestDetectors.rule("faces-consent", EnumSet.of(FindingType.FACE), c -> {
            RuleResult.Builder b = RuleResult.builder();
            c.findings().forEach(f -> b.cover(f, "pictured with consent", "c-1"));
            return b.build();
        });
        ScreeningReport r = Screener.builder().discover(false).detector(NAMES).detector(faces).build()
                .screen(TestDetectors.post("Hello Peter Walsh"));
        assertThat(r.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(r.findings(FindingType.PERSON_NAME)).singleElement()
                .satisfies(f -> assertThat(f.coveredBy()).isEqualTo(Optional.empty()));
    }

    @Test
    void screen_ruleDeclaringTheType_covers() {
        PostRule names = TestDetectors.rule("names-consent", EnumSet.of(FindingType.PERSON_NAME), c -> {
            RuleResult.Builder b = RuleResult.builder();
            c.findings().forEach(f -> b.cover(f, "named with consent", "c-1"));
            return b.build();
        });
        ScreeningReport r = Screener.builder().discover(false).detector(NAMES).detector(names).build()
                .screen(TestDetectors.post("Hello Peter Walsh"));
        assertThat(r.verdict()).isEqualTo(Verdict.ALLOW);
        assertThat(r.consentsUsed()).containsExactly("c-1");
    }

    @Test
    void screen_ruleThatDeclaresNothing_coversNothing() {
        PostRule silent = new PostRule() {
            @Override
            public String id() {
                return "undeclared";
            }

            @Override
            public RuleResult apply(org.privacyscreen.spi.ScreeningContext c) {
                RuleResult.Builder b = RuleResult.builder();
                c.findings().forEach(f -> b.cover(f, "named with consent"));
                return b.build();
            }
        };
        assertThat(silent.covers()).isEmpty();
        ScreeningReport r = Screener.builder().discover(false).detector(NAMES).detector(silent).build()
                .screen(TestDetectors.post("Hello Peter Walsh"));
        assertThat(r.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(r.findings(FindingType.PERSON_NAME)).singleElement()
                .satisfies(f -> assertThat(f.covered()).isFalse());
    }
}
