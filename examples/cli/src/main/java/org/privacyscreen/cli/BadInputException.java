package org.privacyscreen.cli;

/**
 * Input the command cannot use: a file that is missing or malformed, a field outside the contract. The message is
 * the one line shown to the user, "file: field: reason", and never quotes a value that could be personal data.
 */
final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadInputException(String message) {
        super(message);
    }

    BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
