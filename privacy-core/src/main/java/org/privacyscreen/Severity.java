package org.privacyscreen;

/** How much a finding matters. {@link #OFF} exists only in a policy, to silence a type; no finding carries it. */
public enum Severity {
    OFF, LOW, MEDIUM, HIGH;

    /** Whether this severity is at least {@code other}. */
    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
