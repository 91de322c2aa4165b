package org.privacyscreen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.privacyscreen.spi.AuditEvent;
import org.privacyscreen.spi.PostRule;
import org.privacyscreen.spi.RuleResult;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.spi.SharedKey;
import org.privacyscreen.spi.TextDetector;

class ScreenerTest {
    private static final TextDetector PHONES = TestDetectors.regex("phones", FindingType.PHONE_NUMBER, "\\d{5} \\d{6}");
    private static final TextDetector NAMES = TestDetectors.regex("names", FindingType.PERSON_NAME,
            "\\b[A-Z][a-z]+ [A-Z][a-z]+\\b");

    private static Screener.Builder screener() {
        return Screener.builder().discover(false);
    }

    @Test
    void screen_noFindings_allows() {
        ScreeningReport r = screener().detector(PHONES).build().screen(TestDetectors.post("Stretch every morning."));
        assertThat(r.verdict()).isEqualTo(Verdict.ALLOW);
        assertThat(r.findings()).isEmpty();
        assertThat(r.redactedText()).contains("Stretch every morning.");
        assertThat(r.timings()).containsKey("phones");
    }

    @Test
    void screen_highFinding_blocksAndRedacts() {
        ScreeningReport r = screener().detector(PHONES).build().screen(TestDetectors.post("Call 07911 123456 now"));
        assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
        Finding f = r.findings().get(0);
        assertThat(f.type()).isEqualTo(FindingType.PHONE_NUMBER);
        assertThat(f.detector()).isEqualTo("phones");
        assertThat(f.location()).isEqualTo(Location.text(5, 17));
        assertThat(f.excerpt()).contains("0**** ******");
        assertThat(r.redactedText()).contains("Call [PHONE] now");
    }

    @Test
    void screen_mediumOnly_asksForReview() {
        ScreeningReport r = screener().detector(NAMES).build().screen(TestDetectors.post("Hello Peter Walsh"));
        assertThat(r.verdict()).isEqualTo(Verdict.REVIEW);
    }

