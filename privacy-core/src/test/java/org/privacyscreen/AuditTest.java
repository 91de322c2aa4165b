package org.privacyscreen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.privacyscreen.spi.AuditSink;

/** The decision is on record before it is handed out: a sink that fails fails the screening. */
class AuditTest {
    private static final AuditSink BROKEN = event -> {
        throw new IllegalStateException("INSERT INTO audit VALUES ('" + event.postId().orElse("") + "')");
    };

    @Test
    void screen_auditSinkFails_throwsAuditFailedWithoutTheIdOrTheSinksMessage() {
        Screener s = Screener.builder().discover(false)
                .detector(TestDetectors.regex("digits", FindingType.PHONE_NUMBER, "\\d{6,}")).audit(BROKEN).build();
        assertThatThrownBy(() -> s.screen(Post.builder().id("client-4711-post").text("call 0791112345").build()))
                .isInstanceOfSatisfying(PrivacyScreenException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.AUDIT_FAILED);
                    assertThat(e.badInput()).isFalse();
                    assertThat(e.getCause()).isNull();
                }).hasMessageNotContaining("4711").hasMessageNotContaining("INSERT");
    }

    @Test
    void screenAsync_auditSinkFails_failsTheFuture() {
        Screener s = Screener.builder().discover(false)
                .detector(TestDetectors.regex("digits", FindingType.PHONE_NUMBER, "\\d{6,}")).audit(BROKEN).build();
        assertThatThrownBy(() -> s.screenAsync(TestDetectors.post("hello")).get())
                .isInstanceOf(ExecutionException.class).cause().isInstanceOfSatisfying(PrivacyScreenException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.AUDIT_FAILED));
    }
}
