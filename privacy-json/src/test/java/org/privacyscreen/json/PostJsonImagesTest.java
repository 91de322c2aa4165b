package org.privacyscreen.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.privacyscreen.Post;
import org.privacyscreen.PostImage;
import org.privacyscreen.json.internal.JsonText;

class PostJsonImagesTest {
    @TempDir
    Path dir;

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private static String embedded(String name, byte[] bytes) {
        return "{\"name\": \"" + name + "\", \"data\": \"" + Base64.getEncoder().encodeToString(bytes) + "\"}";
    }

    @Test
    void readEmbedded_decodesEachImageInOrderWithItsName() throws IOException {
        byte[] png = png();
        Post post = PostJson.readEmbedded(JsonText.parse("{\"text\": \"hi\", \"images\": [" + embedded("a.png", png)
                + ", " + embedded("b.png", png) + "]}", "req"), "req");
        assertThat(post.images()).extracting(PostImage::name).containsExactly("a.png", "b.png");
        assertThat(post.images().get(0).bytes()).isEqualTo(png);
    }

    @Test
    void readEmbedded_aPostOfOnlyAPhotoNeedsNoText() throws IOException {
        Post post = PostJson.readEmbedded(JsonText.parse("{\"images\": [" + embedded("a.png", png()) + "]}", "req"),
                "req");
        assertThat(post.text()).isEmpty();
        assertThat(post.images()).hasSize(1);
    }

    @Test
    void readEmbedded_refusesAFilePathSoAServiceNeverReadsItsOwnFiles() throws IOException {
        Path file = dir.resolve("x.png");
        Files.write(file, png());
        assertThatThrownBy(() -> PostJson.readEmbedded(JsonText.parse("{\"text\": \"hi\", \"images\": [\"" + file
                + "\"]}", "req"), "req"))
                .isInstanceOf(JsonInputException.class)
                .hasMessage("req: images[0]: must be an object {\"name\": \"a.jpg\", \"data\": \"<base64>\"}");
    }

    @Test
    void read_acceptsPathsAndEmbeddedImagesSideBySide() throws IOException {
        Files.write(dir.resolve("x.png"), png());
        Post post = PostJson.read(JsonText.parse("{\"images\": [\"x.png\", " + embedded("y.png", png()) + "]}", "f"),
                dir, "f");
        assertThat(post.images()).extracting(PostImage::name).containsExactly("x.png", "y.png");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"name\": \"a.png\", \"data\": \"not base64!\"}     | req: images[0].data: is not base64",
        "{\"name\": \"a.png\", \"data\": \"R0lGODlhAQABAAAAACw=\"} | unsupported image format (GIF)",
        "{\"name\": \"a.png\"}                                | req: images[0].data: is required",
        "{\"data\": \"iVBORw0KGgo=\"}                         | req: images[0].name: is required",
        "{\"name\": \" \", \"data\": \"iVBORw0KGgo=\"}        | req: images[0].name: must not be blank",
        "{\"name\": \"a.png\", \"data\": \"iVBORw0KGgo=\", \"path\": \"/etc/passwd\"} | req: images[0].path: is not a field",
        "42                                                  | req: images[0]: must be an object",
    })
    void readEmbedded_badImagesAreBadInputNamingTheField(String image, String message) {
        assertThatThrownBy(() -> PostJson.readEmbedded(JsonText.parse("{\"text\": \"hi\", \"images\": [" + image
                + "]}", "req"), "req"))
                .isInstanceOf(JsonInputException.class)
                .hasMessageContaining(message);
    }

    @Test
    void readWithParts_takesTheGivenImagesAndRefusesImagesInTheJson() throws IOException {
        PostImage part = PostImage.of("part.png", png());
        Post post = PostJson.read(JsonText.parse("{\"text\": \"hi\"}", "post"), List.of(part), "post");
        assertThat(post.images()).containsExactly(part);
        assertThatThrownBy(() -> PostJson.read(JsonText.parse("{\"images\": [\"a.png\"]}", "post"), List.of(part),
                "post"))
                .isInstanceOf(JsonInputException.class)
                .hasMessage("post: images: must be absent: the images are the request's other parts");
    }

    @Test
    void readEmbedded_messagesNeverQuoteTheData() {
        String secret = Base64.getEncoder().encodeToString("Sarah Johnson 07700 900123".getBytes());
        assertThatThrownBy(() -> PostJson.readEmbedded(JsonText.parse("{\"images\": [{\"name\": \"a.png\", \"data\": \""
                + secret + "\"}]}", "req"), "req"))
                .isInstanceOf(JsonInputException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(secret).doesNotContain("Sarah"));
    }
}
