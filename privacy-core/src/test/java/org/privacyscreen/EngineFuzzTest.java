package org.privacyscreen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.privacyscreen.spi.DeadlineExceededException;
import org.privacyscreen.spi.Detector;
import org.privacyscreen.spi.ImageDetector;
import org.privacyscreen.spi.ImageTextReader;
import org.privacyscreen.spi.PostRule;
import org.privacyscreen.spi.ReadText;
import org.privacyscreen.spi.RuleResult;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.spi.TextDetector;

/**
 * Fuzzes the engine: generated posts (any text, odd images), policies and detectors, readers and rules that return
 * anything (findings anywhere, null, huge lists), throw anything or run past the deadline. Whatever they do,
 * screening ends, throws nothing but a documented {@link PrivacyScreenException}, never allows a post that a check
 * failed on or that no check covered, and leaks no value through an excerpt.
 *
 * <p>The number of tries is jqwik's default ({@code jqwik.tries.default}, set low for the normal build in
 * {@code junit-platform.properties}); privacy-core's README gives the long-run command.
 */
class EngineFuzzTest {
    private static final Duration BUDGET = Duration.ofMillis(150);

    /** What a scripted detector, reader or rule does. The first two are sound, the rest are failures. */
    enum Act {
        FIND, NOTHING, NULL, NULL_ELEMENT, OUTSIDE, WRONG_IMAGE, THROW, ERROR, BAD_INPUT, DEADLINE, SLEEP, SPIN, HUGE;

        /** Whether a detector or rule doing this fails; a reader's text is not placed, so OUTSIDE is sound there. */
        boolean fails() {
            return ordinal() > NOTHING.ordinal() && this != HUGE;
        }

        boolean failsReading() {
            return fails() && this != OUTSIDE;
        }
    }

    record Script(String id, Act act, long seed, Set<FindingType> covers) {
    }

    /** A script before it has an id. */
    record Spec(Act act, long seed, Set<FindingType> covers) {
    }

    record Case(Post post, ScreeningPolicy policy, List<Script> text, List<Script> images, List<Script> readers,
                List<Script> rules) {
        List<Script> all() {
            List<Script> out = new ArrayList<>(text);
            out.addAll(images);
            out.addAll(readers);
            out.addAll(rules);
            return out;
        }

        boolean enabled(Script s) {
            return policy.enabled(s.id());
        }

        /** Scripts that ran and failed: text ones on text, image ones and readers on images, rules always. */
        boolean somethingFailed() {
            boolean hasText = !post.text().isEmpty();
            boolean hasImages = !post.images().isEmpty();
            return text.stream().anyMatch(s -> hasText && enabled(s) && s.act().fails())
                    || images.stream().anyMatch(s -> hasImages && enabled(s) && s.act().fails())
                    || readers.stream().anyMatch(s -> hasImages && enabled(s) && s.act().failsReading())
                    || rules.stream().anyMatch(s -> enabled(s) && s.act().fails());
        }

        boolean uncovered() {
            return !post.text().isBlank() && text.stream().noneMatch(this::enabled)
                    || !post.images().isEmpty() && images.stream().noneMatch(this::enabled);
        }

        boolean badInputPossible() {
            return all().stream().anyMatch(s -> enabled(s) && s.act() == Act.BAD_INPUT);
        }
    }

