package org.privacyscreen.image;

import java.util.List;
import org.privacyscreen.image.internal.codes.CodeDetector;
import org.privacyscreen.image.internal.documents.DocumentDetector;
import org.privacyscreen.image.internal.documents.PhotoTextReader;
import org.privacyscreen.image.internal.faces.FaceDetector;
import org.privacyscreen.image.internal.metadata.MetadataDetector;
import org.privacyscreen.image.internal.remediate.PhotoRemediator;
import org.privacyscreen.spi.Detector;
import org.privacyscreen.spi.DetectorProvider;
import org.privacyscreen.spi.ImageRemediator;

/**
 * The image detectors: {@code faces}, {@code documents}, {@code barcodes} and {@code image-metadata}; the
 * {@code image-text} reader, whose lines the engine screens with the text detectors; and the
 * {@code image-remediation} remediator. Discovered through {@code META-INF/services}; the detectors share one decode
 * of each image per post and load their models once per JVM.
 */
public final class ImageDetectorProvider implements DetectorProvider {
    private static final List<Detector> DETECTORS = List.of(new FaceDetector(), new DocumentDetector(),
            new PhotoTextReader(), new CodeDetector(), new MetadataDetector());
    private static final List<ImageRemediator> REMEDIATORS = List.of(new PhotoRemediator());

    public ImageDetectorProvider() {
        // no state: the detectors are shared and thread-safe
    }

    @Override
    public List<Detector> detectors() {
        return DETECTORS;
    }

    @Override
    public List<ImageRemediator> remediators() {
        return REMEDIATORS;
    }
}
