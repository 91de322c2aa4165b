package org.privacyscreen.text.internal.identifiers;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.text.internal.analysis.NumberGroups;
import org.privacyscreen.text.internal.analysis.TextDetectorBase;
import org.privacyscreen.text.normalise.NormalisedText;
import org.privacyscreen.text.normalise.TextView;

/** Payment card numbers: 13 to 19 digits, Luhn-valid, in a known issuer range. */
public final class PaymentCardDetector extends TextDetectorBase {
    private static final Pattern CARD = Pattern.compile("(?<![\\d])\\d(?:[ -]?\\d){11,18}(?![\\d])");

    public PaymentCardDetector() {
        super("payment-cards");
    }

    @Override
    protected List<Finding> find(ScreeningContext context) {
        NumberGroups groups = NumberGroups.of(context);
        if (groups.isEmpty()) {
            return List.of();
        }
        TextView view = NormalisedText.of(context).digits();
        List<Finding> out = new ArrayList<>();
        groups.forEachAtRunStart(CARD, view.text(), 40, m -> {
            String d = IdentifierChecksums.digits(m.group());
            if (d.length() >= 13 && d.length() <= 19 && IdentifierChecksums.luhn(d)
                    && IdentifierChecksums.cardIssuer(d)) {
                int[] span = view.toOriginal(m.start(), m.end());
                out.add(finding(context, FindingType.PAYMENT_CARD, span[0], span[1]).confidence(0.95)
                        .message("A payment card number (valid checksum, known issuer range).").build());
            }
        });
        return out;
    }
}
