package org.privacyscreen.json.internal;

import org.privacyscreen.json.JsonInputException;
import org.privacyscreen.PrivacyScreenException;
import org.privacyscreen.consent.RecordValidator;

/** Hands each context record to privacy-consent's {@link RecordValidator}: Bean Validation of the record's shape. */
public final class RecordChecks {
    private static final RecordValidator VALIDATOR = RecordValidator.create();

    private RecordChecks() {
    }

    /**
     * Checks {@code record}; {@code where} names it ("context.json: consents[2]").
     *
     * @throws JsonInputException when the record has the wrong shape or refers to nothing
     */
    public static void check(String where, Object record) {
        try {
            VALIDATOR.check(where, record);
        } catch (PrivacyScreenException e) {
            if (!e.badInput()) {
                throw e;
            }
            String m = e.getMessage() == null ? "invalid record" : e.getMessage();
            throw new JsonInputException(m.startsWith(where) ? m : where + ": " + m, e);
        }
    }
}
