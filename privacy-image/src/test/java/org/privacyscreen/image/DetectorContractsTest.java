package org.privacyscreen.image;

import org.privacyscreen.image.internal.metadata.MetadataDetector;
import org.privacyscreen.image.internal.documents.DocumentDetector;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.privacyscreen.FindingType;
import org.privacyscreen.image.internal.codes.CodeDetector;
import org.privacyscreen.image.internal.faces.FaceDetector;
import org.privacyscreen.spi.ImageDetector;
import org.privacyscreen.testkit.ImageDetectorContract;

/** The testkit's image-detector contract, run on each detector of this module. */
class DetectorContractsTest {

    @Nested
    class Faces extends ImageDetectorContract {
        @Override
        protected ImageDetector detector() {
            return new FaceDetector();
        }

        @Override
        protected List<byte[]> positives() {
            return List.of(SampleImages.scene(1280, 960).face(300, 200, 120).jpeg());
        }

        @Override
        protected Set<FindingType> types() {
            return Set.of(FindingType.FACE);
        }
    }

    @Nested
    class Documents extends ImageDetectorContract {
        @Override
        protected ImageDetector detector() {
            return new DocumentDetector();
        }

        @Override
        protected List<byte[]> positives() {
            return List.of(SampleImages.scene(1280, 960).form(200, 200, 20, 6).jpeg());
        }

        @Override
        protected Set<FindingType> types() {
            return Set.of(FindingType.DOCUMENT_TEXT);
        }
    }

    @Nested
    class Barcodes extends ImageDetectorContract {
        @Override
        protected ImageDetector detector() {
            return new CodeDetector();
        }

        @Override
        protected List<byte[]> positives() {
            return List.of(SampleImages.scene(1280, 960).qr(400, 300, 240, "WARD 7 BED 3").png());
        }

        @Override
        protected Set<FindingType> types() {
            return Set.of(FindingType.BARCODE);
        }
    }

    @Nested
    class Metadata extends ImageDetectorContract {
        @Override
        protected ImageDetector detector() {
            return new MetadataDetector();
        }

        @Override
        protected List<byte[]> positives() {
            return List.of(SampleImages.scene(640, 480).gps(51.5, -0.1).jpeg());
        }

        @Override
        protected Set<FindingType> types() {
            return Set.of(FindingType.IMAGE_METADATA);
        }
    }
}
