package org.privacyscreen.text.internal.identifiers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.text.internal.analysis.Countries;
import org.privacyscreen.text.internal.analysis.NumberGroups;
import org.privacyscreen.text.internal.analysis.TakenSpans;
import org.privacyscreen.text.internal.analysis.TextDetectorBase;
import org.privacyscreen.text.normalise.NormalisedText;
import org.privacyscreen.text.normalise.TextView;

/**
 * National and health-insurance identifiers, each with its checksum or issuance rules: UK NHS numbers (mod 11) and
 * National Insurance numbers, US social security numbers and Medicare beneficiary identifiers, Canadian social
 * insurance numbers (Luhn), Australian Medicare card numbers and tax file numbers, Irish PPS numbers (mod 23).
 * Identifiers made of digits only are looked for in the post's countries ({@link Countries}); a cue word before one
 * ("NHS no.", "SIN", "TFN") finds it in any country. Read on the digits view, so "O" typed for a zero does not hide
 * one.
 */
public final class NationalIdDetector extends TextDetectorBase {
    private static final Pattern TEN = Pattern.compile("(?<![\\d+])\\d(?:[ .\\-]{0,2}\\d){9}(?!\\d)");
    private static final Pattern SSN = Pattern.compile("(?<![\\d+])(\\d{3})([ .-]?)(\\d{2})\\2(\\d{4})(?!\\d)");
    private static final Pattern NINE_333 = Pattern.compile("(?<![\\d+])(\\d{3})([ .-]?)(\\d{3})\\2(\\d{3})(?!\\d)");
    private static final Pattern AU_MEDICARE = Pattern.compile(
            "(?<![\\d+])([2-6]\\d{3})([ .-]?)(\\d{5})\\2(\\d)(?:[ /-]?(\\d))?(?!\\d)");
    private static final Pattern NINO = Pattern.compile(
            "(?i)(?<![\\p{L}\\d])([a-z]{2})[ -]?(\\d{2})[ -]?(\\d{2})[ -]?(\\d{2})[ -]?([a-d])(?![\\p{L}\\d])");
    private static final Pattern PPSN = Pattern.compile("(?i)(?<![\\p{L}\\d])(\\d{7})([a-w])([abhw])?(?![\\p{L}\\d])");
    private static final Pattern MBI = Pattern.compile(
            "(?i)(?<![\\p{L}\\d])([1-9][a-z][a-z\\d]\\d)-?([a-z][a-z\\d]\\d)-?([a-z]{2}\\d{2})(?![\\p{L}\\d])");
    private static final Pattern PPSN_LETTERS = Pattern.compile("(?i)[ .-]{0,2}([a-w])(?:[ .-]{0,2}([abhw]))?(?![\\p{L}\\d])");
    private static final Pattern NHS_CUE = cue("nhs|chi|hcn|health (?:and care )?(?:no|number)");
    private static final Pattern SSN_CUE = cue("ssn|social security|ss#|ss no");
    private static final Pattern SIN_CUE = cue("sin|social insurance|nas");
    private static final Pattern AU_MEDICARE_CUE = cue("medicare");
    private static final Pattern TFN_CUE = cue("tfn|tax file");

    public NationalIdDetector() {
        super("national-ids");
    }

    private static Pattern cue(String words) {
        return Pattern.compile("(?i)(?<![\\p{L}])(?:" + words + ")(?![\\p{L}])");
    }

