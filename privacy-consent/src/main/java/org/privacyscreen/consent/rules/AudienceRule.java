package org.privacyscreen.consent.rules;

import java.util.List;
import org.privacyscreen.Audience;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.consent.internal.Facts;
import org.privacyscreen.consent.internal.Words;
import org.privacyscreen.spi.PostRule;
import org.privacyscreen.spi.RuleResult;
import org.privacyscreen.spi.ScreeningContext;

/**
 * Group posts reach only staff: a member who is not staff (or not in the directory) is an outsider
 * (AUDIENCE_OUTSIDER). A post to a group of staff only is internal: what it says about clients needs no
 * publication consent, and is covered.
 */
public final class AudienceRule implements PostRule {
    public static final String ID = "audience";
    /** The reason findings of an internal post are covered. */
    public static final String INTERNAL = "internal post to a staff-only group";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int priority() {
        return 100;
    }

    @Override
    public RuleResult apply(ScreeningContext ctx) {
        Audience audience = ctx.post().audience();
        if (audience.kind() != Audience.Kind.GROUP || audience.members().isEmpty()) {
            return RuleResult.NONE;
        }
        List<String> outsiders = Facts.outsiders(ctx);
        RuleResult.Builder out = RuleResult.builder();
        if (!outsiders.isEmpty()) {
            int n = outsiders.size();
            // one finding per outsider, each naming them in its subject only
            for (String outsider : outsiders) {
                out.add(Words.finding(ID, FindingType.AUDIENCE_OUTSIDER, outsider, "The group this post goes to "
                        + "has " + n + (n == 1 ? " member" : " members") + " who " + (n == 1 ? "is" : "are")
                        + " not on the staff; this is one of them. Send it to staff only."));
            }
            return out.build();
        }
        for (Finding f : ctx.findings()) {
            if (!f.covered() && Facts.aboutClient(ctx, f)) {
                out.cover(f, INTERNAL);
            }
        }
        return out.build();
    }
}
