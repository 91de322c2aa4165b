package org.privacyscreen.text.internal.context;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.spi.SharedKey;
import org.privacyscreen.text.internal.analysis.NumberGroups;
import org.privacyscreen.text.internal.analysis.Windows;
import org.privacyscreen.text.normalise.NormalisedText;
import org.privacyscreen.text.normalise.TextView;

/** Ages stated in text ("aged 7", "a 34-year-old", "she's 12 years old"), in plain-view offsets. */
public final class StatedAges {
    private static final Pattern AGE = Pattern.compile("(?i)(?<![\\p{L}\\d])(?:aged\\s+(\\d{1,3})"
            + "|(\\d{1,3})[\\s-]*(?:years?|yrs?|yo|y/o)[\\s-]*old"
            + "|(\\d{1,3})[\\s-]*(?:year|yr)[\\s-]*old"
            + "|(\\d{1,3})\\s*(?:yo|y/o)"
            + "|age\\s+(\\d{1,3})"
            + "|(?:is|turns|turned|just)\\s+(\\d{1,2})(?=\\s*(?:today|this|last|on|in|yesterday|!|\\.|,|$))"
            // initials with an age: "T.H., 17, from Richmond", "M.O'D., 71"
            + "|(?-i:(?:\\p{Lu}\\.){1,3}(?:\\p{Lu}'\\p{Lu}\\.)?),?\\s{0,2}(\\d{1,3})(?=\\s*,)"
            // "she's 23,", "he is 4 and a half": a pronoun's age
            + "|(?:she|he)(?:'s|’s|\\s+is|\\s+was)\\s+(\\d{1,2})(?=\\s*(?:[,.!;]|and|$))"
            + "|in\\s+(?:his|her|their)\\s+(?:early\\s+|mid[\\s-]+|late\\s+)?(\\d)0'?s)(?![\\p{L}\\d])");

    /**
     * An age.
     *
     * @param start start in the plain view
     * @param end   end in the plain view
     * @param years the age in years
     * @param range whether it bounds a group ("aged 12 to 18", "from age 6", "over 65s") rather than one person
     */
    public record Age(int start, int end, int years, boolean range) {
    }

    private static final SharedKey<List<Age>> KEY = SharedKey.of("text.stated-ages");

    private StatedAges() {
    }

    private static final Pattern RANGE_AFTER = Pattern.compile(
            "(?i)\\s*(?:to|-|–|—|and (?:up|over|under)|\\+|or (?:over|older|under|younger))(?![\\p{L}])");
    private static final Pattern RANGE_BEFORE = Pattern.compile("(?i)(?:from|over|under|between|above|below|all)\\s+$");

    private static boolean range(String text, int start, int end) {
        return RANGE_AFTER.matcher(text).region(end, Math.min(text.length(), end + 14)).lookingAt()
                || RANGE_BEFORE.matcher(text).region(Math.max(0, start - 10), start).find();
    }

    /** The ages stated in the context's post, found once and shared. */
    public static List<Age> of(ScreeningContext context) {
        return context.shared(KEY, c -> find(NormalisedText.of(c).plain(), NumberGroups.of(c)));
    }

    /** The ages in {@code plain}, looked for around its digit groups of one to three digits. */
    static List<Age> find(TextView plain, NumberGroups groups) {
        List<Age> out = new ArrayList<>();
        Windows.Builder w = new Windows.Builder(plain.length());
        for (int g = 0; g < groups.size(); g++) {
            if (groups.digits(g) <= 3) {
                w.add(groups.start(g) - 40, groups.end(g) + 16); // "in her early 30s", "7 years old"
            }
        }
        w.build().forEachMatch(AGE, plain.text(), m -> {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    int years = Integer.parseInt(m.group(g)) * (g == m.groupCount() ? 10 : 1);
                    if (years <= 120) {
                        out.add(new Age(m.start(), m.end(), years, range(plain.text(), m.start(), m.end())));
                    }
                    break;
                }
            }
        });
        return List.copyOf(out);
    }
}
