package org.privacyscreen.text.internal.analysis;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.spi.SharedKey;

/**
 * The countries a post's numbers and identifiers are read in: the post locale's country when it has one, else the
 * organisation's (from its phone numbers, postcodes and web sites); every supported country when neither is known. An NHS number is looked for only where the UK is
 * among them, a Canadian SIN only where Canada is, and so on; a cue word ("NHS number", "SIN") finds an id anywhere.
 */
public final class Countries {
    private static final SharedKey<Countries> KEY = SharedKey.of("text.countries");

    private final List<String> ordered;
    private final boolean known;

    private Countries(List<String> ordered, boolean known) {
        this.ordered = ordered;
        this.known = known;
    }

    public static Countries of(ScreeningContext context) {
        return context.shared(KEY, c -> of(c.post().locale(), OrganisationDetails.of(c.organisation()).countries()));
    }

    public static Countries of(Locale locale, Set<String> organisation) {
        Set<String> r = new LinkedHashSet<>();
        if (!locale.getCountry().isEmpty()) {
            r.add(locale.getCountry().toUpperCase(Locale.ROOT)); // the post says where it is written: that decides
        } else {
            r.addAll(organisation);
        }
        if (r.isEmpty()) {
            return new Countries(OrganisationDetails.SUPPORTED, false);
        }
        return new Countries(List.copyOf(r), true);
    }

    /** The countries in order: the locale's, or the organisation's, or every supported one. */
    public List<String> regions() {
        return ordered;
    }

    /** Whether numbers of {@code country} are expected here. */
    public boolean includes(String country) {
        return ordered.contains(country);
    }

    /** Whether the locale or the organisation told the country (false: every supported country is assumed). */
    public boolean known() {
        return known;
    }
}
