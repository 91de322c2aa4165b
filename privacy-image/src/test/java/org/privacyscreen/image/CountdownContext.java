package org.privacyscreen.image;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.privacyscreen.Finding;
import org.privacyscreen.Organisation;
import org.privacyscreen.Post;
import org.privacyscreen.ScreeningPolicy;
import org.privacyscreen.spi.ClientDirectory;
import org.privacyscreen.spi.ConsentStore;
import org.privacyscreen.spi.DeadlineExceededException;
import org.privacyscreen.spi.EngagementLog;
import org.privacyscreen.spi.ReferenceFaces;
import org.privacyscreen.spi.ScreeningContext;
import org.privacyscreen.spi.SharedKey;
import org.privacyscreen.spi.SharedValues;
import org.privacyscreen.testkit.TestContexts;

/**
 * A screening whose deadline passes at its {@code allowed + 1}-th check: the work between two checks is what a
 * screening past its deadline can still cost. Counts the checks. Its shared values are its own, closed by
 * {@link #close()} as the engine closes them when a screening ends.
 */
final class CountdownContext implements ScreeningContext, AutoCloseable {
    private final ScreeningContext base;
    private final int allowed;
    private final SharedValues shared = new SharedValues();
    private int checks;

    CountdownContext(Post post, int allowed) {
        this.base = TestContexts.of(post);
        this.allowed = allowed;
    }

    /** How many times the deadline was checked. */
    synchronized int checks() {
        return checks;
    }

    @Override
    public synchronized void checkDeadline() {
        checks++;
        if (checks > allowed) {
            throw new DeadlineExceededException("the test's deadline passed at check " + checks);
        }
    }

    @Override
    public synchronized Duration remaining() {
        return checks >= allowed ? Duration.ZERO : base.remaining();
    }

    @Override
    public <T> T shared(SharedKey<T> key, Function<ScreeningContext, ? extends T> loader) {
        return shared.get(key, this, loader);
    }

    @Override
    public void close() {
        shared.close();
    }

    @Override
    public Post post() {
        return base.post();
    }

    @Override
    public ScreeningPolicy policy() {
        return base.policy();
    }

    @Override
    public ClientDirectory directory() {
        return base.directory();
    }

    @Override
    public ConsentStore consents() {
        return base.consents();
    }

    @Override
    public EngagementLog engagements() {
        return base.engagements();
    }

    @Override
    public ReferenceFaces referenceFaces() {
        return base.referenceFaces();
    }

    @Override
    public Organisation organisation() {
        return base.organisation();
    }

    @Override
    public List<Finding> findings() {
        return base.findings();
    }
}
