package org.privacyscreen.testkit;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.privacyscreen.Finding;
import org.privacyscreen.Organisation;
import org.privacyscreen.Post;
import org.privacyscreen.ScreeningPolicy;
import org.privacyscreen.spi.ClientDirectory;
import org.privacyscreen.spi.ConsentStore;
import org.privacyscreen.spi.EngagementLog;
import org.privacyscreen.spi.ReferenceFaces;
import org.privacyscreen.InMemoryConsentStore;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.spi.SharedKey;
import org.privacyscreen.spi.SharedValues;

/**
 * Screening contexts for tests: what a detector or rule sees of one screening, without a screener.
 *
 * <pre>{@code
 * ScreeningContext context = TestContexts.of(Post.builder().text("...").build());
 * List<Finding> found = detector.detect(context);
 *
 * ScreeningContext forRule = TestContexts.builder()
 *     .directory(new InMemoryClientDirectory(organisation, people))
 *     .findings(found)
 *     .build(post);
 * }</pre>
 *
 * <p>Contexts behave as the engine's do: {@link ScreeningContext#shared} computes each key's value once per
 * context, concurrent callers wait for that one computation, and a loader's exception reaches every caller; a context
 * has a deadline (the policy's {@code detectorTimeout} from when it is built, or {@link Builder#timeBudget}), which
 * {@link ScreeningContext#remaining()} and {@link ScreeningContext#checkDeadline()} count down. A context is safe to
 * use from many threads.
 */
public final class TestContexts {
    private TestContexts() {
    }

    /** A context for {@code post} with an empty directory, consent store and engagement log and the default policy. */
    public static ScreeningContext of(Post post) {
        return builder().build(post);
    }

    /**
     * {@code context} with its time already spent: {@link ScreeningContext#remaining()} is zero and
     * {@link ScreeningContext#checkDeadline()} throws, as in the engine once a post's deadline has passed; everything
     * else is {@code context}'s.
     */
    public static ScreeningContext expired(ScreeningContext context) {
        Objects.requireNonNull(context, "context");
        return new Expired(context);
    }

    /** A builder for contexts with the host's look-ups, a policy or, for rules, the findings so far. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link ScreeningContext}s; each call validates its argument. Not thread-safe; the contexts are. */
    public static final class Builder {
        private ClientDirectory directory = ClientDirectory.EMPTY;
        private ConsentStore consents;
        private EngagementLog engagements = EngagementLog.EMPTY;
        private ScreeningPolicy policy = ScreeningPolicy.defaults();
        private List<Finding> findings = List.of();
        private Duration budget;

        private Builder() {
        }

        /**
         * The time each context has, from when it is built; the policy's {@code detectorTimeout} by default. Zero
         * gives contexts whose deadline has passed.
         */
        public Builder timeBudget(Duration budget) {
            Objects.requireNonNull(budget, "budget");
            if (budget.isNegative()) {
                throw new IllegalArgumentException("budget must not be negative: " + budget);
            }
            this.budget = budget;
            return this;
        }

        /** Who the clients and staff are. Defaults to {@link ClientDirectory#EMPTY}. */
        public Builder directory(ClientDirectory directory) {
            this.directory = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /** What each person consented to. Defaults to a new, empty {@link InMemoryConsentStore} per context. */
        public Builder consents(ConsentStore consents) {
            this.consents = Objects.requireNonNull(consents, "consents");
            return this;
        }

        /** Clients' own public interactions. Defaults to {@link EngagementLog#EMPTY}. */
        public Builder engagements(EngagementLog engagements) {
            this.engagements = Objects.requireNonNull(engagements, "engagements");
            return this;
        }

        /** The policy. Defaults to {@link ScreeningPolicy#defaults()}. */
        public Builder policy(ScreeningPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** For rules: what the detectors and earlier rules found. Empty by default, as detectors see it. */
        public Builder findings(List<Finding> findings) {
            Objects.requireNonNull(findings, "findings");
            findings.forEach(f -> Objects.requireNonNull(f, "findings: element"));
            this.findings = List.copyOf(findings);
            return this;
        }

        /** A new context for {@code post}, with its own memo of shared values. */
        public ScreeningContext build(Post post) {
            Objects.requireNonNull(post, "post");
            long deadline = System.nanoTime() + (budget != null ? budget : policy.detectorTimeout()).toNanos();
            return new Context(post, policy, directory, consents != null ? consents : new InMemoryConsentStore(),
                    engagements, findings, deadline);
        }
    }

    private static final class Context implements ScreeningContext {
        private final Post post;
        private final ScreeningPolicy policy;
        private final ClientDirectory directory;
        private final ConsentStore consents;
        private final EngagementLog engagements;
        private final List<Finding> findings;
        private final SharedValues shared = new SharedValues();
        private final long deadline;

        Context(Post post, ScreeningPolicy policy, ClientDirectory directory, ConsentStore consents,
                EngagementLog engagements, List<Finding> findings, long deadline) {
            this.deadline = deadline;
            this.post = post;
            this.policy = policy;
            this.directory = directory;
            this.consents = consents;
            this.engagements = engagements;
            this.findings = findings;
        }

        @Override
        public Post post() {
            return post;
        }

        @Override
        public ScreeningPolicy policy() {
            return policy;
        }

        @Override
        public ClientDirectory directory() {
            return directory;
        }

        @Override
        public ConsentStore consents() {
            return consents;
        }

        @Override
        public EngagementLog engagements() {
            return engagements;
        }

        @Override
        public List<Finding> findings() {
            return findings;
        }

        @Override
        public Duration remaining() {
            return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
        }

        @Override
        public <T> T shared(SharedKey<T> key, Function<ScreeningContext, ? extends T> loader) {
            return shared.get(key, this, loader);
        }
    }

    /** Another context, its time spent. */
    private record Expired(ScreeningContext context) implements ScreeningContext {
        @Override
        public Post post() {
            return context.post();
        }

        @Override
        public ScreeningPolicy policy() {
            return context.policy();
        }

        @Override
        public ClientDirectory directory() {
            return context.directory();
        }

        @Override
        public ConsentStore consents() {
            return context.consents();
        }

        @Override
        public EngagementLog engagements() {
            return context.engagements();
        }

        @Override
        public ReferenceFaces referenceFaces() {
            return context.referenceFaces();
        }

        @Override
        public Organisation organisation() {
            return context.organisation();
        }

        @Override
        public List<Finding> findings() {
            return context.findings();
        }

        @Override
        public Duration remaining() {
            return Duration.ZERO;
        }

        @Override
        public <T> T shared(SharedKey<T> key, Function<ScreeningContext, ? extends T> loader) {
            return context.shared(key, loader);
        }
    }
}
