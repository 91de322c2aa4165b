package org.privacyscreen.testkit;

import java.awt.Color;
import java.awt.Dimension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.Location;
import org.privacyscreen.Post;
import org.privacyscreen.PostImage;
import org.privacyscreen.PrivacyScreenException;
import org.privacyscreen.spi.ImageDetector;
import org.privacyscreen.spi.ScreeningContext;

/**
 * The contract every {@link ImageDetector} owes the engine, as JUnit 5 tests. Extend it from a test class:
 *
 * <pre>{@code
 * class BadgeDetectorContractTest extends ImageDetectorContract {
 *     protected ImageDetector detector() { return new BadgeDetector(); }
 *     protected List<byte[]> positives() { return List.of(read("badge.jpg")); }
 * }
 * }</pre>
 *
 * <p>It checks: a stable lower-case id; something found in every positive and nothing in any negative (plain
 * images by default); every box inside its image's bounds (measured with {@code javax.imageio}; a box that fits
 * once width and height are swapped passes, for EXIF-rotated photos) and in the image asked about, not another;
 * the same findings on every call; the same findings from many threads at once, several images of one post
 * included, as from one; no failure on a one-pixel image; a truncated image either read or refused with a
 * {@link PrivacyScreenException}; a 12-megapixel photo, an interrupted thread and a context whose deadline has
 * passed handled within the time budget (past the deadline: returning, or throwing {@code checkDeadline()}'s
 * {@code DeadlineExceededException}); and, in a real screener, results the engine accepts.
 *
 * <p>To leave a check out, override its method without {@code @Test}. The time budget is a bound against hangs,
 * not a speed test: measure speed with JMH.
 */
public abstract class ImageDetectorContract {
    private ImageDetector detector;

    /** The detector under test. Called once per test; the instance is then shared by every call and thread. */
    protected abstract ImageDetector detector();

    /** Encoded images (JPEG, PNG) in which the detector must find at least one thing. At least one. */
    protected abstract List<byte[]> positives();

    /** Encoded images in which the detector must find nothing; plain grey and white images by default. */
    protected List<byte[]> negatives() {
        return List.of(TestImages.png(320, 240, Color.GRAY), TestImages.jpeg(640, 480, Color.WHITE));
    }

    /** The post holding {@code images}; override to set a channel, audience or text the detector needs. */
    protected Post post(List<PostImage> images) {
        return Post.builder().images(images).build();
    }

    /** The context a post is screened in; override to give a client directory or consents. */
    protected ScreeningContext context(Post post) {
        return TestContexts.of(post);
    }

    /** The finding types this detector reports; when not empty, every finding must have one of them. */
    protected Set<FindingType> types() {
        return Set.of();
    }

    /** The size of an encoded image, for the bounds check; override for formats {@code javax.imageio} lacks. */
    protected Optional<Dimension> imageSize(byte[] image) {
        return TestImages.size(image);
    }

    /** How long one call may take before it counts as hanging: the default policy's detector timeout. */
    protected Duration timeBudget() {
        return Duration.ofSeconds(10);
    }

    /** Threads calling the detector at once in the thread-safety check. */
    protected int threads() {
        return 4;
    }

    /** Calls each thread makes in the thread-safety check. */
    protected int callsPerThread() {
        return 10;
    }

    /** A large photo: 4032 by 3024 pixels (12 megapixels), as phones take them. */
    protected byte[] largeImage() {
        return Large.JPEG;
    }

    @Test
    void id_isStableLowerCase() {
        DetectorChecks.checkId(subject());
    }

    @Test
    void detect_positives_findSomething() {
        List<byte[]> positives = TextDetectorContract.nonEmpty(positives(), "positives()");
        for (int i = 0; i < positives.size(); i++) {
            if (detect(single(positives.get(i)), 0).isEmpty()) {
                throw new AssertionError("found nothing in positive " + i);
            }
        }
    }

