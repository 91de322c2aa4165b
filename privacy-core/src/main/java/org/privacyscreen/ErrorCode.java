package org.privacyscreen;

/** Stable codes of {@link PrivacyScreenException}; hosts may switch on them. Never renamed. */
public enum ErrorCode {
    /** A post's text is longer than the policy allows. */
    TEXT_TOO_LONG(true),
    /** An image is over the policy's byte or pixel limits. */
    IMAGE_TOO_LARGE(true),
    /** An image is not JPEG, PNG or WebP. */
    IMAGE_UNSUPPORTED(true),
    /** An image cannot be decoded, or is truncated. */
    IMAGE_INVALID(true),
    /** A record (consent, use, person, policy, context) has the wrong shape. */
    INVALID_RECORD(true),
    /** A record refers to something that does not exist (a use naming no consent). */
    UNKNOWN_REFERENCE(true),
    /** Asking a person for consent again within the cooling-off period after a refusal. */
    COOLING_OFF(false),
    /** A consent's uses are used up. */
    CONSENT_EXHAUSTED(false),
    /** Two detectors share an id, or a detector is otherwise misconfigured. */
    CONFIGURATION(false),
    /** A store could not be read or written. */
    STORE_FAILURE(false),
    /** Something that should not happen: a bug. */
    INTERNAL(false),
    /**
     * The screener has more work queued than it accepts (its executor refused a task): try again later. The post
     * was not screened; nothing was recorded.
     */
    OVERLOADED(false),
    /**
     * The audit sink could not record the decision, so {@code screen()} gives no report: a decision that is not on
     * record is not made.
     */
    AUDIT_FAILED(false),
    /**
     * A time budget ran out: thrown by {@code ScreeningContext.checkDeadline()} inside a detector (the engine turns it
     * into a DETECTOR_FAILURE finding, never a failed {@code screen()}), and by {@code ScreeningReport.remediated()}
     * when remediation outlives the policy's {@code remediationTimeout}.
     */
    DEADLINE_EXCEEDED(false);

    private final boolean badInput;

    ErrorCode(boolean badInput) {
        this.badInput = badInput;
    }

    /** Whether the caller's input is at fault (the CLI exits 65 on these). */
    public boolean badInput() {
        return badInput;
    }
}
