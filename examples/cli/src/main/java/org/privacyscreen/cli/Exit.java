package org.privacyscreen.cli;

import org.privacyscreen.Verdict;

/** The exit codes of CONTRACT.md. */
final class Exit {
    static final int ALLOW = 0;
    static final int REVIEW = 1;
    static final int BLOCK = 2;
    /** Usage error: unknown flag, missing argument (sysexits EX_USAGE). */
    static final int USAGE = 64;
    /** Bad input: unreadable or malformed file, a field outside the contract (EX_DATAERR). */
    static final int BAD_INPUT = 65;
    /** Internal error (EX_SOFTWARE). */
    static final int INTERNAL = 70;

    private Exit() {
    }

    static int of(Verdict verdict) {
        return switch (verdict) {
            case ALLOW -> ALLOW;
            case REVIEW -> REVIEW;
            case BLOCK -> BLOCK;
        };
    }
}
