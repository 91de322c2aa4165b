package org.privacyscreen.consent.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.privacyscreen.consent.rules.Fixture.photo;
import static org.privacyscreen.consent.rules.Fixture.post;
import static org.privacyscreen.consent.rules.Fixture.uncovered;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.privacyscreen.Consent;
import org.privacyscreen.Evidence;
import org.privacyscreen.FaceRole;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingSource;
import org.privacyscreen.FindingType;
import org.privacyscreen.Location;
import org.privacyscreen.Permission;
import org.privacyscreen.Post;
import org.privacyscreen.ScreeningReport;
import org.privacyscreen.Verdict;

/** Consent covers the faces it should, and only those: the screener with a test face detector. */
class SubjectFacesTest {
    private final Fixture fx = new Fixture();

    private static Consent.Builder photoConsent(String id, String person) {
        return Consent.builder(id, person).permissions(Permission.CAPTURE, Permission.SHARE).channels("instagram")
                .evidence(Evidence.Kind.WRITTEN, "form-1");
    }

    private static Post photoPost(String... subjects) {
        return post("What a day at the clinic!").subjects(List.of(subjects)).image(photo()).build();
    }

    private static List<Finding> uncoveredFaces(ScreeningReport r) {
        return r.findings(FindingType.FACE).stream().filter(f -> !f.covered()).toList();
    }

    private static int area(Finding f) {
        Location.Image box = (Location.Image) f.location();
        return box.width() * box.height();
    }

    @Test
    void declaredConsentingClientsPhoto_allowed() {
        fx.consents.save(photoConsent("k-1", "c-1").build());
        fx.face(0, null, FaceRole.SUBJECT, 400);
        ScreeningReport r = fx.screen(photoPost("c-1"));
        assertThat(r.verdict()).isEqualTo(Verdict.ALLOW);
        Finding face = r.findings(FindingType.FACE).get(0);
        assertThat(face.coveredBy()).hasValueSatisfying(why -> assertThat(why).contains("pictured with consent"));
        assertThat(face.consentId()).contains("k-1");
        assertThat(r.consentsUsed()).containsExactly("k-1");
    }

    @Test
    void samePhotoWithAStrangerBehind_blockedOnThatFace() {
        fx.consents.save(photoConsent("k-1", "c-1").build());
        fx.face(0, null, FaceRole.SUBJECT, 400).face(0, null, FaceRole.BACKGROUND, 60);
        ScreeningReport r = fx.screen(photoPost("c-1"));
        assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(uncovered(r)).containsExactly(FindingType.FACE);
        assertThat(uncoveredFaces(r)).singleElement().satisfies(f ->
                assertThat(f.faceRole()).contains(FaceRole.BACKGROUND));
    }

    @Test
    void twoConsentingStaff_allowed() {
        fx.consents.save(photoConsent("k-s1", "s-1").build());
        fx.consents.save(photoConsent("k-s2", "s-2").build());
        fx.face(0, null, FaceRole.SUBJECT, 300).face(0, null, FaceRole.SUBJECT, 280);
        ScreeningReport r = fx.screen(photoPost("s-1", "s-2"));
        assertThat(r.verdict()).isEqualTo(Verdict.ALLOW);
        assertThat(r.findings(FindingType.FACE)).extracting(f -> f.consentId().orElseThrow())
                .containsExactlyInAnyOrder("k-s1", "k-s2");
        assertThat(r.consentsUsed()).containsExactlyInAnyOrder("k-s1", "k-s2");
    }

    @Test
    void subjectWithoutConsent_blockedWithTheConsentFindingAndFacesStay() {
        fx.face(0, null, FaceRole.SUBJECT, 400);
        ScreeningReport r = fx.screen(photoPost("c-2"));
        assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(uncovered(r)).containsExactlyInAnyOrder(FindingType.CONSENT_MISSING, FindingType.FACE);
        assertThat(r.findings(FindingType.CONSENT_MISSING).get(0).subject()).contains("c-2");
        assertThat(r.consentsUsed()).isEmpty();
    }

    @Test
    void moreSubjectFacesThanConsentingSubjects_onlyTheLargestCovered() {
        fx.consents.save(photoConsent("k-1", "c-1").build());
        fx.face(0, null, FaceRole.SUBJECT, 150).face(0, null, FaceRole.SUBJECT, 420);
        ScreeningReport r = fx.screen(photoPost("c-1"));
        assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(uncoveredFaces(r)).singleElement().satisfies(f -> assertThat(area(f)).isEqualTo(150 * 150));
    }

    @Test
    void faceMatchedToTheSubject_coveredAndTheLargerUnmatchedFaceNot() {
        fx.consents.save(photoConsent("k-1", "c-1").build());
        fx.face(0, "c-1", FaceRole.SUBJECT, 120).face(0, null, FaceRole.SUBJECT, 500);
        ScreeningReport r = fx.screen(photoPost("c-1"));
        assertThat(uncoveredFaces(r)).singleElement().satisfies(f -> {
            assertThat(area(f)).isEqualTo(500 * 500);
            assertThat(f.subject()).isEmpty();
        });
        assertThat(r.findings(FindingType.FACE)).filteredOn(Finding::covered).singleElement()
                .satisfies(f -> assertThat(f.coveredBy().orElseThrow()).contains("matched"));
    }

