package org.privacyscreen.consent.rules;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.privacyscreen.AccountKind;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.Person;
import org.privacyscreen.Post;
import org.privacyscreen.consent.internal.Facts;
import org.privacyscreen.consent.internal.Words;
import org.privacyscreen.spi.PostRule;
import org.privacyscreen.spi.RuleResult;
import org.privacyscreen.spi.ScreeningContext;

/**
 * Staff speak for themselves on personal accounts: any client information or a client's photo posted from one is
 * PERSONAL_ACCOUNT_CLIENT_CONTENT, whatever consent exists, named or not. Client information is, on structured facts
 * alone: any finding about a known client (a name, a handle, a face matched to them, text read in a photo); a
 * declared client subject; and a finding of a kind that tells a client's story ({@link #CLIENT_INFORMATION}) about
 * nobody in particular, since an unnamed patient's story has no subject. A finding whose subject is the author or
 * another member of staff is the staff's own news, not client information (a text detector that reads a
 * first-person story says so with the author as subject). A child mentioned with no subject counts: on a
 * personal account it is most often a patient, and a minor of the author's own is the text detectors' to
 * attribute to the author.
 */
public final class PersonalAccountRule implements PostRule {
    public static final String ID = "personal-account";

    /** Kinds of finding that tell something about a client even when nobody is named. */
    static final Set<FindingType> CLIENT_INFORMATION = EnumSet.of(FindingType.CLIENT_NAME,
            FindingType.HEALTH_INFORMATION, FindingType.QUASI_IDENTIFIER, FindingType.MINOR,
            FindingType.DATE_OF_BIRTH, FindingType.MEDICAL_RECORD_NUMBER);

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
        Post post = ctx.post();
        if (post.author().account() != AccountKind.PERSONAL) {
            return RuleResult.NONE;
        }
        Set<String> clients = new LinkedHashSet<>();
        boolean unnamed = false;
        for (Finding f : ctx.findings()) {
            if (Facts.RULE_TYPES.contains(f.type())) {
                continue;
            }
            Optional<String> subject = f.subject();
            if (subject.isPresent()) {
                if (isClient(ctx, subject.get())) {
                    clients.add(subject.get());
                }
            } else if (CLIENT_INFORMATION.contains(f.type())) {
                unnamed = true;
            }
        }
        for (String s : post.subjects()) {
            if (isClient(ctx, s)) {
                clients.add(s);
            }
        }
        RuleResult.Builder out = RuleResult.builder();
        for (String client : clients) {
            out.add(Words.finding(ID, FindingType.PERSONAL_ACCOUNT_CLIENT_CONTENT, client, "A client's "
                    + "information or photo is posted from a staff member's personal account; only the practice's "
                    + "official account may post about clients."));
        }
        if (clients.isEmpty() && unnamed) {
            out.add(Words.finding(ID, FindingType.PERSONAL_ACCOUNT_CLIENT_CONTENT, null, "Client information is "
                    + "posted from a staff member's personal account, even without a name; only the practice's "
                    + "official account may post about clients."));
        }
        return out.build();
    }

    private static boolean isClient(ScreeningContext ctx, String id) {
        return ctx.directory().find(id).map(Person::isClient).orElse(false);
    }
}
