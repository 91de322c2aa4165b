package com.example.scheduling;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.Post;
import org.privacyscreen.spi.PostRule;
import org.privacyscreen.spi.RuleResult;
import org.privacyscreen.spi.ScreeningContext;

/**
 * A public post must not name a treatment room together with a time: "Room 4B at 10:30" tells anyone who saw a
 * person go in who that was and why. Each such room mention becomes a
 * {@link FindingType#QUASI_IDENTIFIER}. Posts to a closed group (staff only, say) are internal and pass.
 *
 * <p>A rule rather than a detector because it judges the post as a whole (its audience, and a time anywhere in
 * the text). Stateless and thread-safe.
 */
public final class RoomNumberRule implements PostRule {
    /** This rule's id. */
    public static final String ID = "room-numbers";

    /** "Room 4B", "treatment room 12", "Room no. 3", "consulting room B2"; a room's letter must be upper-case. */
    private static final Pattern ROOM = Pattern.compile("(?<![\\p{L}\\p{N}])"
            + "(?i:(?:treatment|consulting|consultation|therapy|exam|examination|counselling|counseling)\\s+)?"
            + "(?i:room)\\s+(?:(?i:no)\\.?\\s*)?(?:\\d{1,3}[A-Z]?|[A-Z]\\d{1,2})(?![\\p{L}\\p{N}])");

    /** "10:30", "9.15", "3pm", "9 am", "11 a.m.". */
    private static final Pattern TIME = Pattern.compile("(?<![\\p{L}\\p{N}.:])(?:"
            + "(?:[01]?\\d|2[0-3])[:.][0-5]\\d(?![\\p{N}.:]\\d)"
            + "|(?:1[0-2]|0?[1-9])\\s?(?i:[ap]\\.?m\\.?)(?!\\p{L}))");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleResult apply(ScreeningContext context) {
        Post post = context.post();
        String text = post.text();
        if (!post.audience().isPublic() || text.isEmpty() || !TIME.matcher(text).find()) {
            return RuleResult.NONE;
        }
        RuleResult.Builder result = RuleResult.builder();
        Matcher m = ROOM.matcher(text);
        while (m.find()) {
            result.add(Finding.builder(FindingType.QUASI_IDENTIFIER)
                    .confidence(0.9)
                    .span(text, m.start(), m.end())
                    .message("A treatment room named together with a time can tell readers who was there and "
                            + "when; leave the room out of public posts.")
                    .build());
        }
        return result.build();
    }
}