    @Test
    void referenceFacesGivenButNoFaceMatched_coversNothing() {
        fx.consents.save(photoConsent("k-1", "c-1").build());
        fx.reference("c-1").face(0, null, FaceRole.SUBJECT, 400);
        ScreeningReport r = fx.screen(photoPost("c-1"));
        assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(uncovered(r)).containsExactly(FindingType.FACE);
    }

    @Test
    void referenceFacesGivenAndMatched_covered() {
        fx.consents.save(photoConsent("k-1", "c-1").build());
        fx.reference("c-1").face(0, "c-1", FaceRole.SUBJECT, 400);
        assertThat(fx.screen(photoPost("c-1")).verdict()).isEqualTo(Verdict.ALLOW);
    }

    @Test
    void faceMatchedToSomeoneUndeclared_notCoveredByTheDeclaredSubjectsConsent() {
        fx.consents.save(photoConsent("k-1", "c-1").build());
        fx.consents.save(photoConsent("k-2", "c-2").build());
        fx.face(0, "c-2", FaceRole.SUBJECT, 400);
        ScreeningReport r = fx.screen(photoPost("c-1"));
        assertThat(uncoveredFaces(r)).singleElement().satisfies(f -> assertThat(f.subject()).contains("c-2"));
        assertThat(r.verdict()).isEqualTo(Verdict.BLOCK);
    }

    @Test
    void faceNobodyJudged_notCovered() {
        fx.consents.save(photoConsent("k-1", "c-1").build());
        fx.faces.add(Finding.builder(FindingType.FACE).location(Location.image(0, 0, 0, 300, 300))
                .message("A face.").build());
        assertThat(uncovered(fx.screen(photoPost("c-1")))).containsExactly(FindingType.FACE);
    }

    @Test
    void consentWithoutCapture_scopeAndFacesStay() {
        fx.consents.save(Consent.builder("k-1", "c-1").permissions(Permission.SHARE).channels("instagram").build());
        fx.face(0, null, FaceRole.SUBJECT, 400);
        ScreeningReport r = fx.screen(photoPost("c-1"));
        assertThat(uncovered(r)).containsExactlyInAnyOrder(FindingType.CONSENT_SCOPE, FindingType.FACE);
    }

    @Test
    void consentForAnotherChannel_scopeAndFacesStay() {
        fx.consents.save(photoConsent("k-1", "c-1").channels("facebook").build());
        fx.face(0, null, FaceRole.SUBJECT, 400);
        assertThat(uncovered(fx.screen(photoPost("c-1"))))
                .containsExactlyInAnyOrder(FindingType.CONSENT_SCOPE, FindingType.FACE);
    }

    @Test
    void minorWithoutGuardian_guardianFindingAndFaceStays() {
        fx.consents.save(photoConsent("k-1", "c-kid").build());
        fx.face(0, null, FaceRole.SUBJECT, 400);
        assertThat(uncovered(fx.screen(photoPost("c-kid"))))
                .containsExactlyInAnyOrder(FindingType.GUARDIAN_CONSENT_MISSING, FindingType.FACE);
    }

    @Test
    void minorWithGuardiansConsent_faceCovered() {
        fx.consents.save(photoConsent("k-1", "c-kid").guardian("A Renn", "father").build());
        fx.face(0, null, FaceRole.SUBJECT, 400);
        assertThat(fx.screen(photoPost("c-kid")).verdict()).isEqualTo(Verdict.ALLOW);
    }

    @Test
    void twoPhotos_theSubjectAccountsForOneFaceInEach() {
        fx.consents.save(photoConsent("k-1", "c-1").build());
        fx.face(0, null, FaceRole.SUBJECT, 400).face(1, null, FaceRole.SUBJECT, 350)
                .face(1, null, FaceRole.SUBJECT, 200);
        ScreeningReport r = fx.screen(post("Two views").subject("c-1").image(photo()).image(photo()).build());
        assertThat(uncoveredFaces(r)).singleElement().satisfies(f -> {
            assertThat(((Location.Image) f.location()).image()).isEqualTo(1);
            assertThat(area(f)).isEqualTo(200 * 200);
        });
    }

    @Test
    void clientsNameReadInAPhoto_coveredByTheirNamingConsentAndRelied() {
        fx.consents.save(photoConsent("k-1", "c-1").permissions(Permission.CAPTURE, Permission.SHARE,
                Permission.NAME).build());
        fx.face(0, null, FaceRole.SUBJECT, 400).readInPhoto(FindingType.CLIENT_NAME, "c-1");
        ScreeningReport r = fx.screen(photoPost("c-1"));
        Finding name = r.findings(FindingType.CLIENT_NAME).get(0);
        assertThat(name.source()).isEqualTo(FindingSource.IMAGE_TEXT);
        assertThat(name.consentId()).contains("k-1");
        assertThat(r.verdict()).isEqualTo(Verdict.ALLOW);
    }

    @Test
    void undeclaredClientsNameReadInAPhoto_needsTheirConsent() {
        fx.readInPhoto(FindingType.CLIENT_NAME, "c-2");
        ScreeningReport r = fx.screen(post("Busy morning").image(photo()).build());
        assertThat(uncovered(r)).containsExactlyInAnyOrder(FindingType.CLIENT_NAME, FindingType.CONSENT_MISSING);
    }
}
