package org.privacyscreen;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A client or staff member the practice knows: id, name, aliases, social handles and, for clients, date of birth.
 *
 * @param id          stable id in the host's directory
 * @param role        client or staff
 * @param name        full name
 * @param aliases     other names the person goes by
 * @param handles     social-media handles, with their leading {@code @}
 * @param dateOfBirth date of birth, where known
 */
public record Person(@NotBlank String id, @NotNull Role role, @NotBlank String name, List<@NotBlank String> aliases,
                     List<@NotBlank String> handles, Optional<LocalDate> dateOfBirth) {

    /** Whether a person is a client of the practice or on its staff. */
    public enum Role {
        CLIENT, STAFF
    }

    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(Objects.requireNonNull(aliases, "aliases"));
        handles = List.copyOf(Objects.requireNonNull(handles, "handles"));
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank (person " + id + ")");
        }
    }

    /** A client with only an id and a name. */
    public static Person client(String id, String name) {
        return new Person(id, Role.CLIENT, name, List.of(), List.of(), Optional.empty());
    }

    /** A staff member with only an id and a name. */
    public static Person staff(String id, String name) {
        return new Person(id, Role.STAFF, name, List.of(), List.of(), Optional.empty());
    }

    /** Starts a client: add aliases, handles and a birth date on the builder. */
    public static Builder clientBuilder(String id, String name) {
        return new Builder(id, Role.CLIENT, name);
    }

    /** Starts a staff member: add aliases and handles on the builder. */
    public static Builder staffBuilder(String id, String name) {
        return new Builder(id, Role.STAFF, name);
    }

    public Person withAliases(List<String> newAliases) {
        return new Person(id, role, name, newAliases, handles, dateOfBirth);
    }

    public Person withHandles(List<String> newHandles) {
        return new Person(id, role, name, aliases, newHandles, dateOfBirth);
    }

    public Person withDateOfBirth(LocalDate dob) {
        return new Person(id, role, name, aliases, handles, Optional.of(dob));
    }

    public boolean isClient() {
        return role == Role.CLIENT;
    }

    public boolean isStaff() {
        return role == Role.STAFF;
    }

    /** Whether the person is under 18 at {@code at} (UTC). Unknown birth date: false. */
    public boolean isMinorAt(java.time.Instant at) {
        return dateOfBirth.map(d -> d.plusYears(18).isAfter(at.atZone(java.time.ZoneOffset.UTC).toLocalDate()))
                .orElse(false);
    }

    /** Describes the person by id only: names are personal data. */
    @Override
    public String toString() {
        return "Person[" + id + ", " + role + "]";
    }

    /** Builds a {@link Person}; each call validates its argument. Not thread-safe. */
    public static final class Builder {
        private final String id;
        private final Role role;
        private final String name;
        private final java.util.List<String> aliases = new java.util.ArrayList<>();
        private final java.util.List<String> handles = new java.util.ArrayList<>();
        private LocalDate dateOfBirth;

        private Builder(String id, Role role, String name) {
            this.id = Objects.requireNonNull(id, "id");
            this.role = Objects.requireNonNull(role, "role");
            this.name = Objects.requireNonNull(name, "name");
        }

        /** Adds other names the person goes by ("Sally" for Sarah). */
        public Builder aliases(String... aliases) {
            for (String a : Objects.requireNonNull(aliases, "aliases")) {
                this.aliases.add(Objects.requireNonNull(a, "aliases"));
            }
            return this;
        }

        /** Adds the person's social-media handles, with their leading {@code @}. */
        public Builder handles(String... handles) {
            for (String h : Objects.requireNonNull(handles, "handles")) {
                this.handles.add(Objects.requireNonNull(h, "handles"));
            }
            return this;
        }

        /** The person's date of birth: it decides whether they are a minor on a post's date. */
        public Builder dateOfBirth(LocalDate dateOfBirth) {
            this.dateOfBirth = Objects.requireNonNull(dateOfBirth, "dateOfBirth");
            return this;
        }

        /** The person; a blank id or name is refused. */
        public Person build() {
            return new Person(id, role, name, aliases, handles, Optional.ofNullable(dateOfBirth));
        }
    }
}