    @Test
    void detect_negatives_findNothing() {
        List<byte[]> negatives = TextDetectorContract.nonEmpty(negatives(), "negatives()");
        for (int i = 0; i < negatives.size(); i++) {
            List<Finding> found = detect(single(negatives.get(i)), 0);
            if (!found.isEmpty()) {
                throw new AssertionError("found " + DetectorChecks.summary(found) + " in negative " + i);
            }
        }
    }

    @Test
    void detect_findings_insideTheImage() {
        List<byte[]> all = samples();
        for (int i = 0; i < all.size(); i++) {
            // the sample is the second image of its post, so a box must name image 1
            Post post = post(List.of(PostImage.of("first.png", TestImages.png(16, 16, Color.WHITE)),
                    PostImage.of("sample-" + i, all.get(i))));
            check(post, 1, detect(post, 1));
        }
    }

    @Test
    void detect_repeatedCalls_sameFindings() {
        for (byte[] image : samples()) {
            Post post = single(image);
            List<Finding> first = detect(post, 0);
            for (int i = 0; i < 2; i++) {
                DetectorChecks.checkSameFindings(first, detect(post, 0), "a later call on the same image");
            }
        }
    }

    @Test
    void detect_concurrentCalls_matchSingleThreaded() {
        ImageDetector d = subject();
        List<byte[]> all = samples();
        List<PostImage> images = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            images.add(PostImage.of("sample-" + i, all.get(i)));
        }
        // one post holding every sample, one context: the engine runs a detector on a post's images at once
        Post post = post(images);
        ScreeningContext shared = context(post);
        List<Callable<List<Finding>>> calls = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            int image = i;
            calls.add(() -> d.detect(shared, image));
        }
        for (int i = 0; i < images.size(); i++) {
            Post alone = single(all.get(i));
            calls.add(() -> d.detect(context(alone), 0));
        }
        DetectorChecks.checkConcurrent(calls, threads(), callsPerThread());
    }

    @Test
    void detect_tinyImage_doesNotFail() {
        Post post = single(TestImages.png(1, 1, Color.BLACK));
        check(post, 0, detect(post, 0));
    }

    @Test
    void detect_truncatedImage_readOrRefused() {
        Post post = single(TestImages.truncated(TextDetectorContract.nonEmpty(positives(), "positives()").get(0),
                0.5));
        ImageDetector d = subject();
        DetectorChecks.Run<List<Finding>> run = DetectorChecks.runOnOwnThread(() -> d.detect(context(post), 0),
                DetectorChecks.Interrupt.NONE, timeBudget());
        if (!run.finished()) {
            throw new AssertionError("did not finish a truncated image within " + timeBudget().toMillis() + " ms");
        }
        if (run.failure() != null && !(run.failure() instanceof PrivacyScreenException)) {
            throw new AssertionError("failed on a truncated image with " + run.failure().getClass().getName()
                    + "; refuse an image that cannot be decoded with PrivacyScreenException(IMAGE_INVALID)",
                    run.failure());
        }
        if (run.result() != null) {
            for (Finding f : run.result()) {
                if (f.location() instanceof Location.Text) {
                    throw new AssertionError("a finding in a truncated image is located in the text");
                }
            }
        }
    }

    @Test
    void detect_largeImage_endsWithinBudget() {
        ImageDetector d = subject();
        Post post = single(largeImage());
        DetectorChecks.Run<List<Finding>> run = DetectorChecks.runOnOwnThread(() -> d.detect(context(post), 0),
                DetectorChecks.Interrupt.NONE, timeBudget());
        if (!run.finished()) {
            throw new AssertionError("did not finish a large image within " + timeBudget().toMillis()
                    + " ms; the engine would report DETECTOR_FAILURE");
        }
        if (run.failure() != null) {
            throw new AssertionError("failed on a large image with " + run.failure().getClass().getName(),
                    run.failure());
        }
        check(post, 0, run.result());
    }

    @Test
    void detect_interrupted_endsWithinBudget() {
        ImageDetector d = subject();
        Post post = single(largeImage());
        DetectorChecks.checkEndsWhenInterrupted(() -> d.detect(context(post), 0), timeBudget());
        if (detect(single(TextDetectorContract.nonEmpty(positives(), "positives()").get(0)), 0).isEmpty()) {
            throw new AssertionError("after an interrupted call, found nothing in positive 0");
        }
    }

    @Test
    void detect_pastDeadline_endsPromptly() {
        ImageDetector d = subject();
        Post post = single(largeImage());
        DetectorChecks.Run<List<Finding>> run = DetectorChecks.checkEndsPastDeadline(
                () -> d.detect(TestContexts.expired(context(post)), 0), timeBudget());
        if (run.failure() == null) {
            check(post, 0, run.result());
        }
    }

    @Test
    void screen_inAScreener_engineAcceptsEveryResult() {
        DetectorChecks.checkInScreener(subject(), samples().stream().map(this::single).toList());
    }

    /** Runs the detector under test on image {@code image} of {@code post} in a new context on this thread. */
    protected final List<Finding> detect(Post post, int image) {
        List<Finding> found = subject().detect(context(post), image);
        if (found == null) {
            throw new AssertionError("detect() must return a list, never null (List.of() when nothing is found)");
        }
        return found;
    }

    /** The detector under test: {@link #detector()}, called once per test. */
    protected final ImageDetector subject() {
        if (detector == null) {
            detector = detector();
            if (detector == null) {
                throw new AssertionError("detector() returned null");
            }
        }
        return detector;
    }

    private Post single(byte[] image) {
        return post(List.of(PostImage.of("sample", image)));
    }

    private List<byte[]> samples() {
        List<byte[]> all = new ArrayList<>(TextDetectorContract.nonEmpty(positives(), "positives()"));
        all.addAll(TextDetectorContract.nonEmpty(negatives(), "negatives()"));
        return all;
    }

    /** Bounds through {@link #imageSize}, so that a subclass can measure formats javax.imageio cannot read. */
    private void check(Post post, int image, List<Finding> found) {
        if (found == null) {
            throw new AssertionError("detect() must return a list, never null (List.of() when nothing is found)");
        }
        Optional<Dimension> size = post.images().get(image).read(this::imageSize);
        Set<FindingType> types = types();
        for (int i = 0; i < found.size(); i++) {
            Finding f = found.get(i);
            if (f == null) {
                throw new AssertionError("finding " + i + " is null");
            }
            if (!types.isEmpty() && !types.contains(f.type())) {
                throw new AssertionError("reported " + f.type() + ", which is not among types() " + types);
            }
            if (f.location() instanceof Location.Image box && box.image() == image) {
                if (size.isEmpty()) {
                    throw new AssertionError("image " + image + " cannot be measured; override imageSize()");
                }
                Dimension s = size.get();
                boolean fits = fits(box, s.width, s.height) || fits(box, s.height, s.width);
                if (!fits) {
                    throw new AssertionError("finding " + i + " (" + f.type() + " at " + box.x() + "," + box.y()
                            + " " + box.width() + "x" + box.height() + ") is not inside the image of " + s.width
                            + "x" + s.height + " pixels");
                }
            }
        }
        // text locations and boxes naming another image
        List<Finding> imageOnly = found.stream().filter(f -> !(f.location() instanceof Location.Image box)
                || box.image() != image).toList();
        for (Finding f : imageOnly) {
            if (f.location() instanceof Location.Text) {
                throw new AssertionError("a " + f.type() + " finding is located in the text; an image detector "
                        + "locates findings in its image");
            }
            if (f.location() instanceof Location.Image box) {
                throw new AssertionError("a " + f.type() + " finding names image " + box.image()
                        + " but was found in image " + image);
            }
        }
    }

    private static boolean fits(Location.Image box, int width, int height) {
        return (long) box.x() + box.width() <= width && (long) box.y() + box.height() <= height;
    }

    private static final class Large {
        static final byte[] JPEG = TestImages.jpeg(4032, 3024, new Color(0x80, 0x90, 0xa0));
    }
}
