package org.privacyscreen.testkit;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.privacyscreen.Finding;
import org.privacyscreen.Post;
import org.privacyscreen.ScreeningPolicy;
import org.privacyscreen.spi.ClientDirectory;
import org.privacyscreen.spi.ConsentStore;
import org.privacyscreen.spi.EngagementLog;
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
 * context, concurrent callers wait for that one computation, and a loader's exception reaches every caller. A
 * context is safe to use from many threads.
 */
public final class TestContexts {
    private TestContexts() {
    }

    /** A context for {@code post} with an empty directory, consent store and engagement log and the default policy. */
    public static ScreeningContext of(Post post) {
        return builder().build(post);
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

        private Builder() {
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
            return new Context(post, policy, directory, consents != null ? consents : new InMemoryConsentStore(),
                    engagements, findings);
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

        Context(Post post, ScreeningPolicy policy, ClientDirectory directory, ConsentStore consents,
                EngagementLog engagements, List<Finding> findings) {
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
        public <T> T shared(SharedKey<T> key, Function<ScreeningContext, ? extends T> loader) {
            return shared.get(key, this, loader);
        }
    }
}
