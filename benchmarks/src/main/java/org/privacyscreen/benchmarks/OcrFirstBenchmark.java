package org.privacyscreen.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.tesseract.TessBaseAPI;
import org.bytedeco.tesseract.global.tesseract;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.imgcodecs.Imgcodecs;
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
import org.privacyscreen.Finding;
import org.privacyscreen.Post;
import org.privacyscreen.PostImage;
import org.privacyscreen.Screener;
import org.privacyscreen.ScreeningReport;
import org.privacyscreen.image.ImageDetectorProvider;
import org.privacyscreen.image.internal.decode.OpenCv;
import org.privacyscreen.text.TextDetectors;

/**
 * Our image path against an OCR-first pipeline, as Microsoft Presidio's image redactor works: Tesseract page
 * segmentation and recognition of the whole photo (full-resolution grey image, default PSM 3 = PSM_AUTO), whose
 * words would then go to the text analysers. Same generated photos as {@link ImageBenchmark}. One core: Tesseract
 * limited to one OpenMP thread (run with {@code OMP_THREAD_LIMIT=1}; setup refuses to run otherwise), OpenCV set to
 * one thread, the screener given a single-thread executor. Setup prints what each pipeline finds on the photo.
 *
 * <pre>OMP_THREAD_LIMIT=1 java -Djmh.ignoreLock=true -jar benchmarks/target/benchmarks.jar OcrFirstBenchmark -f 1 -wi 2 -i 3 -t 1</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class OcrFirstBenchmark {
    /** The model privacy-image ships (tess4j's tessdata/eng.traineddata, unpacked into its jar at build time). */
    private static final String TRAINEDDATA = "/org/privacyscreen/image/internal/ocr/tessdata/eng.traineddata";

    @Param({"4032x3024", "1080x1080"})
    public String size;

    private byte[] photo;
    private Path tessdata;
    private TessBaseAPI tess;
    private ExecutorService oneThread;
    private Screener screener;
    private Post post;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        if (!"1".equals(System.getenv("OMP_THREAD_LIMIT"))) {
            throw new IllegalStateException("run with OMP_THREAD_LIMIT=1 so that Tesseract uses one core");
        }
        OpenCv.load();
        org.opencv.core.Core.setNumThreads(1);
        String[] wh = size.split("x");
        int w = Integer.parseInt(wh[0]);
        int h = Integer.parseInt(wh[1]);
        photo = ImageBenchmark.photo(w, h);

        tessdata = Files.createTempDirectory("ocr-first-tessdata");
        try (InputStream in = OcrFirstBenchmark.class.getResourceAsStream(TRAINEDDATA)) {
            if (in == null) {
                throw new IllegalStateException("not on the class path (the build unpacks it): " + TRAINEDDATA);
            }
            Files.copy(in, tessdata.resolve("eng.traineddata"), StandardCopyOption.REPLACE_EXISTING);
        }
        tess = new TessBaseAPI();
        if (tess.Init(tessdata.toString(), "eng") != 0) {
            throw new IllegalStateException("Tesseract could not initialise with " + tessdata);
        }
        tess.SetPageSegMode(tesseract.PSM_AUTO);

        oneThread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "bench-detectors");
            t.setDaemon(true);
            return t;
        });
        screener = Screener.builder().discover(false).provider(new ImageDetectorProvider())
                .provider(new TextDetectors()).executor(oneThread).build();
        post = Post.builder().image(PostImage.of("photo.jpg", photo)).subjects(List.of("client-1")).build();
        describe();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        tess.End();
        tess.close();
        screener.close();
        oneThread.shutdownNow();
        Files.deleteIfExists(tessdata.resolve("eng.traineddata"));
        Files.deleteIfExists(tessdata);
    }

    /**
     * OCR-first: decode the JPEG to a full-resolution grey image, then Tesseract's layout analysis and recognition of
     * the whole page (what {@code pytesseract.image_to_data} asks the tesseract binary for).
     */
    @Benchmark
    public String ocrFirst() {
        return ocr(photo);
    }

    /**
     * Our image path through the public API: header, one decode, the four image detectors, the OCR of the text
     * regions they found and the text detectors on what it read, and the verdict. The remediated copy is made
     * lazily, on {@code remediated()}, so neither side here pays for redaction.
     */
    @Benchmark
    public Object ours() {
        return screener.screen(post);
    }

    private String ocr(byte[] jpeg) {
        Mat grey = Imgcodecs.imdecode(new MatOfByte(jpeg), Imgcodecs.IMREAD_GRAYSCALE);
        byte[] pixels = new byte[(int) grey.total()];
        grey.get(0, 0, pixels);
        int w = grey.cols();
        int h = grey.rows();
        grey.release();
        try (BytePointer image = new BytePointer(pixels)) {
            tess.SetImage(image, w, h, 1, w);
            BytePointer out = tess.GetUTF8Text();
            try {
                return out == null ? "" : out.getString();
            } finally {
                if (out != null) {
                    out.deallocate();
                }
                tess.Clear();
            }
        }
    }

    /**
     * What each pipeline finds on this photo, printed once per trial: for OCR-first, the words and how many of the
     * form's eight label lines come through (the generated form's labels, not a client's data), and whether anything
     * reads as the QR payload; for ours, the finding types.
     */
    private void describe() {
        String text = ocr(photo);
        String[] labels = {"Name", "Date of birth", "Address", "Phone", "NHS no", "Medication", "Next visit",
            "PATIENT INTAKE"};
        String lower = text.toLowerCase(Locale.ROOT);
        long labelsRead = java.util.Arrays.stream(labels).filter(l -> lower.contains(l.toLowerCase(Locale.ROOT)))
                .count();
        long words = text.isBlank() ? 0 : text.trim().split("\\s+").length;
        ScreeningReport report = screener.screen(post);
        TreeMap<String, Long> types = report.findings().stream()
                .collect(Collectors.groupingBy(f -> f.type().name(), TreeMap::new, Collectors.counting()));
        System.out.println();
        System.out.println("[ocr-first " + size + "] words=" + words + ", form label lines read=" + labelsRead + "/"
                + labels.length + ", QR payload read as text=" + lower.contains("mrn 00412")
                + ", faces=none (OCR has no face detection)");
        System.out.println("[ocr-first " + size + "] text: " + text.replaceAll("\\s+", " ").trim());
        System.out.println("[ours " + size + "] verdict=" + report.verdict() + ", findings by type=" + types
                + ", detectors=" + report.findings().stream().map(Finding::detector).distinct().sorted().toList());
    }
}
