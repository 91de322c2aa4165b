package org.privacyscreen.image.internal.ocr;

import static org.bytedeco.tesseract.global.tesseract.OEM_LSTM_ONLY;
import static org.bytedeco.tesseract.global.tesseract.PSM_SINGLE_BLOCK;
import static org.bytedeco.tesseract.global.tesseract.RIL_TEXTLINE;
import static org.bytedeco.tesseract.global.tesseract.RIL_WORD;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.tesseract.FileReader;
import org.bytedeco.tesseract.ResultIterator;
import org.bytedeco.tesseract.StringVector;
import org.bytedeco.tesseract.TessBaseAPI;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;
import org.privacyscreen.ErrorCode;
import org.privacyscreen.PrivacyScreenException;
import org.privacyscreen.image.internal.NativePool;

/**
 * Tesseract 5 (LSTM, English {@code tessdata_fast} model) through JavaCPP. The model is read from the class path
 * (the build unpacks it there from tess4j), checked against its SHA-256 and handed to Tesseract from memory: no
 * file is written. A {@code TessBaseAPI} serves one thread at a time, so instances are pooled: as many exist as
 * threads have read at once, and {@link #release()} ends the idle ones.
 *
 * <p>What is read is returned to the caller only; nothing here logs it.
 */
public final class Tesseract {
    static final String MODEL = "tessdata/eng.traineddata";
    /** SHA-256 of tessdata_fast's eng.traineddata 4.1.0, as shipped in tess4j 5.x. */
    static final String MODEL_SHA256 = "7d4322bd2a7749724879683fc3912cb542f19906c83bcc1a52132556427170b2";
    /** Lines are scaled to about this height (pixels) before reading: the network itself works at 36. */
    static final double TARGET_LINE_PX = 30;
    /**
     * Lines at least this high are not enlarged: Tesseract scales every line to its network's 36 px anyway, so
     * enlarging them only adds pixels to its layout analysis (a 22 px form read as it is: 66 ms instead of 80, the
     * same words at the same confidence).
     */
    static final double NATIVE_LINE_PX = 20;

    /** A region darker than this on average holds light text on a dark ground and is inverted first. */
    public static final double DARK_MEAN = 100;

    private static final NativePool<TessBaseAPI> READERS = new NativePool<>(Tesseract::newReader, api -> {
        api.End();
        api.close();
    });

    private Tesseract() {
    }

    /** One word as read, its box in the pixels given to {@link #read}, its confidence within 0..1. */
    public record Word(String text, double confidence, Rect box) {
    }

    /** One line as read: its words left to right. */
    public record Line(Rect box, List<Word> words) {
        public Line {
            words = List.copyOf(words);
        }

        /** The words joined with single spaces. */
        public String text() {
            return String.join(" ", words.stream().map(Word::text).toList());
        }

        /** The mean word confidence, weighted by length. */
        public double confidence() {
            double sum = 0;
            int n = 0;
            for (Word w : words) {
                sum += w.confidence() * w.text().length();
                n += w.text().length();
            }
            return n == 0 ? 0 : sum / n;
        }
    }

    private static final class Model {
        static final byte[] BYTES = load();

        private static byte[] load() {
            try (InputStream in = Tesseract.class.getResourceAsStream(MODEL)) {
                if (in == null) {
                    throw new PrivacyScreenException(ErrorCode.INTERNAL, "the OCR model is not on the class path");
                }
                byte[] b = in.readAllBytes();
                String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
                if (!MODEL_SHA256.equals(sha)) {
                    throw new PrivacyScreenException(ErrorCode.INTERNAL, "the OCR model's checksum does not match");
                }
                return b;
            } catch (IOException | NoSuchAlgorithmException e) {
                throw new PrivacyScreenException(ErrorCode.INTERNAL, "the OCR model could not be read", e);
            }
        }
    }

    /** Loads the natives and the model and makes one reader ready; idempotent. */
    public static void load() {
        READERS.with(api -> api);
    }

    /** Ends the idle readers (each holds its own copy of the model, about 10 MB); the next read makes a new one. */
    public static void release() {
        READERS.clear();
    }

