package org.privacyscreen;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How a consent was recorded. Naming needs written or electronic evidence.
 *
 * @param kind      written, electronic or verbal
 * @param reference the form's or message's reference
 * @param takenBy   who took the consent (a staff id), where recorded
 * @param takenAt   when it was taken, where recorded
 */
public record Evidence(@NotNull Kind kind,
                       Optional<@Pattern(regexp = NOT_BLANK, message = "must not be blank") String> reference,
                       Optional<@Pattern(regexp = NOT_BLANK, message = "must not be blank") String> takenBy,
                       Optional<Instant> takenAt) {

    /** Present values must hold a non-space character (an absent one is fine, unlike with NotBlank). */
    static final String NOT_BLANK = "(?s).*\\S.*";

    /** The kinds of evidence. */
    public enum Kind {
        WRITTEN, ELECTRONIC, VERBAL;

        /** Whether this kind is enough to name a person. */
        public boolean documented() {
            return this != VERBAL;
        }
    }

    public Evidence {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(takenBy, "takenBy");
        Objects.requireNonNull(takenAt, "takenAt");
    }

    public static Evidence of(Kind kind, String reference) {
        return new Evidence(kind, Optional.ofNullable(reference), Optional.empty(), Optional.empty());
    }
}
