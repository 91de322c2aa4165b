package org.privacyscreen.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.privacyscreen.Audience;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.Location;
import org.privacyscreen.Post;
import org.privacyscreen.Severity;
import org.privacyscreen.spi.PostRule;
import org.privacyscreen.spi.RuleResult;
import org.privacyscreen.spi.ScreeningContext;

/** Runs the rule contract on a sound rule and on deliberately broken ones, and checks what it catches. */
class PostRuleContractTest {

    enum Flaw { NONE, VALUE_IN_REASON, FOREIGN_COVER, UNDECLARED_COVER }

    /** Covers every earlier finding of a post to a closed group: it is internal. */
    static final class ClosedGroup implements PostRule {
        private final Flaw flaw;

        ClosedGroup(Flaw flaw) {
            this.flaw = flaw;
        }

        @Override
        public String id() {
            return "closed-group";
        }

        @Override
        public Set<FindingType> covers() {
            return flaw == Flaw.UNDECLARED_COVER ? Set.of(FindingType.FACE)
                    : Set.of(FindingType.MEDICAL_RECORD_NUMBER);
        }

        @Override
        public RuleResult apply(ScreeningContext context) {
            if (context.post().audience().isPublic()) {
                return RuleResult.NONE;
            }
            RuleResult.Builder r = RuleResult.builder();
            for (Finding f : context.findings()) {
                Location.Text span = f.textSpan().orElseThrow();
                String reason = flaw == Flaw.VALUE_IN_REASON
                        ? "internal post, " + context.post().text().substring(span.start(), span.end())
                        : "posted to a closed group";
                r.cover(flaw == Flaw.FOREIGN_COVER ? f.withSeverity(Severity.LOW) : f, reason);
            }
            return r.build();
        }
    }

    abstract static class Contract extends PostRuleContract {
        abstract Flaw flaw();

        @Override
        protected PostRule rule() {
            return new ClosedGroup(flaw());
        }

        @Override
        protected List<Post> positives() {
            return Samples.POSITIVES.stream().map(t -> Post.builder().text(t)
                    .audience(Audience.group("staff", List.of("staff-1"))).build()).toList();
        }

        @Override
        protected List<Post> negatives() {
            return Samples.POSITIVES.stream().map(t -> Post.builder().text(t).build()).toList();
        }

        @Override
        protected ScreeningContext context(Post post) {
            // what the detectors found: the rule judges these
            List<Finding> found = new Samples.DigitRuns(Samples.Flaw.NONE).detect(TestContexts.of(post));
            return TestContexts.builder().findings(found).build(post);
        }
    }

    static class Sound extends Contract {
        @Override
        Flaw flaw() {
            return Flaw.NONE;
        }
    }

    static class ValueInReason extends Contract {
        @Override
        Flaw flaw() {
            return Flaw.VALUE_IN_REASON;
        }
    }

    static class ForeignCover extends Contract {
        @Override
        Flaw flaw() {
            return Flaw.FOREIGN_COVER;
        }
    }

    static class UndeclaredCover extends Contract {
        @Override
        Flaw flaw() {
            return Flaw.UNDECLARED_COVER;
        }
    }

    @Test
    void contract_coverOfAnUndeclaredType_fails() {
        assertThat(TextDetectorContractTest.failed(TextDetectorContractTest.run(UndeclaredCover.class)))
                .containsExactly("covers_declaresWhatTheRuleCovers");
    }

    @Test
    void contract_soundRule_passesEveryCheck() {
        var results = TextDetectorContractTest.run(Sound.class);
        assertThat(TextDetectorContractTest.failed(results)).isEmpty();
        assertThat(results.testEvents().succeeded().count()).isEqualTo(14);
    }

    @Test
    void contract_valueInReason_fails() {
        assertThat(TextDetectorContractTest.failed(TextDetectorContractTest.run(ValueInReason.class)))
                .containsExactly("apply_messagesAndReasons_holdNoValue");
    }

    @Test
    void contract_coverOfAnUnknownFinding_fails() {
        assertThat(TextDetectorContractTest.failed(TextDetectorContractTest.run(ForeignCover.class)))
                .containsExactly("apply_covered_areEarlierFindings");
    }
}
