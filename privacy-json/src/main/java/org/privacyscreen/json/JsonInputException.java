package org.privacyscreen.json;

import org.privacyscreen.ErrorCode;
import org.privacyscreen.PrivacyScreenException;

/**
 * JSON input that does not follow the documented format: a file that is missing or malformed, a field that is not
 * in the format, a value outside it, a record of the wrong shape. The message is one line, "source: field: reason",
 * and never quotes a value, which could be personal data.
 */
public final class JsonInputException extends PrivacyScreenException {
    private static final long serialVersionUID = 1L;

    public JsonInputException(String message) {
        super(ErrorCode.INVALID_RECORD, message);
    }

    /** Bad input of a more specific kind, such as {@link ErrorCode#IMAGE_INVALID} for an image file. */
    public JsonInputException(ErrorCode code, String message) {
        super(code, message);
        if (!code.badInput()) {
            throw new IllegalArgumentException("code: " + code + " is not a bad-input code");
        }
    }

    public JsonInputException(String message, Throwable cause) {
        super(ErrorCode.INVALID_RECORD, message, cause);
    }
}