    @Property
    void screen_anyInputAndAnyDetectorBehaviour_endsFailsClosedAndLeaksNothing(@ForAll("cases") Case c)
            throws Exception {
        Screener.Builder b = Screener.builder().discover(false).policy(c.policy());
        c.text().forEach(s -> b.detector(text(s)));
        c.images().forEach(s -> b.detector(image(s)));
        c.readers().forEach(s -> b.detector(reader(s)));
        c.rules().forEach(s -> b.detector(rule(s)));
        try (Screener screener = b.build()) {
            ScreeningReport r;
            try {
                // a bound against hangs only: the post's budget is 150 ms
                r = screener.screenAsync(c.post()).get(60, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                throw new AssertionError("screening hung", e);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof PrivacyScreenException p) || p.code() != ErrorCode.IMAGE_INVALID) {
                    throw new AssertionError("screening failed with an undocumented exception", e.getCause());
                }
                assertThat(c.badInputPossible()).as("a bad-input error with no check raising one").isTrue();
                return;
            }
            if (c.somethingFailed() || c.uncovered()) {
                assertThat(r.verdict()).as("verdict when a check failed or was missing").isNotEqualTo(Verdict.ALLOW);
            }
            for (Finding f : r.findings()) {
                f.textSpan().ifPresent(span -> assertThat(span.end()).isLessThanOrEqualTo(c.post().text().length()));
                f.excerpt().ifPresent(x -> assertThat(ExcerptsTest.letterOrDigits(x)).hasSizeLessThanOrEqualTo(2));
                if (f.type() == FindingType.DETECTOR_FAILURE) {
                    assertThat(f.severity()).isGreaterThanOrEqualTo(Severity.MEDIUM);
                }
            }
            assertThat(r.remediated().text()).isEqualTo(r.redactedText().orElse(""));
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<String> text = Arbitraries.oneOf(
                Arbitraries.just(""),
                Arbitraries.strings().ofMaxLength(400),
                Arbitraries.strings().withChars("Ann Lee 0791 123456 @x.\u200b\ud83d\ude00é\n").ofMaxLength(2000));
        Arbitrary<List<byte[]>> images = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(16).list()
                .ofMaxSize(2);
        Arbitrary<Post> posts = Combinators.combine(text, images).as(EngineFuzzTest::post).filter(Optional::isPresent)
                .map(Optional::get);
        Arbitrary<Act> acts = Arbitraries.frequencyOf(
                Tuple.of(30, Arbitraries.of(Act.FIND)), Tuple.of(20, Arbitraries.of(Act.NOTHING)),
                Tuple.of(2, Arbitraries.of(Act.SLEEP, Act.SPIN)),
                Tuple.of(20, Arbitraries.of(Act.NULL, Act.NULL_ELEMENT, Act.OUTSIDE, Act.WRONG_IMAGE, Act.THROW,
                        Act.ERROR, Act.BAD_INPUT, Act.DEADLINE, Act.HUGE)));
        Arbitrary<Set<FindingType>> covers = Arbitraries.of(FindingType.class).set().ofMaxSize(6);
        Arbitrary<List<Script>> text3 = scripts("t", acts, covers, 3);
        Arbitrary<List<Script>> image2 = scripts("i", acts, covers, 2);
        Arbitrary<List<Script>> reader1 = scripts("r", acts, covers, 1);
        Arbitrary<List<Script>> rule2 = scripts("p", acts, covers, 2);
        return Combinators.combine(posts, policies(), text3, image2, reader1, rule2).as(Case::new);
    }

    private static Arbitrary<List<Script>> scripts(String prefix, Arbitrary<Act> acts,
                                                   Arbitrary<Set<FindingType>> covers, int max) {
        return Combinators.combine(acts, Arbitraries.longs(), covers).as(Spec::new).list().ofMaxSize(max)
                .map(l -> IntStream.range(0, l.size()).mapToObj(i -> new Script(prefix + i, l.get(i).act(),
                        l.get(i).seed(), l.get(i).covers())).toList());
    }

