package org.privacyscreen;

/** The decision on a post: any HIGH finding blocks, any MEDIUM asks for review, LOW ones only inform. */
public enum Verdict {
    ALLOW, REVIEW, BLOCK;

    /** The verdict that follows from the worst severity among a post's findings. */
    public static Verdict of(Severity worst) {
        return switch (worst) {
            case HIGH -> BLOCK;
            case MEDIUM -> REVIEW;
            case LOW, OFF -> ALLOW;
        };
    }
}
