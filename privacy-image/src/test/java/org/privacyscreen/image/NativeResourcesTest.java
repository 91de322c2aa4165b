package org.privacyscreen.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.privacyscreen.Finding;
import org.privacyscreen.Post;
import org.privacyscreen.PostImage;
import org.privacyscreen.Screener;
import org.privacyscreen.ScreeningReport;
import org.privacyscreen.image.internal.NativePool;
import org.privacyscreen.image.internal.decode.Decoded;
import org.privacyscreen.image.internal.decode.ImageCache;
import org.privacyscreen.spi.ImageDetector;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.testkit.TestContexts;

/**
 * Native memory is held no longer than it is needed: a screening's decoded pixels are freed when it ends, and a
 * closed screener leaves no network, code detector or OCR reader behind, in a pool or on a host's thread.
 */
class NativeResourcesTest {
    private static final byte[] PHOTO = SampleImages.scene(2400, 1800).face(200, 400, 400)
            .printed(1000, 800, 24, 0.02, new Scalar(238, 242, 244), "PATIENT INTAKE", "Name: Morgan Ellery")
            .qr(1900, 1200, 300, "MRN 00412").jpeg();

    /** Keeps the decoded image it saw, as a detector of the post would. */
    private static final class Peeker implements ImageDetector {
        final List<Decoded> seen = new ArrayList<>();

        @Override
        public String id() {
            return "test-peeker";
        }

        @Override
        public List<Finding> detect(ScreeningContext context, int image) {
            synchronized (seen) {
                seen.add(ImageCache.of(context).decoded(image));
            }
            return List.of();
        }
    }

    @Test
    void screen_freesTheDecodedPixelsWhenTheScreeningEnds() {
        Peeker peeker = new Peeker();
        try (Screener screener = Screener.builder().discover(false).provider(new ImageDetectorProvider())
                .detector(peeker).build()) {
            ScreeningReport r = screener.screen(Post.builder().image(PostImage.of("a.jpg", PHOTO))
                    .image(PostImage.of("b.jpg", PHOTO)).build());
            assertThat(r.findings()).isNotEmpty();
        }
        assertThat(peeker.seen).hasSize(2).allSatisfy(d -> {
            assertThat(d.bgr().empty()).isTrue();
            assertThat(d.gray().empty()).isTrue();
        });
    }

    @Test
    void imageCache_closeFreesWhatWasDecodedAndDecodesNothing() {
        Post post = Post.builder().image(PostImage.of("a.jpg", PHOTO)).image(PostImage.of("b.jpg", PHOTO)).build();
        ScreeningContext context = TestContexts.of(post);
        ImageCache cache = ImageCache.of(context);
        Decoded first = cache.decoded(0);
        Mat full = cache.fullGray(0);
        assertThat(first.bgr().empty()).isFalse();
        cache.close();
        assertThat(first.bgr().empty()).isTrue();
        assertThat(first.gray().empty()).isTrue();
        assertThat(full.empty()).isTrue();
    }

    @Test
    void close_releasesThePooledNativeObjectsAHostsThreadsUsed() throws Exception {
        ExecutorService host = Executors.newFixedThreadPool(2);
        try {
            Screener screener = Screener.builder().discover(false).provider(new ImageDetectorProvider())
                    .executor(host).build();
            screener.screen(Post.builder().image(PostImage.of("a.jpg", PHOTO)).build());
            assertThat(NativePool.idleInAllPools()).isPositive();
            screener.close();
            assertThat(NativePool.idleInAllPools()).isZero();
            // the host's threads are still the host's, and usable
            assertThat(host.submit(() -> 42).get()).isEqualTo(42);
        } finally {
            host.shutdownNow();
        }
    }

    /**
     * No class of the module keeps anything in a thread-local: a value there would stay on each executor thread of
     * the host that ever ran a detector, and pin this class loader after the screener is closed.
     */
    @Test
    void noClassHoldsAThreadLocal() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(ImageDetectorProvider.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI());
        List<String> holders = new ArrayList<>();
        int scanned = 0;
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, getClass().getClassLoader());
                scanned++;
                for (Field field : c.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers()) && ThreadLocal.class.isAssignableFrom(field.getType())) {
                        holders.add(name + "." + field.getName());
                    }
                }
            }
        }
        assertThat(scanned).isGreaterThan(30);
        assertThat(holders).isEmpty();
    }
}
