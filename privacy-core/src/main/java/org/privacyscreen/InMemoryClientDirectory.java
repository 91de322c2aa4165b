package org.privacyscreen;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.privacyscreen.spi.ClientDirectory;

/** An immutable {@link ClientDirectory} over a list of people. Thread-safe. */
public final class InMemoryClientDirectory implements ClientDirectory {
    private final Organisation organisation;
    private final Map<String, Person> byId;
    private final List<Person> people;

    public InMemoryClientDirectory(Organisation organisation, List<Person> people) {
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(people, "people");
        Map<String, Person> m = new LinkedHashMap<>();
        for (Person p : people) {
            Objects.requireNonNull(p, "people: element");
            if (m.putIfAbsent(p.id(), p) != null) {
                throw new IllegalArgumentException("people: duplicate id " + p.id());
            }
        }
        this.byId = Map.copyOf(m);
        this.people = List.copyOf(m.values());
    }

    @Override
    public Optional<Person> find(String id) {
        return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
    }

    @Override
    public List<Person> people() {
        return people;
    }

    @Override
    public Organisation organisation() {
        return organisation;
    }
}
