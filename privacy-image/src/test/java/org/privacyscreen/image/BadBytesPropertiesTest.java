package org.privacyscreen.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.privacyscreen.PostImage;
import org.privacyscreen.PrivacyScreenException;
import org.privacyscreen.ScreeningReport;
import org.privacyscreen.Verdict;

/**
 * Bad bytes never crash the JVM and never pass: a bad-input exception, or at least REVIEW. Tries per property from
 * {@code junit-platform.properties}; long run:
 * {@code ./mvnw -pl privacy-image test -Dtest=BadBytesPropertiesTest -Djqwik.tries.default=5000}.
 */
class BadBytesPropertiesTest {
    private static final byte[] JPEG = SampleImages.scene(400, 300).face(50, 50, 80).jpeg();
    private static final byte[] PNG = SampleImages.scene(400, 300).form(20, 20, 12, 4).png();
    private static final byte[] WEBP = SampleImages.scene(400, 300).webp();

    @Property
    void screen_randomBytes_refusedOrNotAllowed(@ForAll @Size(min = 1, max = 4096) byte[] bytes) {
        check(bytes);
    }

    @Property
    void screen_randomBytesBehindRealMagic_refusedOrNotAllowed(@ForAll("magic") byte[] start,
                                                               @ForAll @Size(max = 2048) byte[] rest) {
        byte[] b = Arrays.copyOf(start, start.length + rest.length);
        System.arraycopy(rest, 0, b, start.length, rest.length);
        check(b);
    }

    @Property
    void screen_truncatedImages_refusedOrNotAllowed(@ForAll("images") byte[] image,
                                                    @ForAll @IntRange(min = 1, max = 999) int permille) {
        check(Arrays.copyOf(image, Math.max(1, image.length * permille / 1000)));
    }

    @Property
    void screen_flippedBytes_neverCrash(@ForAll("images") byte[] image, @ForAll @IntRange(min = 0) int seed) {
        byte[] b = image.clone();
        java.util.Random r = new java.util.Random(seed);
        for (int i = 0; i < 8; i++) {
            b[r.nextInt(b.length)] = (byte) r.nextInt(256);
        }
        try {
            Screening.screen(PostImage.of("x", b));
        } catch (PrivacyScreenException e) {
            assertThat(e.badInput()).as(e.getMessage()).isTrue();
        }
    }

    @Provide
    Arbitrary<byte[]> images() {
        return Arbitraries.of(JPEG, PNG, WEBP);
    }

    @Provide
    Arbitrary<byte[]> magic() {
        return Arbitraries.of(Arrays.copyOf(JPEG, 20), Arrays.copyOf(PNG, 33), Arrays.copyOf(WEBP, 30),
                new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
    }

    private static void check(byte[] bytes) {
        try {
            ScreeningReport r = Screening.screen(PostImage.of("x", bytes));
            assertThat(r.verdict()).isNotEqualTo(Verdict.ALLOW);
        } catch (PrivacyScreenException e) {
            assertThat(e.badInput()).as(e.getMessage()).isTrue();
        }
    }
}
