package org.privacyscreen.internal;

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

/** One screening's context. Shared values are computed once, by whichever detector asks first. */
final class Context implements ScreeningContext {
    private final Engine.Config config;
    private final Post post;
    private final SharedValues shared;
    private final List<Finding> findings;

    Context(Engine.Config config, Post post) {
        this(config, post, new SharedValues(), List.of());
    }

    private Context(Engine.Config config, Post post, SharedValues shared,
                    List<Finding> findings) {
        this.config = config;
        this.post = post;
        this.shared = shared;
        this.findings = findings;
    }

    /** The same screening as seen by a rule: with the findings so far. */
    Context withFindings(List<Finding> soFar) {
        return new Context(config, post, shared, List.copyOf(soFar));
    }

    @Override
    public Post post() {
        return post;
    }

    @Override
    public ScreeningPolicy policy() {
        return config.policy();
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
    public <T> T shared(SharedKey<T> key, Function<ScreeningContext, ? extends T> loader) {
        return shared.get(key, this, loader);
    }
}
