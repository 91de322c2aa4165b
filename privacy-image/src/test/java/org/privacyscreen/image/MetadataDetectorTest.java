package org.privacyscreen.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.Location;
import org.privacyscreen.ScreeningReport;
import org.privacyscreen.Severity;

class MetadataDetectorTest {

    @Test
    void detect_gpsAndArtistNamedByKindNeverByValue() {
        byte[] photo = SampleImages.scene(640, 480).gps(54.9733, -1.614).artist("Jo Whitfield").jpeg();
        ScreeningReport r = Screening.screen(photo);
        List<Finding> meta = r.findings(FindingType.IMAGE_METADATA);
        assertThat(meta).hasSize(1);
        Finding f = meta.get(0);
        assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(f.message()).contains("GPS location", "owner or author")
                .doesNotContain("Whitfield", "54", "1.614");
        assertThat(f.location()).isEqualTo(Location.image(0, 0, 0, 640, 480));
    }

    @Test
    void detect_gpsAlone() {
        ScreeningReport r = Screening.screen(SampleImages.scene(640, 480).gps(-33.86, 151.2).jpeg());
        assertThat(r.findings(FindingType.IMAGE_METADATA)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("GPS location").doesNotContain("owner"));
    }

    @Test
    void detect_wholeBoxIsAsDisplayedForTurnedPhotos() {
        ScreeningReport r = Screening.screen(SampleImages.scene(640, 480).orientation(6).artist("X Y").jpeg());
        assertThat(r.findings(FindingType.IMAGE_METADATA)).singleElement()
                .satisfies(f -> assertThat(f.location()).isEqualTo(Location.image(0, 0, 0, 640, 480)));
    }

    @Test
    void detect_nothingInFilesWithoutMetadata() {
        for (byte[] photo : List.of(SampleImages.scene(640, 480).jpeg(), SampleImages.scene(640, 480).png(),
                SampleImages.scene(640, 480).webp(), SampleImages.scene(640, 480).orientation(3).jpeg())) {
            assertThat(Screening.screen(photo).findings(FindingType.IMAGE_METADATA)).isEmpty();
        }
    }
}
