package com.example.scheduling;

import java.util.List;
import org.privacyscreen.Audience;
import org.privacyscreen.Post;
import org.privacyscreen.spi.PostRule;
import org.privacyscreen.testkit.PostRuleContract;

/** The engine's contract for rules, from the testkit. */
class RoomNumberRuleContractTest extends PostRuleContract {
    @Override
    protected PostRule rule() {
        return new RoomNumberRule();
    }

    @Override
    protected List<Post> positives() {
        return List.of(post("See you in Room 4B at 10:30 tomorrow."), post("treatment room 12, 3pm"),
                post("At 11 a.m. in room no. 3 we met the new team"));
    }

    @Override
    protected List<Post> negatives() {
        return List.of(post("See you in Room 4B tomorrow."), post("There is room for 12 at 10:30."),
                Post.builder().text("Team huddle in Room 4B at 10:30.")
                        .audience(Audience.group("staff", List.of("staff-1", "staff-2"))).build());
    }

    private static Post post(String text) {
        return Post.builder().text(text).build();
    }
}
