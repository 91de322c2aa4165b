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

/** E-mail addresses, also written "name [at] domain [dot] com"; the organisation's own are never findings. */
public final class EmailDetector extends TextDetectorBase {
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.%+-])[\\w.%+-]{1,64}@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,24}\\b");
    private static final Pattern OBFUSCATED = Pattern.compile(
            "(?i)(?<![\\w.%+-])([\\w.%+-]{1,64})\\s*(?:\\[at]|\\(at\\)|\\{at}|\\sat\\s)\\s*([A-Za-z0-9-]+)"
                    + "((?:\\s*(?:\\[dot]|\\(dot\\)|\\{dot}|\\sdot\\s|\\.)\\s*[A-Za-z0-9-]+)+)");
    private static final Pattern DOT = Pattern.compile("(?i)\\s*(?:\\[dot]|\\(dot\\)|\\{dot}|\\sdot\\s|\\.)\\s*");

    public EmailDetector() {
        super("email-addresses");
    }

    @Override
    protected List<Finding> find(ScreeningContext context) {
        TextView plain = NormalisedText.of(context).plain();
        String text = plain.text();
        OrganisationDetails org = OrganisationDetails.of(context.organisation());
        List<Finding> out = new ArrayList<>();
        Matcher m = EMAIL.matcher(text);
        while (m.find()) {
            if (!org.ownEmail(m.group())) {
                out.add(build(context, plain, m.start(), m.end(), 0.97));
            }
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        boolean spelledOut = lower.contains("dot") || lower.contains("[at") || lower.contains("(at")
                || lower.contains("{at");
        Matcher o = OBFUSCATED.matcher(spelledOut ? text : "");
        while (o.find()) {
            if (o.group().indexOf('@') >= 0) {
                continue;
            }
            String[] parts = DOT.split(o.group(3).strip());
            String tld = parts[parts.length - 1];
            boolean spelled = o.group().toLowerCase(java.util.Locale.ROOT).contains("dot")
                    || o.group().contains("[") || o.group().contains("(");
            if (!spelled || tld.length() < 2 || !tld.chars().allMatch(Character::isLetter)) {
                continue;
            }
            String email = o.group(1) + "@" + o.group(2) + DOT.matcher(o.group(3)).replaceAll(".");
            if (!org.ownEmail(email)) {
                out.add(build(context, plain, o.start(), o.end(), 0.85));
            }
        }
        return out;
    }

    private Finding build(ScreeningContext context, TextView plain, int s, int e, double confidence) {
        int[] span = plain.toOriginal(s, e);
        return finding(context, FindingType.EMAIL_ADDRESS, span[0], span[1]).confidence(confidence)
                .message("An e-mail address that is not the practice's own.").build();
    }
}