    @Test
    void screen_detectorThrows_failsClosedWithoutLeakingItsMessage() {
        TextDetector broken = TestDetectors.of("broken", 0, c -> {
            throw new IllegalStateException("saw " + c.post().text());
        });
        ScreeningReport r = screener().detector(broken).build().screen(TestDetectors.post("Secret Name"));
        assertThat(r.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(FindingType.DETECTOR_FAILURE);
            assertThat(f.detector()).isEqualTo("broken");
            assertThat(f.message()).doesNotContain("Secret");
        });
    }

    @Test
    void screen_detectorRunsOutOfTime_failsClosed() {
        CountDownLatch never = new CountDownLatch(1);
        TextDetector slow = TestDetectors.of("slow", 0, c -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of();
        });
        ScreeningPolicy policy = ScreeningPolicy.builder().detectorTimeout(Duration.ofMillis(1000)).build();
        ScreeningReport r = screener().policy(policy).detector(slow).detector(PHONES).build()
                .screen(TestDetectors.post("Call 07911 123456"));
        assertThat(r.findings()).extracting(Finding::type)
                .containsExactlyInAnyOrder(FindingType.PHONE_NUMBER, FindingType.DETECTOR_FAILURE);
        assertThat(r.findings(FindingType.DETECTOR_FAILURE).get(0).message()).contains("ran out of time");
    }

    @Test
    void screen_findingOutsideText_isDetectorFailure() {
        TextDetector liar = TestDetectors.of("liar", 0, c -> List.of(Finding.builder(FindingType.PERSON_NAME)
                .detector("liar").location(Location.text(0, 500)).message("A name.").build()));
        ScreeningReport r = screener().detector(liar).build().screen(TestDetectors.post("short"));
        assertThat(r.findings()).extracting(Finding::type).containsExactly(FindingType.DETECTOR_FAILURE);
        assertThat(r.verdict()).isEqualTo(Verdict.REVIEW);
    }

    @Test
    void screen_detectorSignalsBadInput_isThrownToCaller() {
        TextDetector strict = TestDetectors.of("strict", 0, c -> {
            throw new PrivacyScreenException(ErrorCode.IMAGE_UNSUPPORTED, "images[0]: HEIC is not supported");
        });
        assertThatThrownBy(() -> screener().detector(strict).build().screen(TestDetectors.post("x")))
                .isInstanceOfSatisfying(PrivacyScreenException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.IMAGE_UNSUPPORTED));
    }

    @Test
    void screen_textOverLimit_isBadInput() {
        ScreeningPolicy policy = ScreeningPolicy.builder()
                .limits(new ScreeningPolicy.Limits(100, 100, 10)).build();
        assertThatThrownBy(() -> screener().policy(policy).build().screen(TestDetectors.post("eleven chars")))
                .isInstanceOfSatisfying(PrivacyScreenException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.TEXT_TOO_LONG));
    }

    @Test
    void screen_imageOverByteLimit_isBadInput() {
        ScreeningPolicy policy = ScreeningPolicy.builder()
                .limits(new ScreeningPolicy.Limits(100, 2, 10)).build();
        Post post = Post.builder().image(PostImage.of("a.jpg", new byte[] {1, 2, 3})).build();
        assertThatThrownBy(() -> screener().policy(policy).build().screen(post))
                .isInstanceOfSatisfying(PrivacyScreenException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.IMAGE_TOO_LARGE));
    }

    @Test
    void build_duplicateIds_fails() {
        assertThatThrownBy(() -> screener().detector(PHONES)
                .detector(TestDetectors.regex("phones", FindingType.PHONE_NUMBER, "x")).build())
                .isInstanceOfSatisfying(PrivacyScreenException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFIGURATION))
                .hasMessageContaining("phones");
    }

    @Test
    void detectors_areOrderedByPriorityThenId() {
        Screener s = screener().detector(TestDetectors.of("b", 5, c -> List.of()))
                .detector(TestDetectors.of("a", 5, c -> List.of()))
                .detector(TestDetectors.of("z", 1, c -> List.of())).build();
        assertThat(s.detectors()).extracting(DetectorInfo::id).containsExactly("z", "a", "b");
    }

    @Test
    void screen_overlappingNames_mergeIntoTheKnownClient() {
        TextDetector client = TestDetectors.of("client", 0, c -> List.of(Finding.builder(FindingType.CLIENT_NAME)
                .span(c.post().text(), 6, 11).subject("c-1").message("Names a client.").build()));
        ScreeningReport r = screener().detector(client).detector(NAMES).build()
                .screen(TestDetectors.post("hello Peter Walsh"));
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(FindingType.CLIENT_NAME);
            assertThat(f.location()).isEqualTo(Location.text(6, 17));
        });
        assertThat(r.redactedText()).contains("hello [CLIENT]");
    }

    @Test
    void screen_ruleCoversAndAdds() {
        PostRule rule = TestDetectors.rule("consent", java.util.Set.of(FindingType.PERSON_NAME), c -> {
            RuleResult.Builder b = RuleResult.builder();
            c.findings().forEach(f -> b.cover(f, "named with written consent k-1"));
            return b.add(Finding.builder(FindingType.IMAGE_METADATA).detector("consent").message("Info.")
                    .severity(Severity.LOW).build()).build();
        });
        ScreeningReport r = screener().detector(NAMES).detector(rule).build()
                .screen(TestDetectors.post("Hello Peter Walsh"));
        assertThat(r.verdict()).isEqualTo(Verdict.ALLOW);
        Finding name = r.findings(FindingType.PERSON_NAME).get(0);
        assertThat(name.severity()).isEqualTo(Severity.LOW);
        assertThat(name.coveredBy()).contains("named with written consent k-1");
        assertThat(name.message()).contains("named with written consent k-1");
        assertThat(r.redactedText()).contains("Hello Peter Walsh");
        assertThat(r.has(FindingType.IMAGE_METADATA)).isTrue();
    }

    @Test
    void screen_policyOff_dropsTheType_andRaisingChangesVerdict() {
        Post post = TestDetectors.post("Hello Peter Walsh");
        ScreeningPolicy off = ScreeningPolicy.builder().severity(FindingType.PERSON_NAME, Severity.OFF).build();
        assertThat(screener().policy(off).detector(NAMES).build().screen(post).findings()).isEmpty();
        ScreeningPolicy high = ScreeningPolicy.builder().severity(FindingType.PERSON_NAME, Severity.HIGH).build();
        assertThat(screener().policy(high).detector(NAMES).build().screen(post).verdict()).isEqualTo(Verdict.BLOCK);
    }

    @Test
    void screen_disabledDetector_doesNotRun() {
        ScreeningPolicy p = ScreeningPolicy.builder().disable("phones").build();
        ScreeningReport r = screener().policy(p).detector(PHONES).detector(NAMES).build()
                .screen(TestDetectors.post("07911 123456"));
        assertThat(r.findings()).isEmpty();
        assertThat(r.timings()).doesNotContainKey("phones").containsKey("names");
    }

    @Test
    void screen_lowConfidence_isDropped() {
        TextDetector unsure = TestDetectors.of("unsure", 0, c -> List.of(Finding.builder(FindingType.PERSON_NAME)
                .span(c.post().text(), 0, 4).confidence(0.2).message("Maybe a name.").build()));
        assertThat(screener().detector(unsure).build().screen(TestDetectors.post("Jane")).findings()).isEmpty();
    }

    @Test
    void shared_isComputedOncePerPost() {
        SharedKey<String> key = SharedKey.of("upper");
        AtomicInteger computed = new AtomicInteger();
        java.util.function.Function<ScreeningContext, List<Finding>> f = c -> {
            c.shared(key, x -> {
                computed.incrementAndGet();
                return x.post().text().toUpperCase(java.util.Locale.ROOT);
            });
            return List.of();
        };
        Screener s = screener().detector(TestDetectors.of("a", 0, f)).detector(TestDetectors.of("b", 0, f))
                .detector(TestDetectors.of("c", 0, f)).build();
        s.screen(TestDetectors.post("text"));
        assertThat(computed).hasValue(1);
    }

    @Test
    void screen_recordsAnAuditEventWithoutValues() {
        List<AuditEvent> events = new java.util.concurrent.CopyOnWriteArrayList<>();
        screener().detector(PHONES).audit(events::add).build().screen(TestDetectors.post("Call 07911 123456"));
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("screened");
            assertThat(e.postId()).contains("p-1");
            assertThat(e.detail()).contains("BLOCK").doesNotContain("07911");
        });
    }

    @Test
    void screen_ruleSignalsBadInput_isThrownToCaller() {
        PostRule strict = new PostRule() {
            @Override
            public String id() {
                return "strict-rule";
            }

            @Override
            public RuleResult apply(ScreeningContext c) {
                throw new PrivacyScreenException(ErrorCode.INVALID_RECORD, "consents[0].id: must not be blank");
            }
        };
        assertThatThrownBy(() -> screener().detector(strict).build().screen(TestDetectors.post("x")))
                .isInstanceOfSatisfying(PrivacyScreenException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_RECORD));
    }

    @Test
    void remediated_imagesPassThroughEveryRemediatorInIdOrder() {
        org.privacyscreen.spi.ImageRemediator append = remediator("a-append", (byte) 7);
        org.privacyscreen.spi.ImageRemediator second = remediator("b-append", (byte) 8);
        Post post = Post.builder().image(PostImage.of("p.jpg", new byte[] {1})).build();
        ScreeningReport r = screener().remediator(second).remediator(append).build().screen(post);
        assertThat(r.remediated().images().get(0).bytes()).containsExactly(1, 7, 8);
        assertThat(post.images().get(0).bytes()).containsExactly(1);
    }

    private static org.privacyscreen.spi.ImageRemediator remediator(String id, byte marker) {
        return new org.privacyscreen.spi.ImageRemediator() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public PostImage remediate(ScreeningContext c, int image, List<Finding> findings) {
                byte[] in = c.post().images().get(image).bytes();
                byte[] out = java.util.Arrays.copyOf(in, in.length + 1);
                out[in.length] = marker;
                return PostImage.of(c.post().images().get(image).name(), out);
            }
        };
    }

    @Test
    void build_preparesDetectors_andOneThatCannotPrepareFailsEveryPost() {
        AtomicInteger prepared = new AtomicInteger();
        TextDetector ready = new TextDetector() {
            @Override
            public String id() {
                return "ready";
            }

            @Override
            public void prepare() {
                prepared.incrementAndGet();
            }

            @Override
            public List<Finding> detect(ScreeningContext c) {
                return List.of();
            }
        };
        TextDetector unready = new TextDetector() {
            @Override
            public String id() {
                return "unready";
            }

            @Override
            public void prepare() {
                throw new IllegalStateException("model missing");
            }

            @Override
            public List<Finding> detect(ScreeningContext c) {
                return List.of();
            }
        };
        Screener s = screener().detector(ready).detector(unready).build();
        assertThat(prepared).hasValue(1);
        assertThat(s.problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("unready"));
        ScreeningReport r = s.screen(TestDetectors.post("anything"));
        assertThat(r.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(FindingType.DETECTOR_FAILURE);
            assertThat(f.detector()).isEqualTo("unready");
        });
    }
}
