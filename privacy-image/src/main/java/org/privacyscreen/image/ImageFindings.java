package org.privacyscreen.image;

import java.util.Objects;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.image.internal.FaceDetector;

/** Reads what the image detectors said, for rules that act on it (such as consent covering subjects' faces). */
public final class ImageFindings {
    private ImageFindings() {
    }

    /**
     * Whether {@code finding} is a face the {@code faces} detector judged to be one of the post's declared subjects
     * (prominent, in focus, among the largest as many as the post declares subjects); otherwise it is a person in
     * the background.
     */
    public static boolean isSubjectFace(Finding finding) {
        Objects.requireNonNull(finding, "finding");
        return finding.type() == FindingType.FACE && finding.message().contains(FaceDetector.SUBJECT_MARK);
    }
}
