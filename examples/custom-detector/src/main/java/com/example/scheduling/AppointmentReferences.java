package com.example.scheduling;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.spi.TextDetector;

/**
 * Finds the scheduling system's appointment references: {@code APT-} (or {@code APT }, {@code APT}, any case)
 * followed by seven digits and a Luhn check digit, as in {@code APT-12345674}. Only references whose check digit is
 * right are reported, as {@link FindingType#MEDICAL_RECORD_NUMBER}: an appointment reference leads to a client's
 * visit as surely as a record number does.
 *
 * <p>Stateless: the pattern is immutable and each call has its own matcher, so one instance serves every thread.
 */
public final class AppointmentReferences implements TextDetector {
    /** This detector's id. */
    public static final String ID = "appointment-refs";

    private static final Pattern REFERENCE =
            Pattern.compile("(?<![\\p{L}\\p{N}])(?i:APT)(?:-|\\s)?(\\d{8})(?![\\p{L}\\p{N}])");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> detect(ScreeningContext context) {
        String text = context.post().text();
        List<Finding> found = new ArrayList<>();
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            if (!luhnValid(m.group(1))) {
                continue;
            }
            found.add(Finding.builder(FindingType.MEDICAL_RECORD_NUMBER)
                    .confidence(0.99)
                    .span(text, m.start(), m.end()) // masks the excerpt
                    .message("An appointment reference of the scheduling system points to a client's visit; "
                            + "remove it before publishing.")
                    .build());
        }
        return List.copyOf(found);
    }

    /** Whether {@code digits} ends in the right Luhn check digit. */
    static boolean luhnValid(CharSequence digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return false;
            }
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return digits.length() > 1 && sum % 10 == 0;
    }
}
