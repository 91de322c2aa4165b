package org.privacyscreen;

import java.util.List;
import java.util.Objects;

/**
 * The practice's own public details. They are expected in its posts and are never findings.
 *
 * @param name      the practice's name
 * @param phones    its phone numbers, as written anywhere
 * @param emails    its e-mail addresses
 * @param handles   its social-media handles
 * @param addresses its postal addresses
 * @param websites  its web sites
 */
public record Organisation(String name, List<String> phones, List<String> emails, List<String> handles,
                           List<String> addresses, List<String> websites) {
    /** No organisation details known. */
    public static final Organisation NONE = new Organisation("", List.of(), List.of(), List.of(), List.of(), List.of());

    public Organisation {
        Objects.requireNonNull(name, "name");
        phones = List.copyOf(Objects.requireNonNull(phones, "phones"));
        emails = List.copyOf(Objects.requireNonNull(emails, "emails"));
        handles = List.copyOf(Objects.requireNonNull(handles, "handles"));
        addresses = List.copyOf(Objects.requireNonNull(addresses, "addresses"));
        websites = List.copyOf(Objects.requireNonNull(websites, "websites"));
    }
}
