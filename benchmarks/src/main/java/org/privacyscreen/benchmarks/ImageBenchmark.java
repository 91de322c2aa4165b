package org.privacyscreen.benchmarks;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.opencv.core.Scalar;
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
import org.privacyscreen.FindingSource;
import org.privacyscreen.Post;
import org.privacyscreen.PostImage;
import org.privacyscreen.Screener;
import org.privacyscreen.ScreeningReport;
import org.privacyscreen.image.ImageDetectorProvider;
import org.privacyscreen.image.SampleImages;
import org.privacyscreen.image.internal.codes.CodeDetector;
import org.privacyscreen.image.internal.decode.Decoded;
import org.privacyscreen.image.internal.decode.Decoder;
import org.privacyscreen.image.internal.decode.Header;
import org.privacyscreen.image.internal.decode.OpenCv;
import org.privacyscreen.image.internal.documents.TextFinder;
import org.privacyscreen.image.internal.documents.TextRegions;
import org.privacyscreen.image.internal.faces.FaceDetector;
import org.privacyscreen.image.internal.metadata.MetadataDetector;
import org.privacyscreen.text.TextDetectors;

/**
 * The image path on one core: each stage, and a whole screening (the image detectors, the OCR of the text regions
 * and the text detectors on what was read) of a generated phone-like photo holding two faces, a printed intake
 * form, a QR code and GPS EXIF.
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
        photo = photo(w, h);
        header = Header.read(photo, "bench", Long.MAX_VALUE);
        decoded = Decoder.forDetection(photo, header, "bench");
        oneThread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "bench-detectors");
            t.setDaemon(true);
            return t;
        });
        screener = Screener.builder().discover(false).provider(new ImageDetectorProvider())
                .provider(new TextDetectors()).executor(oneThread).build();
        post = Post.builder().image(PostImage.of("photo.jpg", photo)).subjects(List.of("client-1")).build();
        ScreeningReport check = screener.screen(post);
        if (check.findings().size() < 4 || check.findings().stream()
                .noneMatch(f -> f.source() == FindingSource.IMAGE_TEXT)) {
            throw new IllegalStateException("the benchmark photo should give at least 4 findings, some read in it: "
                    + check.findings());
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        screener.close();
        decoded.close();
        oneThread.shutdownNow();
    }

    /**
     * The benchmark photo, {@code w x h}: two faces, an intake form of 8 printed lines (a real typeface, slightly
     * slanted and out of focus, capitals 1 % of the short side high) with a name, a birth date and a phone number,
     * a QR code, GPS and artist EXIF. Shared with {@link OcrFirstBenchmark}.
     */
    static byte[] photo(int w, int h) {
        int u = Math.min(w, h);
        return SampleImages.scene(w, h).face(u / 12, u / 4, u / 5).face(w * 2 / 3, u / 8, u / 12)
                .printed(w / 3, h / 2, Math.max(12, u / 100), 0.05, new Scalar(238, 242, 244), "PATIENT INTAKE",
                        "Name: Morgan Ellery", "Date of birth: 14/03/1987", "Phone: 0161 496 0732",
                        "Address: 12 Harbour Road, Leith", "NHS no: 943 476 5919", "Medication: sertraline 50 mg",
                        "Next visit: 21/11 at 10:40")
                .qr(w * 3 / 4, h * 2 / 3, u / 8, "MRN 00412 ROOM 7").gps(54.97, -1.61).artist("Reception").jpeg();
    }

    /** Format sniffing, size, completeness check and metadata parsing. */
    @Benchmark
    public Object header() {
        return Header.read(photo, "bench", Long.MAX_VALUE);
    }

    /**
     * Decoding at the detection scale (1/2 for 12 MP, by libjpeg-turbo's DCT scaling), orientation and grey copy.
     */
    @Benchmark
    public Object decode() {
        try (Decoded d = Decoder.forDetection(photo, header, "bench")) {
            return d.scale();
        }
    }

    /** BlazeFace passes on the decoded image. */
    @Benchmark
    public Object faces() {
        return FaceDetector.faces(decoded);
    }

    /** Text line candidates (gradient, rules removed, two scales) grouped into documents: no OCR. */
    @Benchmark
    public Object documents() {
        return TextRegions.documents(TextRegions.lines(decoded.gray()));
    }

    /**
     * Text regions as the documents detector and the image-text reader share them: the candidates above, each read
     * by Tesseract and kept when it reads as writing (here: the form's 8 lines).
     */
    @Benchmark
    public Object textRegions() {
        return TextFinder.find(decoded, List.of(), () -> Decoder.fullGray(photo, header, "bench"));
    }

    /**
     * QR and barcode finding on a reduced copy (the QR finder only around groups of finder patterns), reading from
     * full-detail crops.
     */
    @Benchmark
    public Object codes() {
        return CodeDetector.codes(decoded);
    }

    /** Metadata kinds from the parsed header. */
    @Benchmark
    public Object metadata() {
        return MetadataDetector.kinds(header.metadata().orElseThrow());
    }

    /**
     * Detection alone, as the detectors share it: header, one decode, faces, text regions with their OCR, codes,
     * metadata.
     */
    @Benchmark
    public Object detectAll() {
        Header h = Header.read(photo, "bench", Long.MAX_VALUE);
        try (Decoded d = Decoder.forDetection(photo, h, "bench")) {
            List<FaceDetector.Face> faces = FaceDetector.faces(d);
            return new Object[] {faces, TextFinder.find(d, faces, () -> Decoder.fullGray(photo, h, "bench")),
                CodeDetector.codes(d), MetadataDetector.kinds(h.metadata().orElseThrow())};
        }
    }

    /**
     * The whole image path through the public API: Screener.screen with the four image detectors, the image-text
     * reader and every text detector of privacy-text on what it read, and the verdict. The remediated copy is made
     * lazily, on {@code remediated()}, so it is not in this figure.
     */
    @Benchmark
    public Object wholeImage() {
        return screener.screen(post);
    }
}
