package org.privacyscreen.internal;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.privacyscreen.Finding;
import org.privacyscreen.Post;
import org.privacyscreen.ScreeningPolicy;
import org.privacyscreen.spi.ClientDirectory;
import org.privacyscreen.spi.ConsentStore;
import org.privacyscreen.spi.EngagementLog;
import org.privacyscreen.spi.ReferenceFaces;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.spi.SharedKey;
import org.privacyscreen.spi.SharedValues;

/**
 * One screening's (or one remediation's) context. Shared values are computed once, by whichever detector asks
 * first, and released by {@link #release()}.
 */
final class Context implements ScreeningContext {
    private final Engine.Config config;
    private final ScreeningPolicy policy;
    private final Post post;
    private final SharedValues shared;
    private final List<Finding> findings;
    private final long deadline;

    /**
     * @param deadline when the budget ends, in {@link System#nanoTime()}
     */
    Context(Engine.Config config, ScreeningPolicy policy, Post post, long deadline) {
        this(config, policy, post, new SharedValues(), List.of(), deadline);
    }

    private Context(Engine.Config config, ScreeningPolicy policy, Post post, SharedValues shared,
                    List<Finding> findings, long deadline) {
        this.config = config;
        this.policy = policy;
        this.post = post;
        this.shared = shared;
        this.findings = findings;
        this.deadline = deadline;
    }

    /** The same screening as seen by a rule: with the findings so far. */
    Context withFindings(List<Finding> soFar) {
        return new Context(config, policy, post, shared, List.copyOf(soFar), deadline);
    }

    /** Drops the shared values, closing those that hold resources; for when no detector of it runs any more. */
    void release() {
        shared.close();
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
        return config.directory();
    }

    @Override
    public ConsentStore consents() {
        return config.consents();
    }

    @Override
    public EngagementLog engagements() {
        return config.engagements();
    }

    @Override
    public ReferenceFaces referenceFaces() {
        return config.referenceFaces();
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
