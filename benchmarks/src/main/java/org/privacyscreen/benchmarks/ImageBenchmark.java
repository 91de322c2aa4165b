package org.privacyscreen.benchmarks;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.privacyscreen.Post;
import org.privacyscreen.PostImage;
import org.privacyscreen.ScreeningReport;
import org.privacyscreen.Screener;
import org.privacyscreen.image.ImageDetectorProvider;
import org.privacyscreen.image.SampleImages;
import org.privacyscreen.image.internal.codes.CodeDetector;
import org.privacyscreen.image.internal.Decoded;
import org.privacyscreen.image.internal.Decoder;
import org.privacyscreen.image.internal.faces.FaceDetector;
import org.privacyscreen.image.internal.Header;
import org.privacyscreen.image.internal.MetadataDetector;
import org.privacyscreen.image.internal.OpenCv;
import org.privacyscreen.image.internal.TextRegions;

/**
 * The image path on one core: each stage, and a whole screening (all four image detectors and the remediation of
 * the flagged boxes) of a generated phone-like photo holding two faces, a form, a QR code and GPS EXIF.
 * Detectors run on a single-thread executor and OpenCV on one thread, so the figures are one core's.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar ImageBenchmark -f 1 -wi 3 -i 5 -t 1</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ImageBenchmark {
    @Param({"4032x3024", "1080x1080"})
    public String size;

    private byte[] photo;
    private Header header;
    private Decoded decoded;
    private ExecutorService oneThread;
    private Screener screener;
    private Post post;

    @Setup(Level.Trial)
    public void setUp() {
        OpenCv.load();
        org.opencv.core.Core.setNumThreads(1);
        String[] wh = size.split("x");
        int w = Integer.parseInt(wh[0]);
        int h = Integer.parseInt(wh[1]);
        int u = Math.min(w, h);
        photo = SampleImages.scene(w, h).face(u / 12, u / 4, u / 5).face(w * 2 / 3, u / 8, u / 12)
                .form(w / 3, h / 2, Math.max(12, u / 100), 8).qr(w * 3 / 4, h * 2 / 3, u / 8, "MRN 00412 ROOM 7")
                .gps(54.97, -1.61).artist("Reception").jpeg();
        header = Header.read(photo, "bench", Long.MAX_VALUE);
        decoded = Decoder.forDetection(photo, header, "bench");
        oneThread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "bench-detectors");
            t.setDaemon(true);
            return t;
        });
        screener = Screener.builder().discover(false).provider(new ImageDetectorProvider()).executor(oneThread)
                .build();
        post = Post.builder().image(PostImage.of("photo.jpg", photo)).subjects(List.of("client-1")).build();
        ScreeningReport check = screener.screen(post);
        if (check.findings().size() < 4) {
            throw new IllegalStateException("the benchmark photo should give at least 4 findings: "
                    + check.findings());
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        oneThread.shutdownNow();
    }

    /** Format sniffing, size, completeness check and metadata parsing. */
    @Benchmark
    public Object header() {
        return Header.read(photo, "bench", Long.MAX_VALUE);
    }

    /** Decoding at the detection scale (IMREAD_REDUCED_COLOR_2 for 12 MP), orientation and grey copy. */
    @Benchmark
    public Object decode() {
        Decoded d = Decoder.forDetection(photo, header, "bench");
        d.bgr().release();
        d.gray().release();
        return d;
    }

    /** BlazeFace passes on the decoded image. */
    @Benchmark
    public Object faces() {
        return FaceDetector.faces(decoded);
    }

    /** Text lines (gradient, rules removed, two scales) grouped into documents. */
    @Benchmark
    public Object documents() {
        return TextRegions.documents(TextRegions.lines(decoded.gray()));
    }

    /** QR and barcode finding on a reduced copy, reading from full-detail crops. */
    @Benchmark
    public Object codes() {
        return CodeDetector.codes(decoded);
    }

    /** Metadata kinds from the parsed header. */
    @Benchmark
    public Object metadata() {
        return MetadataDetector.kinds(header.metadata().orElseThrow());
    }

    /** Detection alone, as the four detectors share it: header, one decode, faces, documents, codes, metadata. */
    @Benchmark
    public Object detectAll() {
        Header h = Header.read(photo, "bench", Long.MAX_VALUE);
        Decoded d = Decoder.forDetection(photo, h, "bench");
        Object[] out = {FaceDetector.faces(d), TextRegions.documents(TextRegions.lines(d.gray())),
            CodeDetector.codes(d), MetadataDetector.kinds(h.metadata().orElseThrow())};
        d.bgr().release();
        d.gray().release();
        return out;
    }

    /**
     * The whole image path through the public API: Screener.screen with the four image detectors, the verdict, and
     * the remediated copy (full-resolution decode, blur, re-encode), since the engine always builds it.
     */
    @Benchmark
    public Object wholeImage() {
        return screener.screen(post);
    }
}
