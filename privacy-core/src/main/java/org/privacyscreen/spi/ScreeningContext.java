package org.privacyscreen.spi;

import java.util.List;
import java.util.function.Function;
import org.privacyscreen.Finding;
import org.privacyscreen.Organisation;
import org.privacyscreen.Post;
import org.privacyscreen.ScreeningPolicy;

/**
 * What a detector or rule sees of one screening: the post, the policy, the host's look-ups, values shared among
 * the post's detectors and, for rules, the findings so far. One context per screening; safe to use from the
 * detectors' threads.
 */
public interface ScreeningContext {
    Post post();

    ScreeningPolicy policy();

    ClientDirectory directory();

    ConsentStore consents();

    EngagementLog engagements();

    /** The practice's own details. */
    default Organisation organisation() {
        return directory().organisation();
    }

    /**
     * The value for {@code key} in this screening, computed by {@code loader} the first time any detector asks and
     * shared after that; concurrent callers wait for the one computation. If it throws, every caller gets that
     * exception.
     */
    <T> T shared(SharedKey<T> key, Function<ScreeningContext, ? extends T> loader);

    /** For rules: what detectors and earlier rules found. Empty for detectors. */
    List<Finding> findings();
}
