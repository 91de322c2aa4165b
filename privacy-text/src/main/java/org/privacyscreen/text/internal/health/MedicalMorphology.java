package org.privacyscreen.text.internal.health;

import java.util.List;
import java.util.Optional;

/**
 * Medical word formation: conditions and procedures named with Greek and Latin endings ("appendectomy",
 * "tonsillitis", "melanoma", "hypoglycaemia") and medicines named with the stems of the international non-proprietary
 * names ("isotretinoin", "adalimumab", "omeprazole", "diazepam"). A word of this shape that the vocabulary does not
 * know is taken as a health term, unless WordNet knows it as an ordinary word ({@link HealthVocabulary}: "diploma",
 * "aroma", "magazine" are listed there as not medical).
 */
public final class MedicalMorphology {
    /** Endings of conditions and procedures. */
    private static final List<String> CONDITION_ENDINGS = List.of("ectomy", "ectomies", "otomy", "ostomy", "plasty",
            "scopy", "itis", "osis", "iasis", "oma", "omas", "aemia", "emia", "algia", "pathy", "plegia", "paresis",
            "trophy", "rrhoea", "rrhea", "penia", "megaly", "lepsy", "uria", "ectasis", "stenosis");
    /** Stems of medicines' international non-proprietary names. */
    private static final List<String> MEDICINE_ENDINGS = List.of("mab", "tinib", "pril", "sartan", "olol", "statin",
            "azole", "cillin", "mycin", "cycline", "oxacin", "prazole", "tidine", "azepam", "zolam", "triptan",
            "gliptin", "gliflozin", "dronate", "setron", "navir", "vudine", "lukast", "dipine", "thiazide", "semide",
            "oxetine", "triptyline", "profen", "parin", "olone", "asone", "tretinoin", "peridol", "apine", "caine",
            "barbital", "morphine", "codone", "vir", "floxacin", "xaban", "gatran");
    /** Prefixes that, with a condition's ending, name a disorder: "dyslexia", "hypothyroidism", "bradycardia". */
    private static final List<String> PREFIXES = List.of("dys", "hypo", "hyper", "brady", "tachy");
    private static final List<String> PREFIXED_ENDINGS = List.of("ia", "ism", "emia", "aemia", "osis", "tension");
    private static final int MIN_LENGTH = 7;

    private MedicalMorphology() {
    }

    /** The kind of health term {@code lower} looks like by its form alone, if any. */
    public static Optional<HealthKind> shape(String lower) {
        if (lower.length() < MIN_LENGTH || !letters(lower)) {
            return Optional.empty();
        }
        for (String e : MEDICINE_ENDINGS) {
            if (lower.endsWith(e) && lower.length() >= e.length() + 4) {
                return Optional.of(HealthKind.MEDICINE);
            }
        }
        for (String e : CONDITION_ENDINGS) {
            if (lower.endsWith(e) && lower.length() >= e.length() + 4) {
                return Optional.of(e.endsWith("tomy") || e.endsWith("plasty") || e.endsWith("scopy")
                        || e.endsWith("tomies") ? HealthKind.PROCEDURE : HealthKind.CONDITION);
            }
        }
        for (String p : PREFIXES) {
            if (lower.startsWith(p)) {
                for (String e : PREFIXED_ENDINGS) {
                    if (lower.endsWith(e) && lower.length() >= p.length() + e.length() + 3) {
                        return Optional.of(HealthKind.CONDITION);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static boolean letters(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }
}
