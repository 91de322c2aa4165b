package com.example.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.privacyscreen.Audience;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.Location;
import org.privacyscreen.Post;
import org.privacyscreen.spi.RuleResult;
import org.privacyscreen.testkit.DetectorChecks;
import org.privacyscreen.testkit.TestContexts;

class RoomNumberRuleTest {
    private final RoomNumberRule rule = new RoomNumberRule();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "See you in Room 4B at 10:30 tomorrow.          | 11 | 18",
            "treatment room 12, 3pm                          | 0  | 17",
            "Back to Consulting Room B2 by 9 am.             | 8  | 26",
            "At 11 a.m. in room no. 3 we met the new team    | 14 | 24",
            "Room 7 is free at 14.45                         | 0  | 6"})
    void apply_roomWithTime_findsTheRoom(String text, int start, int end) {
        List<Finding> added = apply(post(text)).added();
        assertThat(added).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(FindingType.QUASI_IDENTIFIER);
            assertThat(f.location()).isEqualTo(Location.text(start, end));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "See you in Room 4B tomorrow.",                 // no time
            "There is room for 12 at 10:30.",               // "room for", not a room
            "Make room a priority at 3pm.",                 // a lower-case letter is not a room
            "Bedroom 4 at 10:30",                           // inside a word
            "Room 4B at 1030",                              // not a clock time
            "Room 4B costs 12.5 pounds",                    // a price is not a time
            "Room 4B, version 1.2.30"})                     // a version is not a time
    void apply_nearMiss_addsNothing(String text) {
        assertThat(apply(post(text))).isEqualTo(RuleResult.NONE);
    }

    @Test
    void apply_groupAudience_addsNothing() {
        Post internal = Post.builder().text("Team huddle in Room 4B at 10:30.")
                .audience(Audience.group("staff", List.of("staff-1", "staff-2"))).build();
        assertThat(apply(internal)).isEqualTo(RuleResult.NONE);
    }

    @Test
    void apply_twoRooms_findsBoth() {
        assertThat(apply(post("Room 1 at 9am, then Room 2 at 10am.")).added()).hasSize(2);
    }

    @Test
    void apply_findings_soundForTheEngine() {
        // the testkit's static checks serve rules too
        DetectorChecks.checkId(rule);
        for (String text : List.of("See you in Room 4B at 10:30 tomorrow.", "treatment room 12, 3pm")) {
            Post post = post(text);
            DetectorChecks.checkTextFindings(post, apply(post).added());
        }
    }

    @Test
    void apply_concurrentCalls_matchSingleThreaded() {
        List<Callable<List<Finding>>> calls = new ArrayList<>();
        for (String text : List.of("See you in Room 4B at 10:30.", "Room 4B tomorrow.", "room 9 at 3pm, Room 2")) {
            Post post = post(text);
            calls.add(() -> rule.apply(TestContexts.of(post)).added());
        }
        DetectorChecks.checkConcurrent(calls, 4, 50);
    }

    private RuleResult apply(Post post) {
        return rule.apply(TestContexts.of(post));
    }

    private static Post post(String text) {
        return Post.builder().text(text).build();
    }
}
