package org.privacyscreen.examples.crm;

import org.privacyscreen.consent.jdbc.Jdbc;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.privacyscreen.Organisation;
import org.privacyscreen.Person;
import org.privacyscreen.spi.ClientDirectory;

/**
 * The CRM's {@code patients} (clients), {@code employees} (staff) and {@code practice} row as a
 * {@link ClientDirectory}. Reads a snapshot once; {@link #refresh()} reads the tables again and bumps
 * {@link #version()} so detectors rebuild what they derived. Thread-safe.
 */
public final class CrmDirectory implements ClientDirectory {
    private record Snapshot(long version, Organisation organisation, List<Person> people) {
    }

    private final DataSource dataSource;
    private volatile Snapshot snapshot;

    public CrmDirectory(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.snapshot = load(1);
    }

    /** Reads the CRM's tables again. */
    public void refresh() {
        snapshot = load(snapshot.version() + 1);
    }

    @Override
    public Optional<Person> find(String id) {
        Objects.requireNonNull(id, "id");
        return snapshot.people().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    @Override
    public List<Person> people() {
        return snapshot.people();
    }

    @Override
    public Organisation organisation() {
        return snapshot.organisation();
    }

    @Override
    public long version() {
        return snapshot.version();
    }

    private Snapshot load(long version) {
        return Jdbc.read(dataSource, "reading the CRM's people", c -> {
            List<Person> people = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT patient_no, first_name, surname, known_as, insta, dob "
                         + "FROM patients ORDER BY patient_no")) {
                while (rs.next()) {
                    Person p = Person.client(rs.getString("patient_no"),
                            rs.getString("first_name") + " " + rs.getString("surname"));
                    p = p.withAliases(optional(rs.getString("known_as")));
                    p = p.withHandles(optional(rs.getString("insta")));
                    LocalDate dob = rs.getObject("dob", LocalDate.class);
                    people.add(dob == null ? p : p.withDateOfBirth(dob));
                }
            }
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT emp_code, full_name, insta FROM employees ORDER BY emp_code")) {
                while (rs.next()) {
                    people.add(Person.staff(rs.getString(1), rs.getString(2)).withHandles(optional(rs.getString(3))));
                }
            }
            Organisation org = Organisation.NONE;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT name, main_phone, main_email, insta, street, web FROM practice")) {
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        org = new Organisation(rs.getString(1), optional(rs.getString(2)), optional(rs.getString(3)),
                                optional(rs.getString(4)), optional(rs.getString(5)), optional(rs.getString(6)));
                    }
                }
            }
            return new Snapshot(version, org, List.copyOf(people));
        });
    }

    private static List<String> optional(String value) throws SQLException {
        return value == null || value.isBlank() ? List.of() : List.of(value.strip());
    }
}
