package org.privacyscreen.text.internal.contact;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.Severity;
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
 * Phone numbers, found by libphonenumber in the windows around groups of seven digits or more, read in the post's
 * countries ({@link Countries}). Read on the digits view, so "O" typed for a zero and digits spaced out are found,
 * and the finding covers the whole number as typed. A valid number is HIGH (MEDIUM when offered as a number to
 * call: usually a business line); a number in a range kept for drama (UK 07700 900xxx, North American 555-01xx...) is
 * HIGH too, as readers take it for a real one; a number that is only possible is MEDIUM where a cue word offers it
 * as a phone. The organisation's own numbers (compared in E.164) are never findings.
 */
public final class PhoneDetector extends TextDetectorBase {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final Pattern CALL_TO_ACTION = Pattern.compile(
            "\\b(call|ring|phone|text|whatsapp|contact|book|booking|bookings|enquiries|reach)\\b");
    private static final Pattern PHONE_CUE = Pattern.compile(
            "\\b(call|ring|phone|text|whatsapp|mobile|mob|tel|telephone|cell|number|no\\.)\\b");
    /** Longest window handed to libphonenumber at once; longer groups are read in overlapping chunks. */
    private static final int CHUNK = 64;
    /**
     * Chunks a post may have parsed one by one. A post of thousands of numbers (built to stall the detector) has
     * the rest reported without parsing, at MEDIUM: never silence, never minutes.
     */
    static final int BUDGET = 32;

    public PhoneDetector() {
        super("phone-numbers");
    }

    @Override
    protected List<Finding> find(ScreeningContext context) {
        NumberGroups groups = NumberGroups.of(context);
        NormalisedText normalised = NormalisedText.of(context);
        TextView view = normalised.digits();
        TextView plain = normalised.plain();
        String text = view.text();
        Windows windows = groups.windows(7, 5, 1, text.length());
        if (windows.isEmpty()) {
            return List.of();
        }
        OrganisationDetails org = OrganisationDetails.of(context.organisation());
        List<String> regions = Countries.of(context).regions();
        List<Finding> out = new ArrayList<>();
        TakenSpans taken = new TakenSpans();
        int parsed = 0;
        for (int w = 0; w < windows.size(); w++) {
            int ws = windows.start(w);
            int we = windows.end(w);
            for (int cs = ws; cs < we; cs += CHUNK / 2) {
                if (parsed++ >= BUDGET) {
                    unchecked(context, view, groups, taken, out, cs);
                    return out;
                }
                int ce = Math.min(we, cs + CHUNK);
                read(context, plain, view, org, regions, taken, out, cs, ce);
                if (ce == we) {
                    break;
                }
            }
        }
        return out;
    }

    /** Reads one chunk: first the valid numbers of each region, then those that are only possible. */
    private void read(ScreeningContext context, TextView plain, TextView view, OrganisationDetails org, List<String> regions,
                      TakenSpans taken, List<Finding> out, int from, int to) {
        String text = view.text();
        String chunk = text.substring(from, to);
        List<PhoneNumberMatch> possible = new ArrayList<>();
        for (String region : regions) {
            for (PhoneNumberMatch m : UTIL.findNumbers(chunk, region, PhoneNumberUtil.Leniency.POSSIBLE,
                    Long.MAX_VALUE)) {
                int s = from + m.start();
                int e = from + m.end();
                if (taken.overlaps(s, e)) {
                    continue;
                }
                Phonenumber.PhoneNumber n = m.number();
                if (org.ownPhone(UTIL.format(n, PhoneNumberUtil.PhoneNumberFormat.E164))) {
                    taken.take(s, e);
                    continue;
                }
                boolean drama = dramaRange(n);
                if (!drama && !UTIL.isValidNumber(n)) {
                    possible.add(m);
                    continue;
                }
                taken.take(s, e);
                int[] span = view.toOriginal(s, e);
                Finding.Builder b = finding(context, FindingType.PHONE_NUMBER, span[0], span[1]);
                if (!drama && !evasive(plain, view, s, e) && CALL_TO_ACTION.matcher(before(text, s)).find()) {
                    // offered as a number to call: usually a business line, so ask for a check, not a block
                    b.severity(Severity.MEDIUM).confidence(0.8).message(
                            "A phone number offered as a contact that is not the practice's own; check whose it is.");
                } else {
                    b.confidence(drama ? 0.9 : 0.95).message("A phone number that is not the practice's own.");
                }
                out.add(b.build());
            }
        }
        // recall first: a number that is only possible (an unallocated range) still reads as a phone number where
        // the text offers it as one, or where it was disguised
        for (PhoneNumberMatch m : possible) {
            int s = from + m.start();
            int e = from + m.end();
            boolean evasive = evasive(plain, view, s, e);
            if (taken.overlaps(s, e) || !evasive && !PHONE_CUE.matcher(before(text, s)).find()) {
                continue;
            }
            taken.take(s, e);
            int[] span = view.toOriginal(s, e);
            out.add(finding(context, FindingType.PHONE_NUMBER, span[0], span[1])
                    .severity(evasive ? Severity.HIGH : Severity.MEDIUM).confidence(0.7)
                    .message("Looks like a phone number offered as a contact; check whose it is.").build());
        }
    }

    /** Past the budget: each group of seven digits or more from {@code from} on, reported unparsed. */
    private void unchecked(ScreeningContext context, TextView view, NumberGroups groups, TakenSpans taken,
                           List<Finding> out, int from) {
        for (int g = 0; g < groups.size(); g++) {
            int s = groups.start(g);
            int e = groups.end(g);
            if (e <= from || groups.digits(g) < 7 || taken.overlaps(Math.max(s, from), e)) {
                continue;
            }
            s = Math.max(s, from);
            taken.take(s, e);
            int[] span = view.toOriginal(s, e);
            out.add(finding(context, FindingType.PHONE_NUMBER, span[0], span[1]).severity(Severity.MEDIUM)
                    .confidence(0.5)
                    .message("One of very many numbers in this post, not checked one by one: check it is no phone "
                            + "number.").build());
        }
    }

    private static String before(String text, int start) {
        return text.substring(Math.max(0, start - 40), start).toLowerCase(Locale.ROOT);
    }

    /**
     * Numbers in ranges kept for drama and examples that libphonenumber does not count as valid: UK 07700 900xxx
     * and 01632 960xxx, North American 555-0100 to 555-0199 (with or without an area code). The other drama ranges
     * (UK geographic 0113 496 0xxx..., Australian 0491 570 xxx) are valid numbers already.
     */
    static boolean dramaRange(Phonenumber.PhoneNumber n) {
        String nsn = UTIL.getNationalSignificantNumber(n);
        if (n.getCountryCode() == 44) {
            return nsn.length() == 10 && (nsn.startsWith("7700900") || nsn.startsWith("1632960"));
        }
        if (n.getCountryCode() == 1) {
            return nsn.length() == 10 && nsn.startsWith("55501", 3) || nsn.length() == 7 && nsn.startsWith("55501");
        }
        return false;
    }

    /** Whether the number was typed to hide it: the letter O for a zero, or its digits spaced out one by one. */
    static boolean evasive(TextView plain, TextView digits, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = digits.text().charAt(i);
            if (c >= '0' && c <= '9' && plain.text().charAt(i) != c) {
                return true; // the digits view read a letter O as this zero
            }
        }
        return NumberGroups.spacedOut(digits.text(), start, end);
    }
}
