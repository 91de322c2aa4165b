package org.privacyscreen.text.internal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.privacyscreen.Organisation;

/** The organisation's own details in comparable form: lower case, letters and digits only for addresses. */
final class Org {
    private static volatile Org cache;

    final Organisation organisation;
    final Set<String> emails = new HashSet<>();
    final Set<String> handles = new HashSet<>();
    final Set<String> addresses = new HashSet<>();

    private Org(Organisation o) {
        this.organisation = o;
        for (String e : o.emails()) {
            emails.add(e.strip().toLowerCase(Locale.ROOT));
        }
        for (String h : o.handles()) {
            handles.addAll(DirectoryIndex.handleForms(h));
        }
        for (String a : o.addresses()) {
            addresses.add(squash(a));
        }
    }

    static Org of(Organisation o) {
        Org c = cache;
        if (c != null && c.organisation == o) {
            return c;
        }
        Org n = new Org(o);
        cache = n;
        return n;
    }

    /** Lower-case letters and digits only: "5 Park Row, Leeds" becomes "5parkrowleeds". */
    static String squash(String s) {
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
    boolean ownAddress(String found) {
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

    boolean ownEmail(String email) {
        return emails.contains(email.toLowerCase(Locale.ROOT));
    }
}
