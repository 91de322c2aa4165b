package org.privacyscreen.text.internal.contact;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.Organisation;
import org.privacyscreen.Severity;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.text.internal.analysis.TextDetectorBase;
import org.privacyscreen.text.normalise.NormalisedText;
import org.privacyscreen.text.normalise.TextView;

/**
 * Phone numbers with libphonenumber (Leniency.VALID), read in the post locale's country, else the country of the
 * organisation's own numbers, else GB, US, IE, CA and AU in turn. The organisation's own numbers (compared in E.164)
 * are never findings.
 */
public final class PhoneDetector extends TextDetectorBase {
    static final List<String> FALLBACK = List.of("GB", "US", "IE", "CA", "AU");
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final Pattern CALL_TO_ACTION = Pattern.compile(
            "\\b(call|ring|phone|text|whatsapp|contact|book|booking|bookings|enquiries|reach)\\b");
    private static final Pattern PHONE_CUE = Pattern.compile(
            "\\b(call|ring|phone|text|whatsapp|mobile|mob|tel|telephone|cell|number|no\\.)\\b");
    private static volatile OrgPhones cache;

    public PhoneDetector() {
        super("phone-numbers");
    }

    @Override
    protected List<Finding> find(ScreeningContext context) {
        TextView plain = NormalisedText.of(context).plain();
        String text = plain.text();
        int digits = 0;
        for (int i = 0; i < text.length() && digits < 7; i++) {
            if (Character.isDigit(text.charAt(i))) {
                digits++;
            }
        }
        if (digits < 7) {
            return List.of();
        }
        OrgPhones org = orgPhones(context.organisation());
        List<String> regions = regions(context.post().locale(), org);
        List<Finding> out = new ArrayList<>();
        List<int[]> seen = new ArrayList<>();
        for (String region : regions) {
            for (PhoneNumberMatch m : UTIL.findNumbers(text, region, PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)) {
                int s = m.start();
                int e = m.end();
                if (seen.stream().anyMatch(x -> x[0] < e && s < x[1])) {
                    continue;
                }
                seen.add(new int[] {s, e});
                if (org.e164.contains(UTIL.format(m.number(), PhoneNumberUtil.PhoneNumberFormat.E164))) {
                    continue;
                }
                int[] span = plain.toOriginal(s, e);
                String before = text.substring(Math.max(0, s - 40), s).toLowerCase(Locale.ROOT);
                boolean contact = CALL_TO_ACTION.matcher(before).find();
                Finding.Builder b = finding(context, FindingType.PHONE_NUMBER, span[0], span[1]);
                if (contact) {
                    // offered as a number to call: usually a business line, so ask for a check, not a block
                    b.severity(Severity.MEDIUM).confidence(0.8)
                            .message("A phone number offered as a contact that is not the practice's own; check whose it is.");
                } else {
                    b.confidence(0.95).message("A phone number that is not the practice's own.");
                }
                out.add(b.build());
            }
        }
        // recall first: a number that is only possible (a reserved or unallocated range) still reads as a phone
        // number where the text offers it as one
        for (String region : regions) {
            for (PhoneNumberMatch m : UTIL.findNumbers(text, region, PhoneNumberUtil.Leniency.POSSIBLE,
                    Long.MAX_VALUE)) {
                int s = m.start();
                int e = m.end();
                String before = text.substring(Math.max(0, s - 40), s).toLowerCase(Locale.ROOT);
                if (seen.stream().anyMatch(x -> x[0] < e && s < x[1]) || !PHONE_CUE.matcher(before).find()
                        || org.e164.contains(UTIL.format(m.number(), PhoneNumberUtil.PhoneNumberFormat.E164))) {
                    continue;
                }
                seen.add(new int[] {s, e});
                int[] span = plain.toOriginal(s, e);
                out.add(finding(context, FindingType.PHONE_NUMBER, span[0], span[1]).severity(Severity.MEDIUM)
                        .confidence(0.7)
                        .message("Looks like a phone number offered as a contact; check whose it is.").build());
            }
        }
        return out;
    }

    static List<String> regions(Locale locale, OrgPhones org) {
        Set<String> r = new LinkedHashSet<>();
        if (!locale.getCountry().isEmpty()) {
            r.add(locale.getCountry().toUpperCase(Locale.ROOT));
        } else if (!org.regions.isEmpty()) {
            r.addAll(org.regions);
        } else {
            r.addAll(FALLBACK);
        }
        return List.copyOf(r);
    }

    static OrgPhones orgPhones(Organisation org) {
        OrgPhones c = cache;
        if (c != null && c.org == org) {
            return c;
        }
        Set<String> e164 = new HashSet<>();
        Set<String> regions = new LinkedHashSet<>();
        for (String phone : org.phones()) {
            for (String region : FALLBACK) {
                try {
                    Phonenumber.PhoneNumber n = UTIL.parse(phone, region);
                    if (UTIL.isValidNumber(n)) {
                        e164.add(UTIL.format(n, PhoneNumberUtil.PhoneNumberFormat.E164));
                        String rc = UTIL.getRegionCodeForNumber(n);
                        if (rc != null && phone.strip().startsWith("+")) {
                            regions.add(rc);
                        }
                        if (phone.strip().startsWith("+")) {
                            break;
                        }
                    }
                } catch (NumberParseException e) {
                    // not a number in this region: try the next
                }
            }
        }
        OrgPhones o = new OrgPhones(org, Set.copyOf(e164), List.copyOf(regions));
        cache = o;
        return o;
    }

    record OrgPhones(Organisation org, Set<String> e164, List<String> regions) {
    }
}
