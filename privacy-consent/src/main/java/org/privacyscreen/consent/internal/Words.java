package org.privacyscreen.consent.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.Person;

/** Plain words for rule findings. Ids only: names are personal data and never go into a message. */
public final class Words {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Words() {
    }

    /** "client c-1" or "staff member s-1". */
    public static String who(Person p) {
        return (p.isClient() ? "client " : "staff member ") + p.id();
    }

    public static String minute(Instant at) {
        return MINUTE.format(at);
    }

    public static String day(Instant at) {
        return at.atZone(ZoneOffset.UTC).toLocalDate().toString();
    }

    /** A finding about the post as a whole from rule {@code rule}. */
    public static Finding finding(String rule, FindingType type, String subject, String message) {
        Finding.Builder b = Finding.builder(type).detector(rule).confidence(1.0).message(message);
        if (subject != null) {
            b.subject(subject);
        }
        return b.build();
    }
}
