package org.privacyscreen.text.internal.contact;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.text.internal.analysis.OrganisationDetails;
import org.privacyscreen.text.internal.analysis.TextDetectorBase;
import org.privacyscreen.text.normalise.NormalisedText;
import org.privacyscreen.text.normalise.TextView;

/**
 * Street addresses, UK postcodes and US ZIP codes (a ZIP only next to a street address or a state, so that not
 * every five-digit number is flagged). The organisation's own addresses are never findings.
 */
public final class PostalAddressDetector extends TextDetectorBase {
    private static final String STREET_TYPES = "street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|court|ct"
            + "|crescent|cres|way|place|pl|terrace|gardens|grove|boulevard|blvd|row|square|sq|hill|walk|mews"
            + "|parade|highway|hwy|parkway|pkwy|circle|cir";
    private static final Pattern STREET = Pattern.compile("(?<![\\p{L}\\d])(?:(?i:flat|apt|unit) \\d+[a-zA-Z]?,?\\s+)?\\d{1,5}[a-zA-Z]?,?\\s+"
            + "(?:[A-Z][\\p{L}'-]+\\s+){1,3}(?:" + capitalised(STREET_TYPES) + ")\\b\\.?"
            + "(?:,?\\s+(?:[A-Z][\\p{L}'-]+\\s*){1,2}(?=[,\\s]|$))?");
    private static final Pattern POSTCODE = Pattern.compile(
            "(?<![\\p{L}\\d])(?:[A-PR-UWYZ][0-9][0-9A-HJKPSTUW]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9ABEHMNPRVWXY]?)\\s?[0-9][ABD-HJLNP-UW-Z]{2}(?![\\p{L}\\d])");
    private static final Pattern ZIP = Pattern.compile(
            "(?<![\\d])(?:\\b(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM"
                    + "|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC)\\s+)(\\d{5}(?:-\\d{4})?)(?![\\d])");
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
        TextView plain = NormalisedText.of(context).plain();
        String text = plain.text();
        OrganisationDetails org = OrganisationDetails.of(context.organisation());
        List<int[]> spans = new ArrayList<>();
        Matcher m = STREET.matcher(text);
        while (m.find()) {
            if (!org.ownAddress(m.group())) {
                spans.add(new int[] {m.start(), m.end(), 0});
                // a ZIP code right after a street address
                Matcher z = BARE_ZIP.matcher(text);
                z.region(m.end(), Math.min(text.length(), m.end() + 30));
                if (z.find()) {
                    spans.add(new int[] {z.start(), z.end(), 2});
                }
            }
        }
        m = POSTCODE.matcher(text);
        while (m.find()) {
            if (!org.ownAddress(m.group())) {
                spans.add(new int[] {m.start(), m.end(), 1});
            }
        }
        m = ZIP.matcher(text);
        while (m.find()) {
            if (!org.ownAddress(m.group())) {
                spans.add(new int[] {m.start(), m.end(), 2});
            }
        }
        List<Finding> out = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        for (int[] s : spans) {
            if (taken.stream().anyMatch(t -> t[0] < s[1] && s[0] < t[1])) {
                continue;
            }
            taken.add(s);
            int[] span = plain.toOriginal(s[0], s[1]);
            String what = switch (s[2]) {
                case 0 -> "A street address that is not the practice's own.";
                case 1 -> "A UK postcode that is not the practice's own.";
                default -> "A US ZIP code next to an address that is not the practice's own.";
            };
            out.add(finding(context, FindingType.POSTAL_ADDRESS, span[0], span[1])
                    .confidence(s[2] == 0 ? 0.85 : 0.8).message(what).build());
        }
        return out;
    }
}
