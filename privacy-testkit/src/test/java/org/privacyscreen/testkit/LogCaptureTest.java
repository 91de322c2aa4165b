package org.privacyscreen.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LogCaptureTest {

    @Test
    void during_everyChannel_isCaptured() {
        LogCapture.Captured<String> c = LogCapture.during(() -> {
            System.out.println("to out 111");
            System.err.println("to err 222");
            java.util.logging.Logger.getLogger("jul.test").fine("jul fine 333");
            LoggerFactory.getLogger("slf4j.test").trace("slf4j trace {}", "444");
            return "done";
        });
        assertThat(c.result()).isEqualTo("done");
        assertThat(c.failure()).isNull();
        assertThat(c.output()).contains("to out 111", "to err 222", "jul fine 333", "slf4j trace 444");
    }

    @Test
    void during_otherThreads_areCaptured() {
        LogCapture.Captured<Void> c = LogCapture.during(() -> {
            Thread t = new Thread(() -> System.err.println("from a pool thread 555"));
            t.start();
            t.join();
            return null;
        });
        assertThat(c.output()).contains("from a pool thread 555");
    }

    @Test
    void during_failingTask_isReportedAndStreamsRestored() {
        var out = System.out;
        var err = System.err;
        Level level = java.util.logging.Logger.getLogger("").getLevel();
        LogCapture.Captured<Object> c = LogCapture.during(() -> {
            throw new IllegalStateException("boom");
        });
        assertThat(c.failure()).isInstanceOf(IllegalStateException.class);
        assertThat(System.out).isSameAs(out);
        assertThat(System.err).isSameAs(err);
        assertThat(java.util.logging.Logger.getLogger("").getLevel()).isEqualTo(level);
    }

    @Test
    void active_withSystemProperty_isTrue() {
        // surefire selects the provider for this module's tests (see the pom)
        assertThat(TestSlf4jProvider.active()).isTrue();
    }
}
