package org.privacyscreen.image.internal.faces;

import java.util.List;
import java.util.Optional;
import org.opencv.core.Mat;

/**
 * Tells whether a face is a given person's, from reference photos of that person's face: the seam for a
 * face-recognition model. {@link #NONE} is what ships: no recognition model with a clear licence could be had from
 * Maven Central or npm (see the module README), so faces are judged subject or background by prominence alone.
 */
@FunctionalInterface
public interface FaceIdentity {
    /** No model: never tells. */
    FaceIdentity NONE = (face, references) -> Optional.empty();

    /**
     * Whether {@code face} shows the person of {@code references}.
     *
     * @param face       the face's crop (BGR), a little wider than brow to chin
     * @param references decoded reference photos of one person (BGR, full resolution), at least one
     * @return true or false when the model can tell, empty when it cannot (no model, no usable reference)
     */
    Optional<Boolean> samePerson(Mat face, List<Mat> references);
}
