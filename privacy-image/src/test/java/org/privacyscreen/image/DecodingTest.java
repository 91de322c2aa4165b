package org.privacyscreen.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.privacyscreen.ErrorCode;
import org.privacyscreen.FindingType;
import org.privacyscreen.ImageFormat;
import org.privacyscreen.Location;
import org.privacyscreen.Post;
import org.privacyscreen.PostImage;
import org.privacyscreen.PrivacyScreenException;
import org.privacyscreen.Screener;
import org.privacyscreen.ScreeningPolicy;
import org.privacyscreen.ScreeningReport;
import org.privacyscreen.image.internal.decode.Header;

class DecodingTest {
    private static final byte[] JPEG = SampleImages.scene(320, 240).jpeg();
    private static final byte[] PNG = SampleImages.scene(320, 240).png();
    private static final byte[] WEBP = SampleImages.scene(320, 240).webp();

    @Test
    void read_givesFormatAndSizeOfEachAcceptedFormat() {
        for (var c : List.of(new Object[] {JPEG, ImageFormat.JPEG}, new Object[] {PNG, ImageFormat.PNG},
                new Object[] {WEBP, ImageFormat.WEBP})) {
            Header h = Header.read((byte[]) c[0], "images[0] (x)", Long.MAX_VALUE);
            assertThat(h.format()).isEqualTo(c[1]);
            assertThat(h.width()).isEqualTo(320);
            assertThat(h.height()).isEqualTo(240);
        }
    }

    @Test
    void screen_acceptsPngAndWebp() {
        assertThat(Screening.screen(PostImage.of("a.png", PNG)).findings()).noneMatch(f -> f.type()
                == FindingType.DETECTOR_FAILURE);
        assertThat(Screening.screen(PostImage.of("a.webp", WEBP)).findings()).noneMatch(f -> f.type()
                == FindingType.DETECTOR_FAILURE);
    }

    @Test
    void screen_heicIsUnsupportedNamingImageAndAcceptedFormats() {
        byte[] heic = new byte[64];
        System.arraycopy("\0\0\0\u0018ftypheic".getBytes(StandardCharsets.ISO_8859_1), 0, heic, 0, 12);
        assertThatThrownBy(() -> Screening.screen(PostImage.of("IMG_0001.HEIC", heic)))
                .isInstanceOfSatisfying(PrivacyScreenException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.IMAGE_UNSUPPORTED);
                    assertThat(e.badInput()).isTrue();
                    assertThat(e.getMessage()).contains("images[0]", "IMG_0001.HEIC", "HEIC", "JPEG, PNG or WebP");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"GIF89a\u0001\0\u0001\0", "BM\0\0\0\0\0\0", "II*\0\0\0\0\0", "hello, world", "%PDF-1.7"})
    void screen_otherFormatsAreUnsupported(String start) {
        byte[] b = Arrays.copyOf(start.getBytes(StandardCharsets.ISO_8859_1), 64);
        assertThatThrownBy(() -> Screening.screen(PostImage.of("x.bin", b)))
                .isInstanceOfSatisfying(PrivacyScreenException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.IMAGE_UNSUPPORTED));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.2, 0.5, 0.9, 0.99})
    void screen_truncatedFilesAreInvalid(double keep) {
        for (byte[] full : List.of(JPEG, PNG, WEBP)) {
            byte[] cut = Arrays.copyOf(full, (int) (full.length * keep));
            assertThatThrownBy(() -> Screening.screen(PostImage.of("cut", cut)))
                    .isInstanceOfSatisfying(PrivacyScreenException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.IMAGE_INVALID));
        }
    }

    @Test
    void screen_jpegWithCorruptScanButEndMarkerFailsClosed() {
        byte[] broken = JPEG.clone();
        for (int i = broken.length / 2; i < broken.length / 2 + 2000; i++) {
            broken[i] = (byte) 0xFF;
        }
        try {
            ScreeningReport r = Screening.screen(PostImage.of("broken.jpg", broken));
            assertThat(r.verdict()).isNotEqualTo(org.privacyscreen.Verdict.ALLOW);
        } catch (PrivacyScreenException e) {
            assertThat(e.badInput()).isTrue();
        }
    }

    @Test
    void screen_imageOverPixelLimitIsTooLarge() {
        Screener small = Screener.builder().discover(false).provider(new ImageDetectorProvider())
                .policy(ScreeningPolicy.builder().limits(new ScreeningPolicy.Limits(50_000, 52_428_800, 100_000))
                        .build()).build();
        Post post = Post.builder().image(PostImage.of("big.jpg", JPEG)).build();
        assertThatThrownBy(() -> small.screen(post)).isInstanceOfSatisfying(PrivacyScreenException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.IMAGE_TOO_LARGE);
            assertThat(e.getMessage()).contains("images[0]", "320x240");
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 6, 8})
    void screen_boxesAreInThePhotoAsDisplayed(int orientation) {
        byte[] turned = SampleImages.scene(800, 600).face(500, 120, 120).orientation(orientation).jpeg();
        Header h = Header.read(turned, "x", Long.MAX_VALUE);
        assertThat(h.orientation()).isEqualTo(orientation);
        assertThat(List.of(h.width(), h.height())).containsExactly(800, 600);
        ScreeningReport r = Screening.screen(turned);
        List<Location.Image> faces = Screening.boxes(r, FindingType.FACE);
        assertThat(faces).hasSize(1);
        Location.Image f = faces.get(0);
        // the face crop spans x 500..~690, y 120..~336 as displayed
        assertThat(f.x() + f.width() / 2).isBetween(530, 660);
        assertThat(f.y() + f.height() / 2).isBetween(150, 320);
    }
}