    @Override
    protected List<Finding> find(ScreeningContext context) {
        NumberGroups groups = NumberGroups.of(context);
        if (groups.isEmpty()) {
            return List.of();
        }
        TextView view = NormalisedText.of(context).digits();
        String text = view.text();
        Countries countries = Countries.of(context);
        List<Finding> out = new ArrayList<>();
        TakenSpans taken = new TakenSpans();
        groups.forEachAtRunStart(TEN, text, 30, m -> {
            String d = IdentifierChecksums.digits(m.group());
            boolean cue = cueBefore(NHS_CUE, text, m.start());
            // without a cue, a number starting with 0 is a UK phone number, not an NHS number
            if (IdentifierChecksums.nhs(d) && (cue || countries.includes("GB") && d.charAt(0) != '0')) {
                add(out, taken, context, view, m, cue ? 0.97 : 0.75, "A number with a valid NHS-number checksum.");
            }
        });
        groups.forEachAtRunStart(SSN, text, 14, m -> {
            String d = m.group(1) + m.group(3) + m.group(4);
            boolean cue = cueBefore(SSN_CUE, text, m.start());
            if (IdentifierChecksums.ssn(d) && (cue || countries.includes("US") && m.group(2).equals("-"))) {
                add(out, taken, context, view, m, cue ? 0.95 : 0.75,
                        "A number shaped like a US social security number.");
            }
        });
        groups.forEachAtRunStart(NINE_333, text, 14, m -> {
            String d = m.group(1) + m.group(3) + m.group(4);
            boolean sinCue = cueBefore(SIN_CUE, text, m.start());
            boolean tfnCue = cueBefore(TFN_CUE, text, m.start());
            if (IdentifierChecksums.sin(d) && (sinCue || countries.includes("CA"))) {
                add(out, taken, context, view, m, sinCue ? 0.95 : 0.75,
                        "A number with a valid Canadian social insurance number checksum.");
            } else if (IdentifierChecksums.tfn(d) && (tfnCue || countries.includes("AU"))) {
                add(out, taken, context, view, m, tfnCue ? 0.95 : 0.75,
                        "A number with a valid Australian tax file number checksum.");
            }
        });
        groups.forEachAtRunStart(AU_MEDICARE, text, 18, m -> {
            String d = IdentifierChecksums.digits(m.group());
            boolean cue = cueBefore(AU_MEDICARE_CUE, text, m.start());
            if (IdentifierChecksums.auMedicare(d) && (cue || countries.includes("AU"))) {
                add(out, taken, context, view, m, cue ? 0.95 : 0.7,
                        "A number with a valid Australian Medicare card checksum.");
            }
        });
        spacedOut(context, groups, view, countries, taken, out);
        // identifiers with letters are distinctive enough to look for in every country
        groups.windows(6, 3, 4, text.length()).forEachMatch(NINO, text, m -> {
            String v = (m.group(1) + m.group(2) + m.group(3) + m.group(4) + m.group(5)).toUpperCase(Locale.ROOT);
            if (IdentifierChecksums.nino(v)) {
                add(out, taken, context, view, m, 0.9, "A UK National Insurance number.");
            }
        });
        groups.forEachAtRunStart(PPSN, text, 10, m -> {
            char second = m.group(3) == null ? 0 : m.group(3).charAt(0);
            if (IdentifierChecksums.ppsn(m.group(1), m.group(2).charAt(0), second)) {
                add(out, taken, context, view, m, 0.9, "An Irish PPS number (valid check letter).");
            }
        });
        groups.forEachAtRunStart(MBI, text, 14, m -> {
            if (IdentifierChecksums.mbi(m.group(1) + m.group(2) + m.group(3))) {
                add(out, taken, context, view, m, 0.9, "A US Medicare beneficiary identifier.");
            }
        });
        return out;
    }

    /**
     * Ids typed a digit at a time to slip past ("NHS no. 9 3 8 . 5 7 0 . 8 3 9 2", "PPSN 7 8 9 7 4 6 3 K"): the
     * group's digits read as one number, under the same country and cue rules.
     */
    private void spacedOut(ScreeningContext context, NumberGroups groups, TextView view, Countries countries,
                           TakenSpans taken, List<Finding> out) {
        String text = view.text();
        for (int g = 0; g < groups.size(); g++) {
            int n = groups.digits(g);
            if (n < 7 || n > 10 || !groups.spacedOut(text, g) || taken.overlaps(groups.start(g), groups.end(g))) {
                continue;
            }
            String d = IdentifierChecksums.digits(text.substring(groups.start(g), groups.end(g)));
            int start = groups.start(g);
            int end = groups.end(g);
            String message = null;
            if (n == 10 && IdentifierChecksums.nhs(d) && (cueBefore(NHS_CUE, text, start) || countries.includes("GB"))) {
                message = "A number with a valid NHS-number checksum, typed a digit at a time.";
            } else if (n == 9 && IdentifierChecksums.ssn(d) && cueBefore(SSN_CUE, text, start)) {
                // issuance rules are no checksum: a spaced nine-digit number is an SSN only after a cue
                message = "A US social security number, typed a digit at a time.";
            } else if (n == 9 && IdentifierChecksums.sin(d) && (cueBefore(SIN_CUE, text, start)
                    || countries.includes("CA"))) {
                message = "A Canadian social insurance number, typed a digit at a time.";
            } else if (n == 9 && IdentifierChecksums.tfn(d) && (cueBefore(TFN_CUE, text, start)
                    || countries.includes("AU"))) {
                message = "An Australian tax file number, typed a digit at a time.";
            } else if (n == 7) {
                java.util.regex.Matcher letters = PPSN_LETTERS.matcher(text).region(end, Math.min(text.length(), end + 6));
                if (letters.lookingAt() && IdentifierChecksums.ppsn(d, letters.group(1).charAt(0),
                        letters.group(2) == null ? 0 : letters.group(2).charAt(0))) {
                    end = letters.end();
                    message = "An Irish PPS number, typed a digit at a time.";
                }
            }
            if (message != null && taken.take(start, end)) {
                int[] span = view.toOriginal(start, end);
                out.add(finding(context, FindingType.NATIONAL_ID, span[0], span[1]).confidence(0.9)
                        .message(message).build());
            }
        }
    }

    /** Whether {@code cue} occurs in the 30 characters before {@code start}. */
    static boolean cueBefore(Pattern cue, String text, int start) {
        return cue.matcher(text).region(Math.max(0, start - 30), start).find();
    }

    private void add(List<Finding> out, TakenSpans taken, ScreeningContext context, TextView view, MatchResult m,
                     double confidence, String message) {
        if (taken.take(m.start(), m.end())) {
            int[] span = view.toOriginal(m.start(), m.end());
            out.add(finding(context, FindingType.NATIONAL_ID, span[0], span[1]).confidence(confidence)
                    .message(message).build());
        }
    }
}
