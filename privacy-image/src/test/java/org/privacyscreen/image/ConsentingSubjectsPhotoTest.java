package org.privacyscreen.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.MatOfInt;
import org.opencv.core.Rect;
import org.opencv.core.Size;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;
import org.privacyscreen.Consent;
import org.privacyscreen.FaceRole;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.InMemoryClientDirectory;
import org.privacyscreen.InMemoryConsentStore;
import org.privacyscreen.Organisation;
import org.privacyscreen.Permission;
import org.privacyscreen.Person;
import org.privacyscreen.Post;
import org.privacyscreen.PostImage;
import org.privacyscreen.Screener;
import org.privacyscreen.ScreeningReport;
import org.privacyscreen.Severity;
import org.privacyscreen.Verdict;
import org.privacyscreen.image.internal.decode.OpenCv;

/**
 * Issue 9's done-when, end to end on real photographs with the real detectors and consent rules (the whole default
 * class path): a declared, consenting subject's photo is allowed; the same photo with a stranger in the background
 * is blocked on that face; two consenting staff are allowed; a subject without consent is blocked with the consent
 * finding. The photos are re-encoded without their camera metadata first, as a practice's export would be (the
 * metadata is a finding of its own).
 */
class ConsentingSubjectsPhotoTest {
    private static final Instant AT = Instant.parse("2026-11-21T10:00:00Z");
    private static Screener screener;

    @BeforeAll
    static void build() {
        List<Person> people = List.of(Person.client("cl-1", "Rowan Ashdown"), Person.client("cl-2", "Imelda Fair"),
                Person.staff("st-1", "Nia Okafor"), Person.staff("st-2", "Bo Vance"));
        InMemoryConsentStore consents = new InMemoryConsentStore(List.of(granted("k-1", "cl-1"),
                granted("k-3", "st-1"), granted("k-4", "st-2")));
        screener = Screener.builder().clientDirectory(new InMemoryClientDirectory(
                Organisation.builder("Harbour Physio").build(), people)).consents(consents).build();
    }

    @AfterAll
    static void close() {
        screener.close();
    }

    private static Consent granted(String id, String person) {
        return Consent.builder(id, person).permissions(Permission.CAPTURE, Permission.SHARE).channels("instagram")
                .build();
    }

    private static ScreeningReport screen(byte[] photo, String... subjects) {
        return screener.screen(Post.builder().id("p-1").text("Back on court after six weeks of physio!")
                .image(PostImage.of("photo.jpg", photo)).channel("instagram").subjects(List.of(subjects))
                .createdAt(AT).build());
    }

    /** The photo without its metadata, with a stranger's face from another photo set in when {@code stranger}. */
    private static byte[] photo(String name, boolean stranger) {
        OpenCv.load();
        Mat img = Imgcodecs.imdecode(new MatOfByte(RealPhotosTest.read(name)), Imgcodecs.IMREAD_COLOR);
        if (stranger) {
            // the cameraman's head and shoulders (faces.csv: 182,112,83,89), 110 px high, in the bottom-right corner
            Mat src = Imgcodecs.imdecode(new MatOfByte(RealPhotosTest.read("faces/cameraman.jpg")),
                    Imgcodecs.IMREAD_COLOR);
            Mat crop = new Mat();
            Imgproc.resize(src.submat(new Rect(140, 70, 170, 180)), crop, new Size(136, 144), 0, 0,
                    Imgproc.INTER_AREA);
            crop.copyTo(img.submat(new Rect(img.cols() - 150, img.rows() - 160, crop.cols(), crop.rows())));
        }
        MatOfByte out = new MatOfByte();
        Imgcodecs.imencode(".jpg", img, out, new MatOfInt(Imgcodecs.IMWRITE_JPEG_QUALITY, 92));
        return out.toArray();
    }

    private static List<Finding> faces(ScreeningReport r) {
        return r.findings(FindingType.FACE);
    }

    @Test
    void declaredConsentingSubject_isAllowed() {
        ScreeningReport r = screen(photo("faces/smiling-man.jpg", false), "cl-1");
        assertThat(r.verdict()).as(Screening.describe(r)).isEqualTo(Verdict.ALLOW);
        assertThat(faces(r)).singleElement().satisfies(f -> {
            assertThat(f.faceRole()).contains(FaceRole.SUBJECT);
            assertThat(f.consentId()).contains("k-1");
            assertThat(f.severity()).isEqualTo(Severity.LOW);
        });
        assertThat(r.consentsUsed()).containsExactly("k-1");
    }

    @Test
    void strangerInTheBackground_isBlockedOnThatFace() {
        ScreeningReport r = screen(photo("faces/smiling-man.jpg", true), "cl-1");
        assertThat(r.verdict()).as(Screening.describe(r)).isEqualTo(Verdict.BLOCK);
        assertThat(faces(r)).hasSize(2);
        assertThat(faces(r)).filteredOn(f -> f.severity() == Severity.HIGH).singleElement().satisfies(f -> {
            assertThat(f.faceRole()).contains(FaceRole.BACKGROUND);
            assertThat(f.consentId()).isEmpty();
            assertThat(((org.privacyscreen.Location.Image) f.location()).x()).isGreaterThan(500);
        });
        assertThat(faces(r)).filteredOn(f -> f.severity() == Severity.LOW).singleElement()
                .satisfies(f -> assertThat(f.consentId()).contains("k-1"));
    }

    @Test
    void twoConsentingStaff_areAllowed() {
        ScreeningReport r = screen(photo("faces/couple-toasting.jpg", false), "st-1", "st-2");
        assertThat(r.verdict()).as(Screening.describe(r)).isEqualTo(Verdict.ALLOW);
        assertThat(faces(r)).hasSize(2).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.LOW));
        assertThat(r.consentsUsed()).containsExactly("k-3", "k-4");
    }

    @Test
    void oneConsentingStaffMember_coversOneFaceOfTwo() {
        ScreeningReport r = screen(photo("faces/couple-toasting.jpg", false), "st-1");
        assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(faces(r)).extracting(Finding::severity).containsExactlyInAnyOrder(Severity.LOW, Severity.HIGH);
    }

    @Test
    void subjectWithoutConsent_isBlockedWithTheConsentFinding() {
        ScreeningReport r = screen(photo("faces/smiling-man.jpg", false), "cl-2");
        assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(r.has(FindingType.CONSENT_MISSING)).as(Screening.describe(r)).isTrue();
        assertThat(faces(r)).singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.HIGH));
    }
}
