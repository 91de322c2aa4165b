package org.privacyscreen;

import jakarta.validation.constraints.NotBlank;
import java.util.Objects;

/**
 * The parent or guardian who consented for a minor.
 *
 * @param name         the guardian's name
 * @param relationship the relationship to the minor (mother, guardian, ...)
 */
public record Guardian(@NotBlank String name, @NotBlank String relationship) {
    public Guardian {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(relationship, "relationship");
    }

    @Override
    public String toString() {
        return "Guardian[" + relationship + "]";
    }
}
