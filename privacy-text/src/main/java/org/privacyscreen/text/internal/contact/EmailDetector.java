package org.privacyscreen.text.internal.contact;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.text.internal.analysis.OrganisationDetails;
import org.privacyscreen.text.internal.analysis.TakenSpans;
import org.privacyscreen.text.internal.analysis.TextDetectorBase;
import org.privacyscreen.text.internal.analysis.Windows;
import org.privacyscreen.text.normalise.NormalisedText;
import org.privacyscreen.text.normalise.TextView;

/** E-mail addresses, also written "name [at] domain [dot] com"; the organisation's own are never findings. */
public final class EmailDetector extends TextDetectorBase {
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.%+-])[\\w.%+-]{1,64}@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,24}\\b");
    private static final Pattern OBFUSCATED = Pattern.compile(
            "(?i)(?<![\\w.%+-])([\\w.%+-]{1,64}(?:\\s*(?:\\[dot]|\\(dot\\)|\\{dot})\\s*[\\w%+-]{1,64}){0,3})"
                    + "\\s*(?:\\[at]|\\(at\\)|\\{at}|\\sat\\s)\\s*([A-Za-z0-9-]+)"
                    + "((?:\\s*(?:\\[dot]|\\(dot\\)|\\{dot}|\\sdot\\s|\\.)\\s*[A-Za-z0-9-]+)+)");
    private static final String[] AT = {"@"};
    private static final String[] SPELLED_AT = {"[at]", "(at)", "{at}", " at "};
    private static final Pattern DOT = Pattern.compile("(?i)\\s*(?:\\[dot]|\\(dot\\)|\\{dot}|\\sdot\\s|\\.)\\s*");

    public EmailDetector() {
        super("email-addresses");
    }

    @Override
    protected List<Finding> find(ScreeningContext context) {
        TextView plain = NormalisedText.of(context).plain();
        String text = plain.text();
        String lower = NormalisedText.of(context).plainLower();
        OrganisationDetails org = OrganisationDetails.of(context.organisation());
        List<Finding> out = new ArrayList<>();
        TakenSpans taken = new TakenSpans();
        Windows.aroundWords(text, AT, 66, 256).forEachMatch(EMAIL, text, m -> {
            if (!org.ownEmail(m.group()) && taken.take(m.start(), m.end())) {
                out.add(build(context, plain, m.start(), m.end(), 0.97));
            }
        });
        boolean spelledOut = lower.contains("dot") || lower.contains("[at") || lower.contains("(at")
                || lower.contains("{at");
        if (!spelledOut) {
            return out;
        }
        Windows.aroundWords(lower, SPELLED_AT, 66, 256).forEachMatch(OBFUSCATED, text, o -> {
            if (o.group().indexOf('@') >= 0 || taken.overlaps(o.start(), o.end())) {
                return;
            }
            String[] parts = DOT.split(o.group(3).strip());
            String tld = parts[parts.length - 1];
            boolean spelled = o.group().toLowerCase(java.util.Locale.ROOT).contains("dot")
                    || o.group().contains("[") || o.group().contains("(");
            if (!spelled || tld.length() < 2 || !tld.chars().allMatch(Character::isLetter)) {
                return;
            }
            String email = DOT.matcher(o.group(1)).replaceAll(".") + "@" + o.group(2)
                    + DOT.matcher(o.group(3)).replaceAll(".");
            if (!org.ownEmail(email) && taken.take(o.start(), o.end())) {
                out.add(build(context, plain, o.start(), o.end(), 0.85));
            }
        });
        return out;
    }

    private Finding build(ScreeningContext context, TextView plain, int s, int e, double confidence) {
        int[] span = plain.toOriginal(s, e);
        return finding(context, FindingType.EMAIL_ADDRESS, span[0], span[1]).confidence(confidence)
                .message("An e-mail address that is not the practice's own.").build();
    }
}
