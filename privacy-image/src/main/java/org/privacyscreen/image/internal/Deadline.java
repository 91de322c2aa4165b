package org.privacyscreen.image.internal;

import org.privacyscreen.spi.ScreeningContext;

/**
 * Where long native work (a decode, a network pass, an OCR read) asks whether it may go on: the screening's
 * {@link ScreeningContext#checkDeadline()}. Native calls ignore interrupts, so each stage checks before it starts,
 * and a screening past its deadline stops at the next stage instead of running to the end.
 */
@FunctionalInterface
public interface Deadline {
    /** No deadline: for benchmarks and direct calls outside a screening. */
    Deadline NONE = () -> { };

    /**
     * Returns when the work may go on.
     *
     * @throws org.privacyscreen.spi.DeadlineExceededException when the screening has run out of time
     */
    void check();

    /** The deadline of {@code context}'s screening. */
    static Deadline of(ScreeningContext context) {
        return context::checkDeadline;
    }
}
