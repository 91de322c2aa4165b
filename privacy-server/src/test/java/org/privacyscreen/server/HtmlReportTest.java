package org.privacyscreen.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.privacyscreen.Post;
import org.privacyscreen.PostImage;
import org.privacyscreen.ScreeningReport;
import org.privacyscreen.Screener;
import org.privacyscreen.image.SampleImages;
import org.privacyscreen.server.internal.ImageSize;

class HtmlReportTest {
    private static final Screener TEST = TestDetectors.screener();

    private static String render(Screener screener, Post post) {
        ScreeningReport report = screener.screen(post);
        return HtmlReport.render(post, report);
    }

    @Test
    void theFoundValuesAreMaskedAndTheRestOfTheTextStays() {
        String html = render(TEST, Post.builder().text("Ring PHONEWORD, said NAMEWORD.").build());
        assertThat(html).contains("data-verdict=\"BLOCK\"").contains("Do not publish as it is")
                .contains("Ring <mark class=\"sev-HIGH\">P********<sup>1</sup></mark>, said")
                .contains("<mark class=\"sev-MEDIUM\">N*******<sup>2</sup></mark>.")
                .doesNotContain("PHONEWORD").doesNotContain("NAMEWORD")
                .contains("A phone number").contains("What was found");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert('x')</script>", "<img src=x onerror=alert(1)>",
        "\"><svg onload=alert(1)>", "</p><a href=\"https://evil.example\">click</a>"})
    void thePostsOwnMarkupIsEscapedAndTheFileRunsNothing(String markup) {
        String html = render(TEST, Post.builder().text("Hello " + markup + " PHONEWORD").build());
        assertThat(html).doesNotContain(markup).doesNotContainIgnoringCase("<script")
                .doesNotContainIgnoringCase("<svg").doesNotContainIgnoringCase("<img src=x")
                .doesNotContain("<a href");
        assertThat(html).contains("&lt;");
        assertThat(html).contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';");
    }

    @Test
    void isSelfContained() {
        String html = render(TEST, Post.builder().text("PHONEWORD").build());
        assertThat(Pattern.compile("(src|href)=\"(https?:)?//").matcher(html).find()).isFalse();
        assertThat(html).doesNotContain("<link").contains("<style>").contains(".verdict-BLOCK");
    }

    @Test
    void aPhotoNoRemediatorBlurredIsLeftOut() {
        Post post = Post.builder().image(PostImage.of("a.jpg", SampleImages.scene(300, 200).jpeg())).build();
        String html = render(TEST, post);
        assertThat(html).contains("Photo 1 is not included").doesNotContain("data:image");
    }

    @Test
    void theBlurredPhotoIsEmbeddedWithABoxOverEachFinding() {
        Screener real = Screener.builder().build();
        byte[] photo = SampleImages.scene(640, 480).face(360, 120, 160).jpeg();
        String html = render(real, Post.builder().text("Our new waiting room").image(PostImage.of("room.jpg", photo))
                .build());
        assertThat(html).contains("src=\"data:image/").contains("class=\"box sev-HIGH\" style=\"left:")
                .contains("A face in a photo");
    }

    @Test
    void imageSize_readsTheHeaderOfEachFormat() {
        SampleImages.Scene scene = SampleImages.scene(321, 123);
        assertThat(ImageSize.of(scene.jpeg())).hasValueSatisfying(s -> assertThat(s).containsExactly(321, 123));
        assertThat(ImageSize.of(scene.png())).hasValueSatisfying(s -> assertThat(s).containsExactly(321, 123));
        assertThat(ImageSize.of(scene.webp())).hasValueSatisfying(s -> assertThat(s).containsExactly(321, 123));
        assertThat(ImageSize.of("not an image at all, really".getBytes())).isEmpty();
    }
}
