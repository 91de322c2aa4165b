package org.privacyscreen.consent.rules;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.privacyscreen.AccountKind;
import org.privacyscreen.Audience;
import org.privacyscreen.Author;
import org.privacyscreen.Consent;
import org.privacyscreen.Engagement;
import org.privacyscreen.Evidence;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.Organisation;
import org.privacyscreen.Permission;
import org.privacyscreen.Post;
import org.privacyscreen.Purpose;
import org.privacyscreen.InMemoryClientDirectory;
import org.privacyscreen.InMemoryConsentStore;
import org.privacyscreen.InMemoryEngagementLog;
import org.privacyscreen.spi.PostRule;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.testkit.PostRuleContract;
import org.privacyscreen.testkit.TestContexts;

/** The testkit's rule contract (ids, covers, no values, threads, budget) for each of the four rules. */
class RuleContractTest {
    private static final Fixture FX = new Fixture();
    private static final InMemoryConsentStore CONSENTS = new InMemoryConsentStore(List.of(
            Consent.builder("k-1", "c-1").permissions(Permission.SHARE, Permission.NAME)
                    .evidence(Evidence.Kind.VERBAL, "v-1").build()));

    /** The context: the fixture's practice, and a finding for each known word the text holds. */
    static ScreeningContext context(Post post) {
        List<Finding> found = new ArrayList<>();
        add(found, post, "Omar", FindingType.CLIENT_NAME, "c-2");
        add(found, post, "Dana", FindingType.CLIENT_NAME, "c-1");
        add(found, post, "@dee_runs", FindingType.SOCIAL_HANDLE, "c-1");
        add(found, post, "@priya", FindingType.SOCIAL_HANDLE, "s-1");
        return TestContexts.builder().directory(new InMemoryClientDirectory(Organisation.NONE, FX.people))
                .consents(CONSENTS)
                .engagements(new InMemoryEngagementLog(List.of(new Engagement("c-2", "facebook",
                        Fixture.NOW.minus(Duration.ofDays(2)), true))))
                .findings(found).build(post);
    }

    private static void add(List<Finding> found, Post post, String word, FindingType type, String subject) {
        int i = post.text().indexOf(word);
        if (i >= 0) {
            found.add(Finding.builder(type).detector("stub").subject(subject)
                    .span(post.text(), i, i + word.length()).message("A test finding.").build());
        }
    }

    static Post.Builder post(String text) {
        return Fixture.post(text);
    }

    @Nested
    class Audiences extends PostRuleContract {
        @Override
        protected PostRule rule() {
            return new AudienceRule();
        }

        @Override
        protected List<Post> positives() {
            return List.of(post("Session moved to 4pm").purpose(Purpose.GROUP_MESSAGE)
                            .audience(Audience.group("team", List.of("s-1", "c-2"))).build(),
                    post("Omar's session moved to 4pm").purpose(Purpose.GROUP_MESSAGE)
                            .audience(Audience.group("team", List.of("s-1", "s-2"))).build());
        }

        @Override
        protected List<Post> negatives() {
            return List.of(post("Omar's session moved to 4pm").build(),
                    post("Team lunch at noon").audience(Audience.group("team", List.of("s-1", "s-2"))).build());
        }

        @Override
        protected ScreeningContext context(Post post) {
            return RuleContractTest.context(post);
        }
    }

    @Nested
    class FirstMoves extends PostRuleContract {
        @Override
        protected PostRule rule() {
            return new FirstMoveRule();
        }

        @Override
        protected List<Post> positives() {
            return List.of(post("Great to see @dee_runs in the gym").build(),
                    post("Thanks Omar, see you soon").channel("facebook").inReplyTo("c-2").build());
        }

        @Override
        protected List<Post> negatives() {
            return List.of(post("Open day on Saturday").build(), post("Say hello to @priya").build());
        }

        @Override
        protected ScreeningContext context(Post post) {
            return RuleContractTest.context(post);
        }
    }

    @Nested
    class Consents extends PostRuleContract {
        @Override
        protected PostRule rule() {
            return new ConsentRule();
        }

        @Override
        protected List<Post> positives() {
            return List.of(post("Great session today").subject("c-2").build(), post("Dana smashed it").build());
        }

        @Override
        protected List<Post> negatives() {
            return List.of(post("Open day on Saturday").build(), post("Meet Priya, our physio").subject("s-1")
                    .build());
        }

        @Override
        protected ScreeningContext context(Post post) {
            return RuleContractTest.context(post);
        }
    }

    @Nested
    class PersonalAccounts extends PostRuleContract {
        @Override
        protected PostRule rule() {
            return new PersonalAccountRule();
        }

        @Override
        protected List<Post> positives() {
            return List.of(post("Saw Omar at work today").author(Author.of("s-1", AccountKind.PERSONAL)).build());
        }

        @Override
        protected List<Post> negatives() {
            return List.of(post("Lovely run this morning").author(Author.of("s-1", AccountKind.PERSONAL)).build(),
                    post("Saw Omar at work today").build());
        }

        @Override
        protected ScreeningContext context(Post post) {
            return RuleContractTest.context(post);
        }
    }
}
