package org.privacyscreen;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who will see a post. Followers count as public. A group lists its members (ids of staff or clients).
 *
 * @param kind      public, followers or group
 * @param members   the ids of a group's members; empty otherwise
 * @param groupName the group's name, where given
 */
public record Audience(Kind kind, List<String> members, Optional<String> groupName) {
    public static final Audience PUBLIC = new Audience(Kind.PUBLIC, List.of(), Optional.empty());

    /** The kinds of audience. */
    public enum Kind {
        PUBLIC, FOLLOWERS, GROUP
    }

    public Audience {
        Objects.requireNonNull(kind, "kind");
        members = List.copyOf(Objects.requireNonNull(members, "members"));
        Objects.requireNonNull(groupName, "groupName");
        if (kind != Kind.GROUP && !members.isEmpty()) {
            throw new IllegalArgumentException("members: only a group audience lists members");
        }
        for (String m : members) {
            if (m.isBlank()) {
                throw new IllegalArgumentException("members must not hold a blank id");
            }
        }
    }

    /** A group audience of {@code members}. */
    public static Audience group(String groupName, List<String> members) {
        return new Audience(Kind.GROUP, members, Optional.ofNullable(groupName));
    }

    /** Whether anyone outside a closed group may see the post. */
    public boolean isPublic() {
        return kind != Kind.GROUP;
    }
}
