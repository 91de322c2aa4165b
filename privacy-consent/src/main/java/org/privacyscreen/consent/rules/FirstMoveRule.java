package org.privacyscreen.consent.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
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
 * The practice never makes the first public move: tagging a client's handle or answering a client
 * ({@code inReplyTo}) needs that client's own public engagement on the post's channel at or before the post's
 * time; otherwise UNSOLICITED_CONTACT. A reply to an adult client who did engage may address them by name (their
 * CLIENT_NAME and handle are covered, whether written in the text or read in a photo) but health details stay
 * uncovered: the reply may not add what the client did not make public. A minor's name in a reply is not this
 * rule's to cover: the guardian rule holds even where the minor spoke first ({@link ConsentRule}).
 */
public final class FirstMoveRule implements PostRule {
    public static final String ID = "first-move";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int priority() {
        return 200;
    }

    @Override
    public RuleResult apply(ScreeningContext ctx) {
        if (Facts.staffOnlyGroup(ctx)) {
            return RuleResult.NONE; // internal: nothing is said in public
        }
        Post post = ctx.post();
        RuleResult.Builder out = RuleResult.builder();
        Map<String, String> moves = new LinkedHashMap<>();
        for (Finding f : ctx.findings()) {
            if (f.type() == FindingType.SOCIAL_HANDLE && Facts.aboutClient(ctx, f)) {
                moves.putIfAbsent(f.subject().orElseThrow(), "tags");
            }
        }
        if (post.inReplyTo().isPresent()) {
            String id = post.inReplyTo().get();
            Optional<Person> p = ctx.directory().find(id);
            if (p.isEmpty()) {
                out.add(Words.finding(ID, FindingType.UNSOLICITED_CONTACT, id, "This post answers someone who is "
                        + "not in the practice's directory, so there is no record that they spoke first on "
                        + post.channel() + "."));
            } else if (p.get().isClient()) {
                moves.merge(id, "answers", (a, b) -> "tags and answers");
            }
        }
        moves.forEach((id, how) -> {
            if (Facts.publicEngagement(ctx, id).isEmpty()) {
                out.add(Words.finding(ID, FindingType.UNSOLICITED_CONTACT, id, "This post " + how + " a client "
                        + "who has not engaged publicly with the practice on " + post.channel()
                        + " first; the practice must not make the first public move."));
            }
        });
        Facts.engagedReplyTarget(ctx).filter(id -> !ctx.directory().find(id).orElseThrow()
                .isMinorAt(post.createdAt())).ifPresent(id -> {
            for (Finding f : ctx.findings()) {
                if (!f.covered() && f.subject().filter(id::equals).isPresent()
                        && (f.type() == FindingType.CLIENT_NAME || f.type() == FindingType.SOCIAL_HANDLE)) {
                    out.cover(f, Facts.replyReason(post.channel()));
                }
            }
        });
        return out.build();
    }
}
