package org.privacyscreen.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.privacyscreen.FaceRole;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.Location;
import org.privacyscreen.Post;
import org.privacyscreen.PostImage;
import org.privacyscreen.Screener;
import org.privacyscreen.ScreeningReport;
import org.privacyscreen.Severity;
import org.privacyscreen.image.internal.faces.FaceDetector;
import org.privacyscreen.image.internal.faces.FaceIdentity;
import org.privacyscreen.spi.ReferenceFaces;

/** Each face carries its role as a fact: the prominent faces of declared subjects, and the background. */
class FaceRolesTest {

    private static List<Finding> bySize(ScreeningReport r) {
        List<Finding> faces = new ArrayList<>(r.findings(FindingType.FACE));
        faces.sort(Comparator.comparingInt((Finding f) -> ((Location.Image) f.location()).height()).reversed());
        return faces;
    }

    private static List<FaceRole> roles(ScreeningReport r) {
        return bySize(r).stream().map(f -> f.faceRole().orElseThrow()).toList();
    }

    @ParameterizedTest(name = "{0} with {1} declared subjects")
    @CsvSource({
        "faces/couple-in-bar.jpg, 0, 0", "faces/couple-in-bar.jpg, 1, 1", "faces/couple-in-bar.jpg, 2, 2",
        "faces/couple-in-bar.jpg, 5, 3", "faces/three-friends.jpg, 3, 3", "faces/three-friends.jpg, 1, 1",
        "faces/couple-toasting.jpg, 2, 2", "faces/portrait-indoors.jpg, 1, 1", "faces/close-up.jpg, 1, 1",
        "faces/woman-on-beach.jpg, 1, 1"
    })
    void realPhotos_theLargestFacesUpToTheDeclaredSubjectsAreSubjects(String photo, int declared, int subjects) {
        String[] ids = new String[declared];
        for (int i = 0; i < declared; i++) {
            ids[i] = "client-" + i;
        }
        ScreeningReport r = Screening.screen(RealPhotosTest.read(photo), ids);
        List<FaceRole> roles = roles(r);
        assertThat(roles).as(Screening.describe(r)).allMatch(role -> role != null);
        assertThat(roles.subList(0, subjects)).as(Screening.describe(r)).allMatch(FaceRole.SUBJECT::equals);
        assertThat(roles.subList(subjects, roles.size())).as(Screening.describe(r))
                .allMatch(FaceRole.BACKGROUND::equals);
        // a judgement by prominence says nothing of who the person is
        assertThat(r.findings(FindingType.FACE)).allMatch(f -> f.subject().isEmpty());
    }

    @Test
    void smallBlurredOrUnconfirmedFacesAreNeverSubjects() {
        // in the bar, the couple and the sharp face at the left edge may be subjects; the small blurred face behind
        // the couple stays background even with ten declared subjects; the pool player bowed over the table is
        // only "possibly a face" (MEDIUM): with one declared subject it is background, and so is the small face
        // behind him (a subject is one of the largest faces)
        ScreeningReport bar = Screening.screen(RealPhotosTest.read("faces/couple-in-bar.jpg"), "a", "b", "c", "d",
                "e", "f", "g", "h", "i", "j");
        assertThat(roles(bar)).as(Screening.describe(bar)).containsExactly(FaceRole.SUBJECT, FaceRole.SUBJECT,
                FaceRole.SUBJECT, FaceRole.BACKGROUND);
        ScreeningReport pool = Screening.screen(RealPhotosTest.read("faces/pool-players.jpg"), "a");
        assertThat(pool.findings(FindingType.FACE)).as(Screening.describe(pool)).isNotEmpty().allMatch(f -> f
                .faceRole().equals(Optional.of(FaceRole.BACKGROUND)));
        assertThat(pool.findings(FindingType.FACE)).anyMatch(f -> f.severity() == Severity.MEDIUM);
    }

    @Test
    void everyFaceFindingHasARoleAndNoMessageIsNeededToTellIt() {
        ScreeningReport r = Screening.screen(SampleImages.scene(1600, 1200).face(200, 200, 300).face(1300, 200, 50)
                .jpeg(), "client-1");
        assertThat(r.findings(FindingType.FACE)).hasSize(2).allMatch(f -> f.faceRole().isPresent());
        assertThat(bySize(r).get(0).faceRole()).contains(FaceRole.SUBJECT);
        assertThat(bySize(r).get(1).faceRole()).contains(FaceRole.BACKGROUND);
    }

    // --- reference faces: the seam for a face-recognition model (none ships; see the module README) ---

    private static final byte[] PHOTO = SampleImages.scene(1600, 1200).face(200, 200, 300).jpeg();
    private static final PostImage REFERENCE = PostImage.of("ref.jpg", SampleImages.scene(640, 480)
            .face(200, 100, 200).jpeg());

    private static ScreeningReport screen(FaceIdentity identity, ReferenceFaces references, String... subjects) {
        Screener s = Screener.builder().discover(false).detector(new FaceDetector(identity))
                .referenceFaces(references).build();
        return s.screen(Post.builder().image(PostImage.of("photo.jpg", PHOTO)).subjects(List.of(subjects)).build());
    }

    @Test
    void references_askedForEachDeclaredSubject() {
        List<String> asked = new CopyOnWriteArrayList<>();
        screen((face, refs) -> Optional.empty(), id -> {
            asked.add(id);
            return List.of(REFERENCE);
        }, "client-1", "staff-2");
        assertThat(asked).containsExactlyInAnyOrder("client-1", "staff-2");
    }

    @Test
    void references_aRecognisedFaceIsThatPersonsSubjectFace() {
        List<Integer> referenceCounts = new CopyOnWriteArrayList<>();
        ScreeningReport r = screen((face, refs) -> {
            referenceCounts.add(refs.size());
            return Optional.of(true);
        }, id -> List.of(REFERENCE, REFERENCE), "client-1");
        Finding face = r.findings(FindingType.FACE).get(0);
        assertThat(face.faceRole()).contains(FaceRole.SUBJECT);
        assertThat(face.subject()).contains("client-1");
        assertThat(referenceCounts).containsOnly(2); // every reference photo was decoded and handed over
    }

    @Test
    void references_aLargeFaceTheModelDoesNotRecogniseStaysBackground() {
        // the declared subject's references do not match: the prominent stranger is not covered by prominence
        ScreeningReport r = screen((face, refs) -> Optional.of(false), id -> List.of(REFERENCE), "client-1");
        Finding face = r.findings(FindingType.FACE).get(0);
        assertThat(face.faceRole()).contains(FaceRole.BACKGROUND);
        assertThat(face.subject()).isEmpty();
        assertThat(face.severity()).isEqualTo(Severity.HIGH);
    }

    @Test
    void references_withoutAModelOrWithoutReferencesProminenceDecides() {
        for (ScreeningReport r : List.of(screen(FaceIdentity.NONE, id -> List.of(REFERENCE), "client-1"),
                screen((face, refs) -> Optional.of(false), ReferenceFaces.EMPTY, "client-1"),
                screen((face, refs) -> Optional.of(false), id -> List.of(PostImage.of("bad.jpg",
                        new byte[] {1, 2, 3})), "client-1"))) {
            Finding face = r.findings(FindingType.FACE).get(0);
            assertThat(face.faceRole()).contains(FaceRole.SUBJECT);
            assertThat(face.subject()).isEmpty();
        }
    }
}
