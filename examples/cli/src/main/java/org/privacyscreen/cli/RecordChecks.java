package org.privacyscreen.cli;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.privacyscreen.PrivacyScreenException;

/**
 * Hands each context record to privacy-consent's {@code RecordValidator} (Bean Validation of the record's shape)
 * when that module is on the class path. Looked up by name so that the command still runs, with its own structural
 * checks, in a build without it.
 */
final class RecordChecks {
    private static final String VALIDATOR = "org.privacyscreen.consent.RecordValidator";

    private RecordChecks() {
    }

    private static final class Holder {
        static final Object VALIDATOR_INSTANCE;
        static final Method CHECK;

        static {
            Object instance = null;
            Method check = null;
            try {
                Class<?> type = Class.forName(VALIDATOR, true, RecordChecks.class.getClassLoader());
                instance = type.getMethod("create").invoke(null);
                check = type.getMethod("check", String.class, Object.class);
            } catch (ReflectiveOperationException | LinkageError e) {
                instance = null;
                check = null;
            }
            VALIDATOR_INSTANCE = instance;
            CHECK = check;
        }
    }

    /** Whether privacy-consent's validator is present. */
    static boolean available() {
        return Holder.CHECK != null;
    }

    /**
     * Checks {@code record}; {@code where} names it ("context.json: consents[2]").
     *
     * @throws BadInputException when the record has the wrong shape or refers to nothing
     */
    static void check(String where, Object record) {
        if (Holder.CHECK == null) {
            return;
        }
        try {
            Holder.CHECK.invoke(Holder.VALIDATOR_INSTANCE, where, record);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof PrivacyScreenException pse && pse.badInput()) {
                String m = pse.getMessage() == null ? "invalid record" : pse.getMessage();
                throw new BadInputException(m.startsWith(where) ? m : where + ": " + m, pse);
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("record validator failed", e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("record validator is not accessible", e);
        }
    }
}
