package org.privacyscreen.text.internal.identifiers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.text.internal.analysis.TextDetectorBase;
import org.privacyscreen.text.normalise.NormalisedText;
import org.privacyscreen.text.normalise.TextView;

/** NHS numbers (mod 11), US social security numbers (issuance rules), UK National Insurance numbers (prefixes). */
public final class NationalIdDetector extends TextDetectorBase {
    private static final Pattern TEN = Pattern.compile("(?<![\\d+])\\d(?:[ .\\-]{0,2}\\d){9}(?![\\d])");
    private static final Pattern SSN = Pattern.compile("(?<![\\d+])(\\d{3})([ .-]?)(\\d{2})\\2(\\d{4})(?![\\d])");
    private static final Pattern NINO = Pattern.compile(
            "(?i)(?<![\\p{L}\\d])([a-z]{2})[ -]?(\\d{2})[ -]?(\\d{2})[ -]?(\\d{2})[ -]?([a-d])(?![\\p{L}\\d])");
    private static final Pattern NHS_CONTEXT = Pattern.compile("(?i)\\b(nhs|chi|patient|health|number|no\\.?)\\b");
    private static final Pattern SSN_CONTEXT = Pattern.compile("(?i)\\b(ssn|social security|ss#|ss no)\\b");

    public NationalIdDetector() {
        super("national-ids");
    }

    @Override
    protected List<Finding> find(ScreeningContext context) {
        TextView plain = NormalisedText.of(context).plain();
        String text = plain.text();
        List<Finding> out = new ArrayList<>();
        Matcher m = TEN.matcher(text);
        while (m.find()) {
            if (IdentifierChecksums.nhs(IdentifierChecksums.digits(m.group()))) {
                boolean ctx = NHS_CONTEXT.matcher(before(text, m.start())).find();
                out.add(build(context, plain, m.start(), m.end(), ctx ? 0.97 : 0.7,
                        "A number with a valid NHS-number checksum."));
            }
        }
        Matcher s = SSN.matcher(text);
        while (s.find()) {
            String d = s.group(1) + s.group(3) + s.group(4);
            boolean ctx = SSN_CONTEXT.matcher(before(text, s.start())).find();
            boolean separated = !s.group(2).isEmpty();
            if (IdentifierChecksums.ssn(d) && (ctx || separated && s.group(2).equals("-"))) {
                out.add(build(context, plain, s.start(), s.end(), ctx ? 0.95 : 0.75,
                        "A number shaped like a US social security number."));
            }
        }
        Matcher n = NINO.matcher(text);
        while (n.find()) {
            String v = (n.group(1) + n.group(2) + n.group(3) + n.group(4) + n.group(5)).toUpperCase(Locale.ROOT);
            if (IdentifierChecksums.nino(v)) {
                out.add(build(context, plain, n.start(), n.end(), 0.9,
                        "A UK National Insurance number."));
            }
        }
        return out;
    }

    static String before(String text, int start) {
        return text.substring(Math.max(0, start - 30), start);
    }

    private Finding build(ScreeningContext context, TextView plain, int s, int e, double conf, String message) {
        int[] span = plain.toOriginal(s, e);
        return finding(context, FindingType.NATIONAL_ID, span[0], span[1]).confidence(conf).message(message).build();
    }
}
