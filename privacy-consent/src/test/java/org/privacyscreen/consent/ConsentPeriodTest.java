package org.privacyscreen.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.privacyscreen.Consent;
import org.privacyscreen.ConsentUse;
import org.privacyscreen.Permission;
import org.privacyscreen.Purpose;

/**
 * A consent's days are the practice's calendar days: "valid until 31 March" ends at midnight where the practice is,
 * through daylight-saving changes.
 */
class ConsentPeriodTest {
    private static final ZoneId LA = ZoneId.of("America/Los_Angeles");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId UTC = ZoneId.of("UTC");

    static Stream<Arguments> cases() {
        return Stream.of(
                // Los Angeles near midnight, daylight time (UTC-7): the UTC date is a day ahead
                Arguments.of("LA 23:30 on the last day", LA, null, "2026-03-31", "2026-04-01T06:30:00Z", true),
                Arguments.of("LA 00:30 the day after", LA, null, "2026-03-31", "2026-04-01T07:30:00Z", false),
                Arguments.of("UTC reads the same moment as the day after", UTC, null, "2026-03-31",
                        "2026-04-01T06:30:00Z", false),
                Arguments.of("LA 23:59 before the first day", LA, "2026-04-01", null, "2026-04-01T06:59:00Z", false),
                Arguments.of("LA 00:00 on the first day", LA, "2026-04-01", null, "2026-04-01T07:00:00Z", true),
                // Los Angeles in standard time (UTC-8), and on the night clocks go back (1 November 2026)
                Arguments.of("LA 23:59 standard time", LA, null, "2026-12-31", "2027-01-01T07:59:00Z", true),
                Arguments.of("LA 00:00 standard time", LA, null, "2026-12-31", "2027-01-01T08:00:00Z", false),
                Arguments.of("LA 01:30 the second time, fall back day", LA, null, "2026-11-01",
                        "2026-11-01T09:30:00Z", true),
                Arguments.of("LA 23:30 after fall back", LA, null, "2026-11-01", "2026-11-02T07:30:00Z", true),
                // London: clocks go forward at 01:00 UTC on 29 March 2026, back at 01:00 UTC on 25 October 2026
                Arguments.of("London 23:30 GMT before spring forward", LONDON, null, "2026-03-28",
                        "2026-03-28T23:30:00Z", true),
                Arguments.of("London 00:30 GMT on the change day", LONDON, "2026-03-29", "2026-03-29",
                        "2026-03-29T00:30:00Z", true),
                Arguments.of("London 02:30 BST on the change day", LONDON, "2026-03-29", "2026-03-29",
                        "2026-03-29T01:30:00Z", true),
                Arguments.of("London 00:30 BST the day after the change", LONDON, null, "2026-03-29",
                        "2026-03-29T23:30:00Z", false),
                Arguments.of("London 00:30 BST on the fall back day", LONDON, null, "2026-10-24",
                        "2026-10-24T23:30:00Z", false),
                Arguments.of("UTC reads that moment as still the 24th", UTC, null, "2026-10-24",
                        "2026-10-24T23:30:00Z", true),
                Arguments.of("London 23:59 GMT at the end of the fall back day", LONDON, null, "2026-10-25",
                        "2026-10-25T23:59:00Z", true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void validAtAndDenial_readTheDayInThePracticesZone(String why, ZoneId zone, String from, String until,
                                                       String at, boolean valid) {
        Consent.Builder b = Consent.builder("k-1", "c-1").permissions(Permission.SHARE);
        if (from != null) {
            b.validFrom(LocalDate.parse(from));
        }
        if (until != null) {
            b.validUntil(LocalDate.parse(until));
        }
        Consent c = b.build();
        Instant moment = Instant.parse(at);
        assertThat(c.validAt(moment, zone)).as(why).isEqualTo(valid);
        ConsentUse use = new ConsentUse("k-1", "p-1", "instagram", Purpose.SOCIAL_POST, moment, zone);
        assertThat(c.acceptsUse(use, 0, moment)).as(why).isEqualTo(valid);
    }
}
