package org.privacyscreen.spi;

import org.privacyscreen.ErrorCode;
import org.privacyscreen.PrivacyScreenException;

/**
 * The time budget of a screening (or of a remediation) ran out. Thrown by {@link ScreeningContext#checkDeadline()};
 * a detector, reader or rule may let it propagate, and the engine reports that check as having run out of time
 * (DETECTOR_FAILURE), exactly as if it had been interrupted at the deadline.
 */
public class DeadlineExceededException extends PrivacyScreenException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception saying what ran out of time.
     *
     * @param message what ran out of time, such as "the post's time budget (10000 ms) ran out"; never a detected value
     */
    public DeadlineExceededException(String message) {
        super(ErrorCode.DEADLINE_EXCEEDED, message);
    }
}