    private static Arbitrary<ScreeningPolicy> policies() {
        return Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.of("t0", "i0", "r0", "p0", "x")
                        .set().ofMaxSize(2), Arbitraries.of(FindingType.class), Arbitraries.of(Severity.class))
                .as((confidence, disabled, type, severity) -> {
                    ScreeningPolicy.Builder b = ScreeningPolicy.builder().minConfidence(confidence)
                            .detectorTimeout(BUDGET);
                    disabled.forEach(b::disable);
                    if (severity.compareTo(type.minimumSeverity()) >= 0) {
                        b.severity(type, severity);
                    }
                    return b.build();
                });
    }

    private static Optional<Post> post(String text, List<byte[]> images) {
        if (text.isEmpty() && images.isEmpty()) {
            return Optional.empty();
        }
        Post.Builder b = Post.builder().text(text);
        for (int i = 0; i < images.size(); i++) {
            b.image(PostImage.of("img-" + i, images.get(i)));
        }
        return Optional.of(b.build());
    }

    /** Does what the script says; findings come from the script's own seeded random, so a case replays. */
    private static <T> List<T> act(Script s, ScreeningContext c, java.util.function.Function<Random, T> one) {
        Random r = new Random(s.seed());
        switch (s.act()) {
            case NOTHING -> {
                return List.of();
            }
            case NULL -> {
                return null;
            }
            case NULL_ELEMENT -> {
                List<T> out = new ArrayList<>();
                out.add(null);
                return out;
            }
            case THROW -> throw new IllegalStateException("saw " + c.post().text());
            case ERROR -> throw new StackOverflowError();
            case BAD_INPUT -> throw new PrivacyScreenException(ErrorCode.IMAGE_INVALID, "images[0]: broken");
            case DEADLINE -> throw new DeadlineExceededException("the post's time budget ran out");
            case SLEEP -> {
                try {
                    Thread.sleep(BUDGET.toMillis() * 4);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return List.of();
            }
            case SPIN -> {
                while (true) {
                    Thread.interrupted(); // as native code would: deaf to interrupts
                    c.checkDeadline();
                }
            }
            default -> {
                // a misplaced finding must be there to count as a failure: at least one then
                int n = s.act() == Act.HUGE ? 5_000 : s.act() == Act.FIND ? r.nextInt(4) : 1 + r.nextInt(3);
                List<T> out = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    out.add(one.apply(r));
                }
                return out;
            }
        }
    }

    private static Finding finding(Script s, ScreeningContext c, Random r, boolean inImage, int image) {
        FindingType type = FindingType.values()[r.nextInt(FindingType.values().length)];
        Finding.Builder b = Finding.builder(type).confidence(r.nextDouble()).message("Found a " + type + ".")
                .severity(Severity.values()[1 + r.nextInt(3)]);
        String text = c.post().text();
        if (s.act() == Act.OUTSIDE) {
            b.location(Location.text(text.length(), text.length() + 1 + r.nextInt(5)));
        } else if (s.act() == Act.WRONG_IMAGE) {
            b.location(Location.image(c.post().images().size() + r.nextInt(3), 0, 0, 5, 5));
        } else if (inImage) {
            b.location(Location.image(image, r.nextInt(50), r.nextInt(50), 1 + r.nextInt(50), 1 + r.nextInt(50)));
        } else if (!text.isEmpty() && r.nextBoolean()) {
            int start = r.nextInt(text.length());
            b.span(text, start, start + 1 + r.nextInt(Math.min(30, text.length() - start)));
        }
        if (r.nextInt(4) == 0) {
            b.subject("person-" + r.nextInt(3));
        }
        return b.build();
    }

    private static TextDetector text(Script s) {
        return TestDetectors.of(s.id(), Detector.DEFAULT_PRIORITY, c -> act(s, c, r -> finding(s, c, r, false, -1)));
    }

    private static ImageDetector image(Script s) {
        return TestDetectors.image(s.id(), (c, image) -> act(s, c, r -> finding(s, c, r, true, image)));
    }

    private static ImageTextReader reader(Script s) {
        return TestDetectors.reader(s.id(), (c, image) -> {
            int target = s.act() == Act.WRONG_IMAGE ? image + 1 : image;
            return act(s, c, r -> new ReadText(Location.image(target, 0, r.nextInt(90), 40, 10),
                    r.nextBoolean() ? "Ann Lee 0791 123456" : "x" + r.nextInt(), r.nextDouble(), Optional.empty()));
        });
    }

    private static PostRule rule(Script s) {
        Set<FindingType> covers = s.covers().isEmpty() ? EnumSet.noneOf(FindingType.class) : EnumSet.copyOf(s.covers());
        return TestDetectors.rule(s.id(), covers, c -> {
            List<Finding> added = act(s, c, r -> finding(s, c, r, false, -1));
            if (added == null) {
                return null;
            }
            RuleResult.Builder b = RuleResult.builder();
            Random r = new Random(s.seed());
            for (Finding f : c.findings()) {
                if (r.nextBoolean()) {
                    b.cover(f, "covered by the fuzzer", "consent-" + r.nextInt(3));
                }
            }
            if (added.contains(null)) {
                return new RuleResult(added, java.util.Map.of()); // refuses the null: the rule fails
            }
            added.forEach(b::add);
            return b.build();
        });
    }
}
