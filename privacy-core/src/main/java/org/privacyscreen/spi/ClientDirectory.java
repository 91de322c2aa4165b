package org.privacyscreen.spi;

import java.util.List;
import java.util.Optional;
import org.privacyscreen.Organisation;
import org.privacyscreen.InMemoryClientDirectory;
import org.privacyscreen.Person;

/**
 * Who the practice's clients and staff are, and the practice's own details: the host's CRM. Read on the detectors'
 * threads concurrently; must be thread-safe. Detectors may cache what they derive from {@link #people()} for as
 * long as {@link #version()} is unchanged.
 */
public interface ClientDirectory {
    /** A directory that knows nobody. */
    ClientDirectory EMPTY = new InMemoryClientDirectory(Organisation.NONE, List.of());

    /** The person with {@code id}. */
    Optional<Person> find(String id);

    /** Every client and staff member. */
    List<Person> people();

    /** The practice's own details. */
    default Organisation organisation() {
        return Organisation.NONE;
    }

    /** Changes whenever {@link #people()} or {@link #organisation()} change. */
    default long version() {
        return 0;
    }
}
