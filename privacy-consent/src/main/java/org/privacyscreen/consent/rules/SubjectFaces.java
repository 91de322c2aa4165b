package org.privacyscreen.consent.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.privacyscreen.Consent;
import org.privacyscreen.FaceRole;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.Location;
import org.privacyscreen.spi.RuleResult;
import org.privacyscreen.spi.ScreeningContext;

/**
 * Consent covers the faces it should, and only those. In each photo, each declared subject whose consent allows
 * capture and share accounts for one face: the face the detector matched to that person ({@code subject} set), or,
 * where nothing was matched to them and the host gave no reference faces of them, the largest face the detector
 * judged a subject ({@link FaceRole#SUBJECT}, no {@code subject}) not yet given to another. A person with reference
 * faces whose face was not matched covers nothing: the face that is there may be a stranger's. Every other face
 * (background, unjudged, matched to someone else, beyond the number of consenting subjects) stays as found.
 */
final class SubjectFaces {
    private static final String MATCHED = "pictured with consent; the face was matched to the declared subject";
    private static final String DECLARED = "pictured with consent; a declared subject's face";
    private static final Comparator<Finding> LARGEST_FIRST = Comparator.comparingLong((Finding f) -> {
        Location.Image box = (Location.Image) f.location();
        return -(long) box.width() * box.height();
    });

    private SubjectFaces() {
    }

    /** Covers faces of the declared subjects in {@code consenting} (id to the consent that allows their photo). */
    static void cover(ScreeningContext ctx, Map<String, Consent> consenting, RuleResult.Builder out) {
        if (consenting.isEmpty()) {
            return;
        }
        Map<Integer, List<Finding>> byImage = new TreeMap<>();
        for (Finding f : ctx.findings()) {
            if (f.type() == FindingType.FACE && !f.covered() && f.location() instanceof Location.Image box) {
                byImage.computeIfAbsent(box.image(), i -> new ArrayList<>()).add(f);
            }
        }
        Map<String, Boolean> hasReferences = new HashMap<>();
        for (List<Finding> faces : byImage.values()) {
            List<String> unmatched = new ArrayList<>();
            consenting.forEach((id, consent) -> {
                List<Finding> own = faces.stream().filter(f -> f.subject().filter(id::equals).isPresent())
                        .sorted(LARGEST_FIRST).toList();
                if (!own.isEmpty()) {
                    out.cover(own.get(0), MATCHED, consent.id()); // one person, one face in a photo
                } else if (!hasReferences.computeIfAbsent(id, p -> !ctx.referenceFaces().of(p).isEmpty())) {
                    unmatched.add(id);
                }
            });
            List<Finding> subjects = faces.stream()
                    .filter(f -> f.subject().isEmpty() && f.faceRole().filter(FaceRole.SUBJECT::equals).isPresent())
                    .sorted(LARGEST_FIRST).toList();
            for (int i = 0; i < Math.min(unmatched.size(), subjects.size()); i++) {
                out.cover(subjects.get(i), DECLARED, consenting.get(unmatched.get(i)).id());
            }
        }
    }
}
