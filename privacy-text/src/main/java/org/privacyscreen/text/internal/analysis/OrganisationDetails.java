package org.privacyscreen.text.internal.analysis;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.privacyscreen.Organisation;

/** The organisation's own details in comparable form: lower case, letters and digits only for addresses. */
public final class OrganisationDetails {
    private static volatile OrganisationDetails cache;

    public final Organisation organisation;
    public final Set<String> emails = new HashSet<>();
    public final Set<String> handles = new HashSet<>();
    public final Set<String> addresses = new HashSet<>();

    private OrganisationDetails(Organisation o) {
        this.organisation = o;
        for (String e : o.emails()) {
            emails.add(e.strip().toLowerCase(Locale.ROOT));
        }
        for (String h : o.handles()) {
            handles.addAll(HandleForms.of(h));
        }
        for (String a : o.addresses()) {
            addresses.add(squash(a));
        }
    }

    public static OrganisationDetails of(Organisation o) {
        OrganisationDetails c = cache;
        if (c != null && c.organisation == o) {
            return c;
        }
        OrganisationDetails n = new OrganisationDetails(o);
        cache = n;
        return n;
    }

    /** Lower-case letters and digits only: "5 Park Row, Leeds" becomes "5parkrowleeds". */
    public static String squash(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    /** Whether an address or postcode found in a post is (part of) one of the organisation's addresses. */
    public boolean ownAddress(String found) {
        String f = squash(found);
        if (f.isEmpty()) {
            return false;
        }
        for (String a : addresses) {
            if (a.contains(f)) {
                return true;
            }
        }
        return false;
    }

    public boolean ownEmail(String email) {
        return emails.contains(email.toLowerCase(Locale.ROOT));
    }
}
