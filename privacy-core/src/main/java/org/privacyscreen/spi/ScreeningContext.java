package org.privacyscreen.spi;

import java.util.List;
import java.util.function.Function;
import org.privacyscreen.Finding;
import org.privacyscreen.Organisation;
import org.privacyscreen.Post;
import org.privacyscreen.ScreeningPolicy;

/**
 * What a detector or rule sees of one screening: the post, the policy, the host's look-ups, values shared among
 * the post's detectors and, for rules, the findings so far.
 *
 * <p>The engine makes one context per {@code screen()} call and hands it to every detector of the post, on their
 * pool threads at once, then to each rule (with {@link #findings()} filled in); it is safe to use from all of them.
 * Do not keep a context, or anything taken from it, beyond the call it was given to: the next post has its own. In
 * tests, {@code privacy-testkit}'s {@code TestContexts} makes contexts that behave the same way.
 */
public interface ScreeningContext {
    /**
     * The post being screened.
     *
     * @return the post, an immutable value
     */
    Post post();

    /**
     * The policy of this screening: severities, disabled detectors, thresholds, time budget, limits.
     *
     * @return the policy
     */
    ScreeningPolicy policy();

    /**
     * Who the practice's clients and staff are; read concurrently.
     *
     * @return the host's directory
     */
    ClientDirectory directory();

    /**
     * What each person consented to; read concurrently. Detectors and rules read it; recording a use is the host's
     * job, after publication.
     *
     * @return the host's consent store
     */
    ConsentStore consents();

    /**
     * Clients' own public interactions with the practice; read concurrently.
     *
     * @return the host's engagement log
     */
    EngagementLog engagements();

    /**
     * Reference photos of people's faces, for detectors that can tell who a face is; empty unless the host gave them.
     *
     * @return the host's reference faces
     */
    default ReferenceFaces referenceFaces() {
        return ReferenceFaces.EMPTY;
    }

    /**
     * The practice's own details: its phone numbers, addresses, handles, which are expected in its posts.
     *
     * @return the directory's organisation
     */
    default Organisation organisation() {
        return directory().organisation();
    }

    /**
     * The value for {@code key} in this screening, computed by {@code loader} the first time any detector or rule
     * asks and shared after that: the normalised text, a decoded image. The loader runs on the first caller's thread;
     * concurrent callers wait for that one computation. If it throws, that caller and every later one get the same
     * exception. Values live as long as the screening; they must not be changed by those who read them.
     *
     * @param key    the value's name, held in a {@code static final} field (keys compare by identity)
     * @param loader computes the value from this context
     * @param <T>    the value's type
     * @return the value
     */
    <T> T shared(SharedKey<T> key, Function<ScreeningContext, ? extends T> loader);

    /**
     * For rules: what the detectors and the rules before this one found, merged, with what earlier rules covered.
     *
     * @return the findings so far; empty for detectors
     */
    List<Finding> findings();
}
