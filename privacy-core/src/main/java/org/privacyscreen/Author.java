package org.privacyscreen;

import java.util.Objects;
import java.util.Optional;

/**
 * Who posts: the id of the staff member, where known, and the kind of account.
 *
 * @param id      the author's id (a staff id), where known
 * @param account official or personal
 */
public record Author(Optional<String> id, AccountKind account) {
    /** The practice's own account, author unknown. */
    public static final Author OFFICIAL = new Author(Optional.empty(), AccountKind.OFFICIAL);

    public Author {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(account, "account");
        if (id.isPresent() && id.get().isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
    }

    public static Author of(String id, AccountKind account) {
        return new Author(Optional.of(Objects.requireNonNull(id, "id")), account);
    }
}
