package org.privacyscreen.text.internal.contact;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.text.internal.analysis.Countries;
import org.privacyscreen.text.internal.analysis.NumberGroups;
import org.privacyscreen.text.internal.analysis.OrganisationDetails;
import org.privacyscreen.text.internal.analysis.TakenSpans;
import org.privacyscreen.text.internal.analysis.TextDetectorBase;
import org.privacyscreen.text.internal.analysis.Windows;
import org.privacyscreen.text.normalise.NormalisedText;
import org.privacyscreen.text.normalise.TextView;

/**
 * Street addresses, UK postcodes, US ZIP codes (only next to a street address or a state, so that not every
 * five-digit number is flagged), Canadian postal codes, and Australian postcodes and Irish Eircodes where the post
 * is read in those countries. The organisation's own addresses are never findings.
 */
public final class PostalAddressDetector extends TextDetectorBase {
    private static final String STREET_TYPES = "street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|court|ct"
            + "|crescent|cres|way|place|pl|terrace|gardens|grove|boulevard|blvd|row|square|sq|hill|walk|mews"
            + "|parade|highway|hwy|parkway|pkwy|circle|cir";
    private static final Pattern FLAT = Pattern.compile("(?i)(?<![\\p{L}\\d])(?:flat|apt|unit) \\d+[a-zA-Z]?,?\\s+$");
    private static final Pattern STREET = Pattern.compile("(?<![\\p{L}\\d])\\d{1,5}[a-zA-Z]?,?\\s+"
            + "(?:[A-Z][\\p{L}'-]+\\s+){1,3}(?:" + capitalised(STREET_TYPES) + ")\\b\\.?"
            + "(?:,?\\s+(?:[A-Z][\\p{L}'-]+\\s*){1,2}(?=[,\\s]|$))?");
    private static final Pattern POSTCODE = Pattern.compile(
            "(?<![\\p{L}\\d])(?:[A-PR-UWYZ][0-9][0-9A-HJKPSTUW]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9ABEHMNPRVWXY]?)\\s?[0-9][ABD-HJLNP-UW-Z]{2}(?![\\p{L}\\d])");
    private static final Pattern ZIP = Pattern.compile(
            "(?<![\\d])(?:\\b(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM"
                    + "|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC)\\s+)(\\d{5}(?:-\\d{4})?)(?![\\d])");
    private static final Pattern CA_POSTCODE = Pattern.compile(
            "(?<![\\p{L}\\d])[ABCEGHJ-NPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z] ?\\d[ABCEGHJ-NPRSTV-Z]\\d(?![\\p{L}\\d])");
    private static final Pattern AU_POSTCODE = Pattern.compile(
            "(?<![\\p{L}\\d])(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT),? \\d{4}(?![\\p{L}\\d])");
    private static final Pattern EIRCODE = Pattern.compile(
            "(?<![\\p{L}\\d])[AC-FHKNPRTV-Y]\\d[\\dW] ?[\\dAC-FHKNPRTV-Y]{4}(?![\\p{L}\\d])");
    private static final int STREET_ADDRESS = 0;
    private static final int UK_POSTCODE = 1;
    private static final int ZIP_CODE = 2;
    private static final int CANADIAN_POSTCODE = 3;
    private static final int AUSTRALIAN_POSTCODE = 4;
    private static final int IRISH_EIRCODE = 5;
    private static final String[] MESSAGES = {"A street address that is not the practice's own.",
        "A UK postcode that is not the practice's own.",
        "A US ZIP code next to an address that is not the practice's own.",
        "A Canadian postal code that is not the practice's own.",
        "An Australian state and postcode that is not the practice's own.",
        "An Irish Eircode that is not the practice's own."};
    private static final Pattern BARE_ZIP = Pattern.compile("(?<![\\d])\\d{5}(?:-\\d{4})?(?![\\d])");

    private static String capitalised(String alternatives) {
        StringBuilder b = new StringBuilder();
        for (String a : alternatives.split("\\|")) {
            if (b.length() > 0) {
                b.append('|');
            }
            b.append(Character.toUpperCase(a.charAt(0))).append(a.substring(1));
        }
        return b.toString();
    }

    public PostalAddressDetector() {
        super("postal-addresses");
    }

    @Override
    protected List<Finding> find(ScreeningContext context) {
        NumberGroups groups = NumberGroups.of(context);
        if (groups.isEmpty()) {
            return List.of(); // every address form here holds a digit
        }
        TextView plain = NormalisedText.of(context).plain();
        String text = plain.text();
        OrganisationDetails org = OrganisationDetails.of(context.organisation());
        Countries countries = Countries.of(context);
        List<int[]> spans = new ArrayList<>();
        // "Flat 3, 12 High Street, Leeds": the number first, up to three capitalised words and the street type
        groups.forEachAtRunStart(STREET, text, 100, m -> {
            if (!org.ownAddress(m.group())) {
                Matcher flat = FLAT.matcher(text).region(Math.max(0, m.start() - 16), m.start());
                spans.add(new int[] {flat.find() ? flat.start() : m.start(), m.end(), STREET_ADDRESS});
                // a ZIP code right after a street address
                Matcher z = BARE_ZIP.matcher(text);
                z.region(m.end(), Math.min(text.length(), m.end() + 30));
                if (z.find()) {
                    spans.add(new int[] {z.start(), z.end(), ZIP_CODE});
                }
            }
        });
        // a postcode holds one to three digits: a long group of digits is no postcode's
        Windows codes = groups.windows(1, 3, 5, 5, text.length());
        codes.forEachMatch(POSTCODE, text, m -> code(org, spans, m, UK_POSTCODE));
        groups.windows(5, 9, 5, 1, text.length()).forEachMatch(ZIP, text, m -> code(org, spans, m, ZIP_CODE));
        codes.forEachMatch(CA_POSTCODE, text, m -> code(org, spans, m, CANADIAN_POSTCODE));
        if (countries.includes("AU")) {
            codes.forEachMatch(AU_POSTCODE, text, m -> code(org, spans, m, AUSTRALIAN_POSTCODE));
        }
        if (countries.includes("IE")) {
            codes.forEachMatch(EIRCODE, text, m -> code(org, spans, m, IRISH_EIRCODE));
        }
        List<Finding> out = new ArrayList<>();
        TakenSpans taken = new TakenSpans();
        for (int[] s : spans) {
            if (!taken.take(s[0], s[1])) {
                continue;
            }
            int[] span = plain.toOriginal(s[0], s[1]);
            out.add(finding(context, FindingType.POSTAL_ADDRESS, span[0], span[1])
                    .confidence(s[2] == STREET_ADDRESS ? 0.85 : 0.8).message(MESSAGES[s[2]]).build());
        }
        return out;
    }

    private static void code(OrganisationDetails org, List<int[]> spans, MatchResult m, int kind) {
        if (!org.ownAddress(m.group())) {
            spans.add(new int[] {m.start(), m.end(), kind});
        }
    }
}
