package org.privacyscreen.text.internal.analysis;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.privacyscreen.Organisation;

/**
 * The organisation's own details in comparable form (e-mails and handles lower case, addresses as letters and
 * digits, phone numbers in E.164), and the countries it works in, read from its phone numbers, postcodes and web
 * sites. The last one computed is cached: a screener serves one organisation.
 */
public final class OrganisationDetails {
    /** The countries whose numbers, ids and addresses the detectors know. */
    public static final List<String> SUPPORTED = List.of("GB", "US", "IE", "CA", "AU");
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Pattern UK_POSTCODE = Pattern.compile("\\b[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}\\b");
    private static final Pattern CA_POSTCODE = Pattern.compile("\\b[A-Z]\\d[A-Z] ?\\d[A-Z]\\d\\b");
    private static final Pattern US_ZIP = Pattern.compile("\\b[A-Z]{2} \\d{5}(?:-\\d{4})?\\b");
    private static final Pattern AU_POSTCODE = Pattern.compile("\\b(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT) \\d{4}\\b");
    private static final Pattern EIRCODE = Pattern.compile("\\b[AC-FHKNPRTV-Y]\\d[\\dW] ?[\\dAC-FHKNPRTV-Y]{4}\\b");
    private static volatile OrganisationDetails cache;

    private final Organisation organisation;
    private final Set<String> emails = new HashSet<>();
    private final Set<String> handles = new HashSet<>();
    private final Set<String> addresses = new HashSet<>();
    private final Set<String> phones = new HashSet<>();
    private final Set<String> countries = new LinkedHashSet<>();

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
            addressCountry(a.toUpperCase(Locale.ROOT));
        }
        for (String phone : o.phones()) {
            phone(phone);
        }
        for (String site : o.websites()) {
            siteCountry(site.strip().toLowerCase(Locale.ROOT));
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

    // An international number names its country; a national one counts where it is valid in one country only.
    private void phone(String phone) {
        String region = null;
        int validIn = 0;
        for (String r : SUPPORTED) {
            try {
                Phonenumber.PhoneNumber n = PHONES.parse(phone, r);
                if (PHONES.isValidNumber(n)) {
                    phones.add(PHONES.format(n, PhoneNumberUtil.PhoneNumberFormat.E164));
                    region = PHONES.getRegionCodeForNumber(n);
                    validIn++;
                    if (phone.strip().startsWith("+")) {
                        validIn = 1;
                        break;
                    }
                }
            } catch (NumberParseException e) {
                // not a number in this region: try the next
            }
        }
        if (validIn == 1 && region != null) {
            countries.add(region);
        }
    }

    private void addressCountry(String address) {
        if (AU_POSTCODE.matcher(address).find()) {
            countries.add("AU");
        } else if (CA_POSTCODE.matcher(address).find()) {
            countries.add("CA");
        } else if (US_ZIP.matcher(address).find()) {
            countries.add("US");
        } else if (UK_POSTCODE.matcher(address).find()) {
            countries.add("GB");
        } else if (EIRCODE.matcher(address).find() || address.contains("IRELAND")) {
            countries.add("IE");
        }
    }

    private void siteCountry(String site) {
        String host = site.replaceFirst("^[a-z]+://", "").replaceFirst("[/:].*$", "");
        if (host.endsWith(".uk")) {
            countries.add("GB");
        } else if (host.endsWith(".ie")) {
            countries.add("IE");
        } else if (host.endsWith(".au")) {
            countries.add("AU");
        } else if (host.endsWith(".ca")) {
            countries.add("CA");
        } else if (host.endsWith(".us")) {
            countries.add("US");
        }
    }

    /** The countries the organisation works in, as far as its details tell (ISO 3166 codes); may be empty. */
    public Set<String> countries() {
        return countries;
    }

    /** Whether {@code e164} is one of the organisation's own phone numbers. */
    public boolean ownPhone(String e164) {
        return phones.contains(e164);
    }

    /** Whether {@code handle} (lower case or folded, without '@') is one of the organisation's own handles. */
    public boolean ownHandle(String handle) {
        return handles.contains(handle);
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
