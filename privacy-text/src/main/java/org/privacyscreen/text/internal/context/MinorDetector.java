package org.privacyscreen.text.internal.context;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
            + "|gcses?|a-levels?|sixth form|under[- ]?(?:[5-9]|1[0-7])s|u(?:[5-9]|1[0-7])s?\\b(?=\\s+(?:[\\p{L}-]+\\s+){0,2}(?:team|squad|side)))(?![\\p{L}\\d])");
    private static final Pattern CHILD = Pattern.compile("(?i)(?<![\\p{L}])(?:little|young|youngest|tiny)\\s+"
            + "(?:one|ones|boy|girl|lad|lass|man|lady|champ|star|patient|athlete|footballer|gymnast|dancer|swimmer)s?\\b"
            + "|(?<![\\p{L}])(?:toddler|schoolboy|schoolgirl|teenager|preteen|baby|infant|newborn|kiddo|junior patient)s?\\b");

    // the patterns run only around these words: most posts hold none of them
    private static final String[] SCHOOL_WORDS = {"year", "grade", "school", "reception", "gcse", "level",
        "sixth", "under", "u5", "u6", "u7", "u8", "u9", "u1"};
    private static final String[] CHILD_WORDS = {"little", "young", "tiny", "toddler", "school", "teen", "baby",
        "infant", "newborn", "kiddo", "junior"};

    /** After a child word: a service it names ("infant and child CPR", "baby clinic"), not a child. */
    private static final Pattern SERVICE_AFTER = Pattern.compile("(?i)\\s*(?:(?:and|&|or)\\s+(?:child|children|toddler|kids?)"
            + "|(?:clinic|class|classes|group|groups|massage|unit|ward|visits?|checks?|sessions?|cpr|first aid|food"
            + "|formula|room|care|services?|program|programme|club|yoga|swim|health|oral|sleep|feeding|mental)\\b"
            + "|(?:under|over|younger than|older than) \\d)");

    /** Whether a child word speaks of children in general: plural, or naming a service for them. */
    private static boolean generic(String text, String match, int end) {
        String m = match.toLowerCase(java.util.Locale.ROOT);
        boolean plural = m.endsWith("s") && !m.endsWith("ss") || m.endsWith("ones") || m.endsWith("babies");
        return plural || SERVICE_AFTER.matcher(text).region(end, Math.min(text.length(), end + 24)).lookingAt();
    }

    /** The one minor client the post declares as its subject, whom an age or a school year then is about. */
    private static Optional<String> declaredMinor(ScreeningContext context) {
        List<String> subjects = context.post().subjects();
        if (subjects.size() != 1) {
            return Optional.empty();
        }
        return context.directory().find(subjects.get(0))
                .filter(p -> p.isClient() && p.isMinorAt(context.post().createdAt())).map(Person::id);
    }

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
        Optional<String> declared = declaredMinor(context);
        for (StatedAges.Age age : StatedAges.of(context)) {
            if (age.years() < 18 && !age.range()) {
                int[] span = plain.toOriginal(age.start(), age.end());
                Finding.Builder b = finding(context, FindingType.MINOR, span[0], span[1]).confidence(0.85)
                        .message("Gives the age of a child or young person.");
                declared.ifPresent(b::subject);
                out.add(b.build());
            }
        }
        String lower = NormalisedText.of(context).plainLower();
        Windows.aroundWords(lower, SCHOOL_WORDS, 16, 24).forEachMatch(SCHOOL, plain.text(), s -> {
            int[] span = plain.toOriginal(s.start(), s.end());
            out.add(finding(context, FindingType.MINOR, span[0], span[1]).confidence(0.6)
                    .message("Mentions a school year or school, pointing at a child or young person.").build());
        });
        Windows.aroundWords(lower, CHILD_WORDS, 1, 28).forEachMatch(CHILD, plain.text(), c -> {
            if (generic(plain.text(), c.group(), c.end())) {
                return;
            }
            int[] span = plain.toOriginal(c.start(), c.end());
            out.add(finding(context, FindingType.MINOR, span[0], span[1]).confidence(0.6)
                    .message("Describes a child or young person.").build());
        });
        return out;
    }
}
