package org.privacyscreen.consent.rules;

import java.util.LinkedHashSet;
import java.util.Set;
import org.privacyscreen.AccountKind;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.Person;
import org.privacyscreen.consent.internal.Facts;
import org.privacyscreen.consent.internal.Words;
import org.privacyscreen.spi.PostRule;
import org.privacyscreen.spi.RuleResult;
import org.privacyscreen.spi.ScreeningContext;

/**
 * Staff speak for themselves on personal accounts: client information or a client's photo posted from one is
 * PERSONAL_ACCOUNT_CLIENT_CONTENT, whatever consent exists.
 */
public final class PersonalAccountRule implements PostRule {
    public static final String ID = "personal-account";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int priority() {
        return 400;
    }

    @Override
    public RuleResult apply(ScreeningContext ctx) {
        if (ctx.post().author().account() != AccountKind.PERSONAL) {
            return RuleResult.NONE;
        }
        Set<String> clients = new LinkedHashSet<>();
        boolean clientContent = false;
        for (Finding f : ctx.findings()) {
            if (Facts.aboutClient(ctx, f)) {
                clients.add(f.subject().orElseThrow());
                clientContent = true;
            } else if (f.type() == FindingType.CLIENT_NAME || f.type() == FindingType.HEALTH_INFORMATION) {
                clientContent = true;
            }
        }
        for (String s : ctx.post().subjects()) {
            if (ctx.directory().find(s).map(Person::isClient).orElse(false)) {
                clients.add(s);
                clientContent = true;
            }
        }
        if (!clientContent) {
            return RuleResult.NONE;
        }
        return RuleResult.builder().add(Words.finding(ID, FindingType.PERSONAL_ACCOUNT_CLIENT_CONTENT,
                clients.size() == 1 ? clients.iterator().next() : null,
                "Client information is posted from a staff member's personal account"
                        + (clients.isEmpty() ? "" : " (about " + String.join(", ", clients) + ")")
                        + "; only the practice's official account may post about clients.")).build();
    }
}
