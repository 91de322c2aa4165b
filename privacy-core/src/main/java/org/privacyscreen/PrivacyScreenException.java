package org.privacyscreen;

import java.util.Objects;

/**
 * The one unchecked exception family of Privacy Screen, with a stable {@link ErrorCode}. Messages name the field and
 * the reason, never a detected value.
 */
public class PrivacyScreenException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final ErrorCode code;

    public PrivacyScreenException(ErrorCode code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
    }

    public PrivacyScreenException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    public ErrorCode code() {
        return code;
    }

    /** Whether the caller's input is at fault. */
    public boolean badInput() {
        return code.badInput();
    }
}
