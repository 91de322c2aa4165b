package org.privacyscreen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostTest {

    @Test
    void build_withoutTextOrImages_isRefused() {
        assertThatThrownBy(() -> Post.builder().build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("text");
    }

    @Test
    void build_appliesContractDefaults() {
        Post p = Post.builder().text("hello").build();
        assertThat(p.channel()).isEqualTo("other");
        assertThat(p.purpose()).isEqualTo(Purpose.SOCIAL_POST);
        assertThat(p.audience().kind()).isEqualTo(Audience.Kind.PUBLIC);
        assertThat(p.author().account()).isEqualTo(AccountKind.OFFICIAL);
        assertThat(p.id()).isNotBlank();
        assertThat(p.inReplyTo()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Instagram", "", "two words", "x!"})
    void channel_notALowerCaseWord_isRefused(String channel) {
        assertThatThrownBy(() -> Post.builder().channel(channel)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("channel");
    }

    @Test
    void images_areCopied_soThePostIsImmutable() {
        byte[] bytes = {1, 2, 3};
        Post p = Post.builder().image(PostImage.of("a.jpg", bytes)).build();
        bytes[0] = 9;
        assertThat(p.images().get(0).bytes()[0]).isEqualTo((byte) 1);
        p.images().get(0).bytes()[1] = 9;
        assertThat(p.images().get(0).bytes()[1]).isEqualTo((byte) 2);
        assertThatThrownBy(() -> p.images().add(PostImage.of("b.jpg", bytes)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void toString_doesNotShowTheText() {
        assertThat(Post.builder().text("Sarah Johnson").build().toString()).doesNotContain("Sarah");
    }

    @Test
    void audience_membersOnlyForGroups() {
        assertThatThrownBy(() -> new Audience(Audience.Kind.PUBLIC, List.of("a"), java.util.Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("members");
        assertThat(Audience.group("staff", List.of("s-1")).isPublic()).isFalse();
    }
}
