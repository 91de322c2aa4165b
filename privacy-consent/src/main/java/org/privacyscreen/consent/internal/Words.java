package org.privacyscreen.consent.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.Person;

/**
 * Plain words for rule findings. Neither names nor host ids go into a message: names are personal data, and ids
 * (client, staff, consent) go to the finding's {@code subject} and {@code consentId}.
 */
public final class Words {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Words() {
    }

    /** "the client" or "the staff member": the finding's subject says who. */
    public static String who(Person p) {
        return p.isClient() ? "the client" : "the staff member";
    }

    /** The minute of {@code at} where the practice is, naming the zone: "2026-11-21 10:00 (Europe/London)". */
    public static String minute(Instant at, ZoneId zone) {
        return MINUTE.format(at.atZone(zone)) + " (" + zone.getId() + ")";
    }

    /** The calendar day of {@code at} where the practice is. */
    public static String day(Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalDate().toString();
    }

    /** A finding about the post as a whole from rule {@code rule}, about {@code subject} where known. */
    public static Finding finding(String rule, FindingType type, String subject, String message) {
        return builder(rule, type, subject, message).build();
    }

    /** As {@link #finding}, about consent record {@code consentId}. */
    public static Finding finding(String rule, FindingType type, String subject, String consentId, String message) {
        return builder(rule, type, subject, message).consentId(consentId).build();
    }

    private static Finding.Builder builder(String rule, FindingType type, String subject, String message) {
        Finding.Builder b = Finding.builder(type).detector(rule).confidence(1.0).message(message);
        if (subject != null) {
            b.subject(subject);
        }
        return b;
    }

    /** {@code s} with its first letter in capitals. */
    public static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
