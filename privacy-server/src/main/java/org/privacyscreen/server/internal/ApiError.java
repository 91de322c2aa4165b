package org.privacyscreen.server.internal;

import java.util.Objects;
import org.privacyscreen.ErrorCode;
import org.privacyscreen.PrivacyScreenException;

/**
 * An answer other than success: the HTTP status, the body's {@code code} and its one-line {@code error}, and for
 * 429 and 503 the seconds to wait. The message never quotes a request's content.
 */
public final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Codes of the service's own refusals, beside the library's {@link ErrorCode}s. */
    public static final String UNAUTHORIZED = "UNAUTHORIZED";
    public static final String RATE_LIMITED = "RATE_LIMITED";
    public static final String OVERLOADED = "OVERLOADED";
    public static final String NOT_READY = "NOT_READY";
    public static final String REQUEST_TOO_LARGE = "REQUEST_TOO_LARGE";
    public static final String NOT_FOUND = "NOT_FOUND";
    public static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";
    public static final String READ_ONLY = "READ_ONLY";
    /** A consent refused, revoked, outside its period, channel or purpose, or without share permission. */
    public static final String CONSENT_DENIED = "CONSENT_DENIED";

    private final int status;
    private final String code;
    private final long retryAfterSeconds;

    public ApiError(int status, String code, String message) {
        this(status, code, message, -1);
    }

    public ApiError(int status, String code, String message, long retryAfterSeconds) {
        super(Objects.requireNonNull(message, "message"), null, false, false);
        this.status = status;
        this.code = Objects.requireNonNull(code, "code");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** The answer to a library failure: bad input 400, over a limit 413, a consent used up 409, ours 500. */
    public static ApiError of(PrivacyScreenException e) {
        ErrorCode c = e.code();
        int status = switch (c) {
            case TEXT_TOO_LONG, IMAGE_TOO_LARGE -> 413;
            case CONSENT_EXHAUSTED, COOLING_OFF -> 409;
            case STORE_FAILURE -> 503;
            default -> c.badInput() ? 400 : 500;
        };
        String message = status >= 500 ? (c == ErrorCode.STORE_FAILURE ? "the consent store is unavailable"
                : "internal error") : oneLine(e.getMessage());
        return new ApiError(status, c.name(), message, status == 503 ? 1 : -1);
    }

    static String oneLine(String s) {
        if (s == null || s.isBlank()) {
            return "invalid";
        }
        String line = s.lines().findFirst().orElse("invalid").strip();
        return line.length() > 500 ? line.substring(0, 500) + "..." : line;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** Seconds for {@code Retry-After}; negative when none is sent. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
