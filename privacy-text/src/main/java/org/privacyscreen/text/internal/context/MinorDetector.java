package org.privacyscreen.text.internal.context;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.Person;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.text.internal.analysis.TextDetectorBase;
import org.privacyscreen.text.internal.analysis.Windows;
import org.privacyscreen.text.internal.names.NameMentions;
import org.privacyscreen.text.normalise.NormalisedText;
import org.privacyscreen.text.normalise.TextView;

/**
 * Information about a child: a known client who is under 18 at the post's time, an age under 18, a school year,
 * "little" with a child word, a child named by relation ("our youngest patient", "her son").
 */
public final class MinorDetector extends TextDetectorBase {
    private static final Pattern SCHOOL = Pattern.compile("(?i)(?<![\\p{L}\\d])(?:year\\s+(?:[1-9]|1[0-3])|grade\\s+(?:[1-9]|1[0-2])"
            + "|(?:primary|junior|infant|secondary|nursery|elementary|middle|high)\\s+school(?:er)?|reception class"
            + "|gcses?|a-levels?|sixth form|under[- ]?(?:[5-9]|1[0-7])s|u(?:[5-9]|1[0-7])s?\\b(?=\\s+(?:team|squad|side)))(?![\\p{L}\\d])");
    private static final Pattern CHILD = Pattern.compile("(?i)(?<![\\p{L}])(?:little|young|youngest|tiny)\\s+"
            + "(?:one|ones|boy|girl|lad|lass|man|lady|champ|star|patient|athlete|footballer|gymnast|dancer|swimmer)s?\\b"
            + "|(?<![\\p{L}])(?:toddler|schoolboy|schoolgirl|teenager|preteen|baby|infant|newborn|kiddo|junior patient)s?\\b");

    // the patterns run only around these words: most posts hold none of them
    private static final String[] SCHOOL_WORDS = {"year", "grade", "school", "reception", "gcse", "level",
        "sixth", "under", "u5", "u6", "u7", "u8", "u9", "u1"};
    private static final String[] CHILD_WORDS = {"little", "young", "tiny", "toddler", "school", "teen", "baby",
        "infant", "newborn", "kiddo", "junior"};

    public MinorDetector() {
        super("minors");
    }

    @Override
    protected List<Finding> find(ScreeningContext context) {
        List<Finding> out = new ArrayList<>();
        NameMentions mentions = NameMentions.of(context);
        for (NameMentions.Mention m : mentions.of(NameMentions.Who.CLIENT)) {
            if (m.person().filter(p -> p.isMinorAt(context.post().createdAt())).isPresent()) {
                out.add(finding(context, FindingType.MINOR, m.start(), m.end()).confidence(m.confidence())
                        .subject(m.person().map(Person::id).orElseThrow())
                        .message("Names a client who is under 18 at the time of the post.").build());
            }
        }
        TextView plain = NormalisedText.of(context).plain();
        for (StatedAges.Age age : StatedAges.of(context)) {
            if (age.years() < 18) {
                int[] span = plain.toOriginal(age.start(), age.end());
                out.add(finding(context, FindingType.MINOR, span[0], span[1]).confidence(0.85)
                        .message("Gives the age of a child or young person.").build());
            }
        }
        String lower = plain.text().toLowerCase(java.util.Locale.ROOT);
        Windows.aroundWords(lower, SCHOOL_WORDS, 16, 24).forEachMatch(SCHOOL, plain.text(), s -> {
            int[] span = plain.toOriginal(s.start(), s.end());
            out.add(finding(context, FindingType.MINOR, span[0], span[1]).confidence(0.6)
                    .message("Mentions a school year or school, pointing at a child or young person.").build());
        });
        Windows.aroundWords(lower, CHILD_WORDS, 1, 28).forEachMatch(CHILD, plain.text(), c -> {
            int[] span = plain.toOriginal(c.start(), c.end());
            out.add(finding(context, FindingType.MINOR, span[0], span[1]).confidence(0.6)
                    .message("Describes a child or young person.").build());
        });
        return out;
    }
}