    /**
     * Reads the text in {@code region} of {@code gray} (8-bit, one channel), whose lines are about
     * {@code lineHeight} pixels high, as a block of lines (one line is a block too). Boxes come back in
     * {@code gray}'s pixels; words read with no letter or digit are dropped.
     */
    public static List<Line> read(Mat gray, Rect region, double lineHeight) {
        double f = Math.max(0.4, Math.min(3.0, TARGET_LINE_PX / Math.max(1, lineHeight)));
        if (f > 1 && lineHeight >= NATIVE_LINE_PX) {
            f = 1;
        }
        Mat crop = gray.submat(region);
        Mat scaled = new Mat();
        try {
            if (Math.abs(f - 1) < 0.1) {
                crop.copyTo(scaled);
                f = 1;
            } else {
                Imgproc.resize(crop, scaled, new Size(Math.max(1, region.width * f), Math.max(1, region.height * f)),
                        0, 0, f < 1 ? Imgproc.INTER_AREA : Imgproc.INTER_CUBIC);
            }
            if (org.opencv.core.Core.mean(scaled).val[0] < DARK_MEAN) {
                org.opencv.core.Core.bitwise_not(scaled, scaled); // a screen: light letters on a dark ground
            }
            byte[] pixels = new byte[(int) scaled.total()];
            scaled.get(0, 0, pixels);
            double scale = f;
            return READERS.with(api -> {
                try {
                    api.SetPageSegMode(PSM_SINGLE_BLOCK);
                    api.SetImage(pixels, scaled.cols(), scaled.rows(), 1, scaled.cols());
                    if (api.Recognize(null) != 0) {
                        return List.of();
                    }
                    return lines(api, region, scale);
                } finally {
                    api.Clear();
                }
            });
        } finally {
            crop.release();
            scaled.release();
        }
    }

    private static List<Line> lines(TessBaseAPI api, Rect region, double f) {
        List<Line> out = new ArrayList<>();
        ResultIterator it = api.GetIterator();
        if (it == null) {
            return out;
        }
        try {
            List<Word> words = new ArrayList<>();
            int[] l = new int[1];
            int[] t = new int[1];
            int[] r = new int[1];
            int[] b = new int[1];
            do {
                if (it.Empty(RIL_WORD)) {
                    continue;
                }
                if (it.IsAtBeginningOf(RIL_TEXTLINE) && !words.isEmpty()) {
                    out.add(line(words));
                    words = new ArrayList<>();
                }
                BytePointer text = it.GetUTF8Text(RIL_WORD);
                String s = text == null ? "" : text.getString(java.nio.charset.StandardCharsets.UTF_8).strip();
                if (text != null) {
                    text.deallocate();
                }
                if (s.codePoints().noneMatch(Character::isLetterOrDigit)) {
                    continue;
                }
                it.BoundingBox(RIL_WORD, l, t, r, b);
                Rect box = new Rect((int) (region.x + l[0] / f), (int) (region.y + t[0] / f),
                        (int) Math.max(1, (r[0] - l[0]) / f), (int) Math.max(1, (b[0] - t[0]) / f));
                words.add(new Word(s, Math.max(0, Math.min(1, it.Confidence(RIL_WORD) / 100.0)), box));
            } while (it.Next(RIL_WORD));
            if (!words.isEmpty()) {
                out.add(line(words));
            }
        } finally {
            it.deallocate();
        }
        return out;
    }

    private static Line line(List<Word> words) {
        int x0 = Integer.MAX_VALUE;
        int y0 = Integer.MAX_VALUE;
        int x1 = Integer.MIN_VALUE;
        int y1 = Integer.MIN_VALUE;
        for (Word w : words) {
            x0 = Math.min(x0, w.box().x);
            y0 = Math.min(y0, w.box().y);
            x1 = Math.max(x1, w.box().x + w.box().width);
            y1 = Math.max(y1, w.box().y + w.box().height);
        }
        return new Line(new Rect(x0, y0, x1 - x0, y1 - y0), words);
    }

    private static TessBaseAPI newReader() {
        byte[] model = Model.BYTES;
        TessBaseAPI api = new TessBaseAPI();
        StringVector names = new StringVector("tessedit_do_invert");
        StringVector values = new StringVector("0"); // light-on-dark lines are inverted by the caller, not retried
        try (BytePointer data = new BytePointer(model); BytePointer lang = new BytePointer("eng")) {
            int rc = api.Init(data, model.length, lang, OEM_LSTM_ONLY, (PointerPointer<?>) null, 0, names, values,
                    false, (FileReader) null);
            if (rc != 0) {
                api.close();
                throw new PrivacyScreenException(ErrorCode.INTERNAL, "Tesseract could not load its model");
            }
        } finally {
            names.close();
            values.close();
        }
        return api;
    }
}
