package org.privacyscreen.image.internal.faces;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.privacyscreen.FaceRole;

/**
 * Who each face is to the post. A declared subject the host gave reference faces for, and whom the identity model
 * can judge, is the face the model recognises, or none (a large stranger never takes a subject's place). Every other
 * declared subject accounts for one prominent face: among the largest, at least half the largest face's height and
 * {@link #MIN_SHARE} of the photo's short side, in focus (at least {@link #MIN_FOCUS} of the sharpest face's focus
 * measure), confirmed by the landmark model and mostly inside the frame. All other faces are background.
 */
final class FaceRoles {
    static final double MIN_SHARE = 0.06;
    static final double MIN_FOCUS = 0.25;
    /** A subject's face box lies at least this much inside the photo: a face cut in half by the edge is incidental. */
    static final double MIN_INSIDE = 0.6;

    /** A face's role, and whose face it is when a model recognised it. */
    record Role(FaceRole role, Optional<String> person) {
        static final Role BACKGROUND = new Role(FaceRole.BACKGROUND, Optional.empty());
    }

    private FaceRoles() {
    }

    /** The role of each of {@code faces}, in the same order. */
    static List<Role> assign(List<FaceDetector.Face> faces, int shortSide, List<String> subjects,
            References references) {
        List<Role> roles = new ArrayList<>(faces.size());
        faces.forEach(f -> roles.add(Role.BACKGROUND));
        int byProminence = 0;
        for (String person : subjects) {
            boolean judged = false;
            for (int i = 0; i < faces.size(); i++) {
                FaceDetector.Face f = faces.get(i);
                if (roles.get(i).role() == FaceRole.SUBJECT || !f.confirmed()) {
                    continue;
                }
                Optional<Boolean> same = references.samePerson(f, person);
                judged |= same.isPresent();
                if (same.orElse(false)) {
                    roles.set(i, new Role(FaceRole.SUBJECT, Optional.of(person)));
                    break;
                }
            }
            if (!judged) {
                byProminence++;
            }
        }
        int tallest = faces.stream().mapToInt(f -> f.box().height).max().orElse(0);
        double sharpest = faces.stream().mapToDouble(FaceDetector.Face::sharpness).max().orElse(0);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < faces.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> faces.get(i).box().height).reversed());
        // as many of the largest faces as subjects are left are candidates; those not prominent stay background
        int ranks = byProminence;
        for (int i : order) {
            if (ranks == 0) {
                break;
            }
            if (roles.get(i).role() == FaceRole.SUBJECT) {
                continue;
            }
            ranks--;
            if (prominent(faces.get(i), tallest, sharpest, shortSide)) {
                roles.set(i, new Role(FaceRole.SUBJECT, Optional.empty()));
            }
        }
        return roles;
    }

    private static boolean prominent(FaceDetector.Face f, int tallest, double sharpest, int shortSide) {
        return f.confirmed() && f.box().height >= 0.5 * tallest && f.box().height >= MIN_SHARE * shortSide
                && f.sharpness() >= MIN_FOCUS * sharpest && f.inside() >= MIN_INSIDE;
    }
}
