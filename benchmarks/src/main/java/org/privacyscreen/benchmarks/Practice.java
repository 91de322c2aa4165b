package org.privacyscreen.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.privacyscreen.Organisation;
import org.privacyscreen.Person;
import org.privacyscreen.spi.ClientDirectory;
import org.privacyscreen.InMemoryClientDirectory;

/** The invented practice every benchmark screens for: 500 clients, one staff member, the practice's own details. */
final class Practice {
    static final int CLIENTS = 500;
    private static final String[] FIRST = {"Amelia", "Oliver", "Isla", "George", "Ava", "Noah", "Freya", "Leo",
        "Ivy", "Arthur", "Rosie", "Oscar", "Florence", "Harry", "Willow", "Jack", "Poppy", "Theo", "Elsie", "Finley"};
    private static final String[] LAST = {"Hartley", "Okafor", "Lindqvist", "Moreau", "Castellano", "Brennan",
        "Nakamura", "Whitfield", "Adeyemi", "Kowalczyk", "Rasmussen", "Thornbury", "Eastwood", "Pemberton",
        "Ashdown", "Fairbairn", "Goldsworthy", "Merriweather", "Quinlan", "Sandoval", "Trevelyan", "Underhill",
        "Villiers", "Wetherby", "Yardley"};

    /** 280 characters: a client named with health detail, a staff name, the practice's phone and e-mail. */
    static final String TEXT_280 = ("Huge congratulations to Isla Lindqvist on finishing her first 10k after months "
            + "of knee rehab with Priya! Want to get back to running too? Book online or call +44 113 496 0001, or "
            + "drop us a line at hello@harbourphysio.example. Ask about our new evening clinics for runners and "
            + "walkers.").substring(0, 280);

    private Practice() {
    }

    static ClientDirectory directory() {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            people.add(new Person("c-" + i, Person.Role.CLIENT, FIRST[i % FIRST.length] + " " + LAST[i % LAST.length],
                    List.of(), List.of("@client" + i),
                    Optional.of(LocalDate.of(1960 + i % 50, 1 + i % 12, 1 + i % 28))));
        }
        people.add(Person.staff("s-1", "Priya Raman"));
        Organisation org = new Organisation("Harbour Physio", List.of("+44 113 496 0001"),
                List.of("hello@harbourphysio.example"), List.of("@harbourphysio"), List.of(), List.of());
        return new InMemoryClientDirectory(org, people);
    }

    /** {@link #TEXT_280} repeated to {@code length} characters. */
    static String text(int length) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < length) {
            sb.append(TEXT_280).append(". ");
        }
        return sb.substring(0, length);
    }
}
