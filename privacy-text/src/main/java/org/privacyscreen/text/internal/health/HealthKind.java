package org.privacyscreen.text.internal.health;

/** What a health term names; medical advice looks for medicines and treatments, the rest for any kind. */
public enum HealthKind {
    /** A disease, disorder, injury, symptom, or a person named by one ("a diabetic"). */
    CONDITION,
    /** A surgical, diagnostic or therapeutic procedure. */
    PROCEDURE,
    /** A medicine, a class of medicines, or a drug. */
    MEDICINE,
    /** A test, scan or result. */
    RESULT
}
