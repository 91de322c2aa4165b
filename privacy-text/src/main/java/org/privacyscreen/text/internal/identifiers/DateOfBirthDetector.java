package org.privacyscreen.text.internal.identifiers;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.Person;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.text.internal.analysis.NumberGroups;
import org.privacyscreen.text.internal.analysis.TakenSpans;
import org.privacyscreen.text.internal.analysis.TextDetectorBase;
import org.privacyscreen.text.internal.analysis.Windows;
import org.privacyscreen.text.internal.names.DirectoryIndex;
import org.privacyscreen.text.normalise.NormalisedText;
import org.privacyscreen.text.normalise.TextView;

/**
 * Dates of birth: a date near "born", "DOB", "date of birth", "birthday" or "b.", or a date equal to a known
 * client's birth date (the client is then the subject).
 */
public final class DateOfBirthDetector extends TextDetectorBase {
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d])(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4}|\\d{2})(?![\\d])");
    private static final Pattern ISO = Pattern.compile("(?<![\\d])(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![\\d])");
    private static final Pattern DAY_MONTH = Pattern.compile("(?i)(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+"
            + MONTH + "(?:,?\\s+(\\d{4}))?(?![\\p{L}\\d])");
    private static final Pattern MONTH_DAY = Pattern.compile("(?i)(?<![\\p{L}\\d])" + MONTH
            + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?![\\p{L}\\d])");
    private static final Pattern CUE = Pattern.compile(
            "(?i)(\\bborn\\b|\\bd\\.?o\\.?b\\b|date of birth|birth ?day|\\bb\\.\\s*$|\\bbday\\b|birth date)");
    private static final Pattern CUE_AFTER = Pattern.compile("(?i)\\W*(?:birthday|bday)\\b");
    private static final String[] MONTH_PREFIXES = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
        "oct", "nov", "dec"};
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    public DateOfBirthDetector() {
        super("dates-of-birth");
    }

    private record Date(int start, int end, int day, int month, Integer year) {
    }

    @Override
    protected List<Finding> find(ScreeningContext context) {
        NumberGroups groups = NumberGroups.of(context);
        if (groups.isEmpty()) {
            return List.of();
        }
        TextView plain = NormalisedText.of(context).plain();
        String text = plain.text();
        boolean us = context.post().locale().getCountry().equals("US");
        List<Date> dates = new ArrayList<>();
        groups.forEachAtRunStart(NUMERIC, text, 12, m -> {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            int y = year(m.group(3));
            dates.add(us && a <= 12 ? new Date(m.start(), m.end(), b, a, y) : new Date(m.start(), m.end(), a, b, y));
        });
        groups.forEachAtRunStart(ISO, text, 12, m -> dates.add(new Date(m.start(), m.end(), Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)))));
        Windows named = Windows.aroundWords(NormalisedText.of(context).plainLower(), MONTH_PREFIXES, 12, 20);
        named.forEachMatch(DAY_MONTH, text, m -> dates.add(new Date(m.start(), m.end(), Integer.parseInt(m.group(1)),
                month(m.group(2)), m.group(3) == null ? null : Integer.parseInt(m.group(3)))));
        named.forEachMatch(MONTH_DAY, text, m -> dates.add(new Date(m.start(), m.end(), Integer.parseInt(m.group(2)),
                month(m.group(1)), m.group(3) == null ? null : Integer.parseInt(m.group(3)))));
        List<Finding> out = new ArrayList<>();
        TakenSpans taken = new TakenSpans();
        DirectoryIndex index = DirectoryIndex.of(context.directory());
        for (Date d : dates) {
            if (!valid(d) || taken.overlaps(d.start(), d.end())) {
                continue;
            }
            Person client = null;
            if (d.year() != null) {
                List<Person> born = index.clientsBornOn(LocalDate.of(d.year(), d.month(), d.day()));
                client = born.isEmpty() ? null : born.get(0);
            }
            boolean cue = CUE.matcher(text).region(Math.max(0, d.start() - 40), d.start()).find()
                    || CUE_AFTER.matcher(text).region(d.end(), Math.min(text.length(), d.end() + 20)).lookingAt();
            if (client == null && !cue) {
                continue;
            }
            taken.take(d.start(), d.end());
            int[] span = plain.toOriginal(d.start(), d.end());
            Finding.Builder b = finding(context, FindingType.DATE_OF_BIRTH, span[0], span[1]);
            if (client != null) {
                b.subject(client.id()).confidence(0.95).message("A date equal to a client's date of birth.");
            } else {
                b.confidence(d.year() != null ? 0.9 : 0.75).message("A date given as someone's birth date or birthday.");
            }
            out.add(b.build());
        }
        return out;
    }

    private static int year(String y) {
        int v = Integer.parseInt(y);
        return y.length() == 2 ? (v > 30 ? 1900 + v : 2000 + v) : v;
    }

    private static int month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT).substring(0, 3));
    }

    private static boolean valid(Date d) {
        try {
            if (d.year() != null) {
                LocalDate.of(d.year(), d.month(), d.day());
                return d.year() >= 1900 && d.year() <= 2100;
            }
            MonthDay.of(d.month(), d.day());
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
