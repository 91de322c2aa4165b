package org.privacyscreen.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** Runs the text contract on a sound detector and on deliberately broken ones, and checks what it catches. */
class TextDetectorContractTest {

    static class Sound extends Samples.Contract {
        @Override
        Samples.Flaw flaw() {
            return Samples.Flaw.NONE;
        }
    }

    static class OffsetOutside extends Samples.Contract {
        @Override
        Samples.Flaw flaw() {
            return Samples.Flaw.OFFSET_OUTSIDE;
        }
    }

    static class ValueInMessage extends Samples.Contract {
        @Override
        Samples.Flaw flaw() {
            return Samples.Flaw.VALUE_IN_MESSAGE;
        }
    }

    static class NoExcerpt extends Samples.Contract {
        @Override
        Samples.Flaw flaw() {
            return Samples.Flaw.NO_EXCERPT;
        }
    }

    static class IgnoresDeadline extends Samples.Contract {
        @Override
        Samples.Flaw flaw() {
            return Samples.Flaw.IGNORES_DEADLINE;
        }

        @Override
        protected Duration timeBudget() {
            return Duration.ofMillis(300);
        }
    }

    static class PrepareFails extends Samples.Contract {
        @Override
        Samples.Flaw flaw() {
            return Samples.Flaw.PREPARE_FAILS;
        }
    }

    static class SharedState extends Samples.Contract {
        @Override
        Samples.Flaw flaw() {
            return Samples.Flaw.SHARED_STATE;
        }

        @Override
        protected int callsPerThread() {
            return 500;
        }
    }

    static class LogsValue extends Samples.Contract {
        @Override
        Samples.Flaw flaw() {
            return Samples.Flaw.LOGS_VALUE;
        }
    }

    static class IgnoresInterrupt extends Samples.Contract {
        @Override
        Samples.Flaw flaw() {
            return Samples.Flaw.IGNORES_INTERRUPT;
        }

        @Override
        protected Duration timeBudget() {
            return Duration.ofMillis(300);
        }
    }

    @Test
    void contract_soundDetector_passesEveryCheck() {
        EngineExecutionResults results = run(Sound.class);
        assertThat(failed(results)).isEmpty();
        assertThat(results.testEvents().succeeded().count()).isEqualTo(15);
    }

    @Test
    void contract_offsetsOutsideTheText_fail() {
        assertThat(failed(run(OffsetOutside.class))).contains("detect_findings_insideTheText")
                .doesNotContain("id_isStableLowerCase", "detect_positives_findSomething");
    }

    @Test
    void contract_valueInMessage_fails() {
        assertThat(failed(run(ValueInMessage.class))).containsExactly("detect_messages_holdNoValue");
    }

    @Test
    void contract_noExcerpt_fails() {
        // a clear excerpt cannot be made any more: the Finding constructor masks it
        assertThat(failed(run(NoExcerpt.class))).containsExactly("detect_excerpts_masked");
    }

    @Test
    void contract_deadlineIgnored_fails() {
        assertThat(failed(run(IgnoresDeadline.class))).containsExactly("detect_pastDeadline_endsPromptly");
    }

    @Test
    void contract_engineRefusesTheDetector_fails() {
        assertThat(failed(run(PrepareFails.class))).containsExactly("screen_inAScreener_engineAcceptsEveryResult");
    }

    @Test
    void contract_sharedMutableState_fails() {
        assertThat(failed(run(SharedState.class))).containsExactly("detect_concurrentCalls_matchSingleThreaded");
    }

    @Test
    void contract_valueLogged_fails() {
        assertThat(failed(run(LogsValue.class))).containsExactly("detect_logs_holdNoValue");
    }

    @Test
    void contract_interruptIgnored_fails() {
        assertThat(failed(run(IgnoresInterrupt.class))).contains("detect_interrupted_endsWithinBudget",
                "detect_pastDeadline_endsPromptly");
    }

    @Test
    void contract_failureMessages_holdNoValue() {
        run(ValueInMessage.class).testEvents().failed().stream()
                .map(e -> e.getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow()
                        .getThrowable().orElseThrow().getMessage())
                .forEach(m -> Samples.POSITIVES.forEach(p -> assertThat(DetectorChecks.quotes(m, "4471092"))
                        .isFalse()));
    }

    static EngineExecutionResults run(Class<?> contract) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(contract)).execute();
    }

    static Set<String> failed(EngineExecutionResults results) {
        Set<String> names = new TreeSet<>();
        List<Event> events = results.testEvents().failed().list();
        for (Event e : events) {
            names.add(((MethodSource) e.getTestDescriptor().getSource().orElseThrow()).getMethodName());
        }
        return names;
    }
}
