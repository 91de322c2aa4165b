package org.privacyscreen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exceptions and descriptions name fields and indexes, never a file name or an id the host gave. */
class NothingInClearTest {
    private static final String FILE = "maria-thompson-scan.jpg";

    @Test
    void screen_imageOverTheLimitOrEmpty_namesTheIndexNotTheFile() {
        ScreeningPolicy small = ScreeningPolicy.builder().limits(new ScreeningPolicy.Limits(100, 2, 10)).build();
        Screener screener = Screener.builder().discover(false).policy(small).build();
        assertThatThrownBy(() -> screener.screen(Post.builder().image(PostImage.of(FILE, new byte[] {1, 2, 3}))
                .build())).isInstanceOf(PrivacyScreenException.class).hasMessageContaining("images[0]")
                .hasMessageNotContaining("maria");
        assertThatThrownBy(() -> screener.screen(Post.builder().image(PostImage.of(FILE, new byte[0])).build()))
                .isInstanceOf(PrivacyScreenException.class).hasMessageNotContaining("maria");
    }

    @Test
    void postImage_describesItselfWithoutItsName() {
        assertThat(PostImage.of(FILE, new byte[] {1})).hasToString("PostImage[1 bytes]");
    }

    @Test
    void stores_unknownOrDuplicateIds_areNotQuoted() {
        InMemoryConsentStore store = new InMemoryConsentStore();
        assertThatThrownBy(() -> store.revoke("client-4711-consent", Instant.EPOCH))
                .hasMessageNotContaining("4711");
        assertThatThrownBy(() -> store.recordUse(new ConsentUse("client-4711-consent", "p", "x", Instant.EPOCH)))
                .hasMessageNotContaining("4711");
        Person p = Person.client("client-4711", "Maria Thompson");
        assertThatThrownBy(() -> new InMemoryClientDirectory(Organisation.NONE, List.of(p, p)))
                .hasMessageContaining("people[1]").hasMessageNotContaining("4711");
    }

    @Test
    void screen_failingChecksAndSink_logNoValueFileNameOrId() {
        org.privacyscreen.spi.TextDetector leaky = TestDetectors.of("leaky", 0, c -> {
            throw new IllegalStateException("saw Maria Thompson, client-4711, in " + FILE);
        });
        org.privacyscreen.spi.ImageDetector nothing = TestDetectors.image("nothing", (c, image) -> null);
        org.privacyscreen.spi.AuditSink failing = e -> {
            throw new IllegalStateException("cannot store " + e.postId().orElse("") + " Maria Thompson");
        };
        Post post = Post.builder().id("client-4711-post").text("Maria Thompson, 07911 123456")
                .image(PostImage.of(FILE, new byte[] {1})).build();
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        Throwable thrown;
        try (Screener s = Screener.builder().discover(false).detector(leaky).detector(nothing).audit(failing)
                .build()) {
            thrown = org.assertj.core.api.Assertions.catchThrowable(() -> s.screen(post));
        } finally {
            System.setErr(err);
        }
        String logged = captured.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(logged).contains("leaky", "IllegalStateException") // it did log, by id and class
                .doesNotContainIgnoringCase("maria").doesNotContain("4711").doesNotContain("07911");
        assertThat(thrown).isInstanceOf(PrivacyScreenException.class).hasNoCause();
        assertThat(thrown.getMessage()).doesNotContainIgnoringCase("maria").doesNotContain("4711");
    }
}
