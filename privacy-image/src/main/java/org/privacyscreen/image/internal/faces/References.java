package org.privacyscreen.image.internal.faces;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.Rect;
import org.opencv.imgcodecs.Imgcodecs;
import org.privacyscreen.PostImage;
import org.privacyscreen.image.internal.decode.Decoded;
import org.privacyscreen.spi.ScreeningContext;

/**
 * The host's reference faces ({@link ScreeningContext#referenceFaces()}) of one post's declared subjects, asked of
 * a {@link FaceIdentity} face by face. A person with no reference photos, or whom the identity model cannot judge,
 * is left to prominence ({@link FaceRoles}).
 */
final class References {
    private final ScreeningContext context;
    private final FaceIdentity identity;
    private final Decoded photo;
    private final Map<String, List<Mat>> decoded = new HashMap<>();

    References(ScreeningContext context, FaceIdentity identity, Decoded photo) {
        this.context = context;
        this.identity = identity;
        this.photo = photo;
    }

    /** Whether {@code face} is {@code personId}'s, when the host gave references and the model can tell. */
    Optional<Boolean> samePerson(FaceDetector.Face face, String personId) {
        List<Mat> refs = decoded.computeIfAbsent(personId, this::decode);
        if (refs.isEmpty()) {
            return Optional.empty();
        }
        Rect b = face.box();
        double s = photo.scale();
        int x0 = (int) Math.max(0, Math.floor(b.x * s));
        int y0 = (int) Math.max(0, Math.floor(b.y * s));
        int x1 = (int) Math.min(photo.bgr().cols(), Math.ceil((b.x + b.width) * s));
        int y1 = (int) Math.min(photo.bgr().rows(), Math.ceil((b.y + b.height) * s));
        if (x1 - x0 < 2 || y1 - y0 < 2) {
            return Optional.empty();
        }
        Mat crop = photo.bgr().submat(y0, y1, x0, x1);
        try {
            return identity.samePerson(crop, refs);
        } finally {
            crop.release();
        }
    }

    /** The person's reference photos that decode; none at all when no model could use them. */
    private List<Mat> decode(String personId) {
        List<PostImage> photos = context.referenceFaces().of(personId);
        if (identity == FaceIdentity.NONE) {
            return List.of(); // nothing could compare them: do not spend a decode
        }
        List<Mat> out = new ArrayList<>(photos.size());
        for (PostImage p : photos) {
            Mat m = p.read(bytes -> {
                MatOfByte buf = new MatOfByte(bytes);
                Mat img = Imgcodecs.imdecode(buf, Imgcodecs.IMREAD_COLOR);
                buf.release();
                return img;
            });
            if (!m.empty()) {
                out.add(m); // an unreadable reference is no evidence either way
            }
        }
        return out;
    }
}
