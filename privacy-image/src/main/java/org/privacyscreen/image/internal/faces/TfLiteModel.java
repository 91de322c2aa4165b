package org.privacyscreen.image.internal.faces;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.opencv.core.MatOfByte;
import org.opencv.dnn.Dnn;
import org.opencv.dnn.Net;
import org.privacyscreen.image.internal.decode.OpenCv;

/**
 * A TFLite model shipped in the jar, read once; each caller makes its own {@link Net} from it (a Net is not
 * thread-safe).
 */
final class TfLiteModel {
    private final byte[] bytes;

    /** Reads {@code resource} from the jar; a missing model is a broken build and fails at once. */
    TfLiteModel(String resource) {
        try (InputStream in = TfLiteModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("model missing from the jar: " + resource);
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new network of this model, OpenCV's natives loaded. */
    Net newNet() {
        OpenCv.load();
        MatOfByte buf = new MatOfByte(bytes);
        Net net = Dnn.readNetFromTFLite(buf);
        buf.release();
        return net;
    }
}
