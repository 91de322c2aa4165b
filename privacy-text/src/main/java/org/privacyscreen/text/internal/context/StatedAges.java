package org.privacyscreen.text.internal.context;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.privacyscreen.text.normalise.TextView;

/** StatedAges stated in text ("aged 7", "a 34-year-old", "she's 12 years old"), in plain-view offsets. */
public final class StatedAges {
    private static final Pattern AGE = Pattern.compile("(?i)(?<![\\p{L}\\d])(?:aged\\s+(\\d{1,3})"
            + "|(\\d{1,3})[\\s-]*(?:years?|yrs?|yo|y/o)[\\s-]*old"
            + "|(\\d{1,3})[\\s-]*(?:year|yr)[\\s-]*old"
            + "|(\\d{1,3})\\s*(?:yo|y/o)"
            + "|age\\s+(\\d{1,3})"
            + "|(?:is|turns|turned|just)\\s+(\\d{1,2})(?=\\s*(?:today|this|!|\\.|,|$))"
            + "|in\\s+(?:his|her|their)\\s+(?:early\\s+|mid[\\s-]+|late\\s+)?(\\d)0'?s)(?![\\p{L}\\d])");

    public record Age(int start, int end, int years) {
    }

    private StatedAges() {
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    public static List<Age> find(TextView plain) {
        List<Age> out = new ArrayList<>();
        if (!hasDigit(plain.text())) {
            return out;
        }
        Matcher m = AGE.matcher(plain.text());
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    int years = Integer.parseInt(m.group(g)) * (g == m.groupCount() ? 10 : 1);
                    if (years <= 120) {
                        out.add(new Age(m.start(), m.end(), years));
                    }
                    break;
                }
            }
        }
        return out;
    }
}
