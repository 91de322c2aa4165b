package org.privacyscreen.text.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.text.normalise.NormalisedText;
import org.privacyscreen.text.normalise.TextView;

/** Payment card numbers: 13 to 19 digits, Luhn-valid, in a known issuer range. */
final class PaymentCardDetector extends Base {
    private static final Pattern CARD = Pattern.compile("(?<![\\d])\\d(?:[ -]?\\d){11,18}(?![\\d])");

    PaymentCardDetector() {
        super("payment-cards");
    }

    @Override
    List<Finding> find(ScreeningContext context) {
        TextView plain = NormalisedText.of(context).plain();
        List<Finding> out = new ArrayList<>();
        Matcher m = CARD.matcher(plain.text());
        while (m.find()) {
            String d = Checks.digits(m.group());
            if (d.length() >= 13 && d.length() <= 19 && Checks.luhn(d) && Checks.cardIssuer(d)) {
                int[] span = plain.toOriginal(m.start(), m.end());
                out.add(finding(context, FindingType.PAYMENT_CARD, span[0], span[1]).confidence(0.95)
                        .message("A payment card number (valid checksum, known issuer range).").build());
            }
        }
        return out;
    }
}
