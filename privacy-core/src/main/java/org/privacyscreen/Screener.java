package org.privacyscreen;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import org.privacyscreen.internal.Engine;
import org.privacyscreen.spi.AuditSink;
import org.privacyscreen.spi.ClientDirectory;
import org.privacyscreen.spi.ConsentStore;
import org.privacyscreen.spi.Detector;
import org.privacyscreen.spi.DetectorProvider;
import org.privacyscreen.spi.EngagementLog;
import org.privacyscreen.spi.ImageRemediator;
import org.privacyscreen.spi.ReferenceFaces;

/**
 * Screens posts: runs every detector, applies the post rules, decides through the policy and remediates.
 *
 * <pre>{@code
 * Screener screener = Screener.builder()
 *     .clientDirectory(crm)
 *     .consents(consentStore)
 *     .policy(ScreeningPolicy.defaults())
 *     .build();
 * ScreeningReport report = screener.screen(post);
 * }</pre>
 *
 * <p><b>Thread safety:</b> a built {@code Screener} is immutable and safe to share: build it once and call
 * {@link #screen} from any number of threads at once. Detectors run on a shared pool of daemon threads unless the
 * builder is given an executor.
 */
public final class Screener {
    private final Engine engine;

    private Screener(Engine engine) {
        this.engine = engine;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Screens {@code post}.
     *
     * @throws PrivacyScreenException with a bad-input code when the post is over the policy's limits or holds an
     *                                image that cannot be read
     */
    public ScreeningReport screen(Post post) {
        return engine.screen(Objects.requireNonNull(post, "post"));
    }

    /** The detectors and rules this screener runs, in run order. */
    public List<DetectorInfo> detectors() {
        return engine.detectors();
    }

    /** Providers that failed to load and were skipped. */
    public List<PluginProblem> problems() {
        return engine.problems();
    }

    public ScreeningPolicy policy() {
        return engine.policy();
    }

    /** Builds a {@link Screener}; each call validates its argument. Not thread-safe. */
    public static final class Builder {
        private ClientDirectory directory = ClientDirectory.EMPTY;
        private ConsentStore consents;
        private EngagementLog engagements = EngagementLog.EMPTY;
        private AuditSink audit = AuditSink.NONE;
        private ReferenceFaces referenceFaces = ReferenceFaces.EMPTY;
        private ScreeningPolicy policy = ScreeningPolicy.defaults();
        private final List<Detector> detectors = new ArrayList<>();
        private final List<DetectorProvider> providers = new ArrayList<>();
        private final List<ImageRemediator> remediators = new ArrayList<>();
        private boolean discover = true;
        private ClassLoader classLoader;
        private ExecutorService executor;

        private Builder() {
        }

        /** Who the clients and staff are, and the practice's own details. */
        public Builder clientDirectory(ClientDirectory directory) {
            this.directory = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /** What each person consented to. Defaults to an empty in-memory store. */
        public Builder consents(ConsentStore consents) {
            this.consents = Objects.requireNonNull(consents, "consents");
            return this;
        }

        public Builder engagements(EngagementLog engagements) {
            this.engagements = Objects.requireNonNull(engagements, "engagements");
            return this;
        }

        /** Where every decision is recorded. */
        public Builder audit(AuditSink audit) {
            this.audit = Objects.requireNonNull(audit, "audit");
            return this;
        }

        /**
         * Reference photos of the faces of people who consent to be pictured, so that a face detector that can
         * recognise faces covers a consenting subject's face and never a stranger's. None by default.
         */
        public Builder referenceFaces(ReferenceFaces referenceFaces) {
            this.referenceFaces = Objects.requireNonNull(referenceFaces, "referenceFaces");
            return this;
        }

        public Builder policy(ScreeningPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** Registers a detector or rule explicitly, in addition to any discovered. */
        public Builder detector(Detector detector) {
            this.detectors.add(Objects.requireNonNull(detector, "detector"));
            return this;
        }

        /** Registers a provider explicitly, in addition to any discovered. */
        public Builder provider(DetectorProvider provider) {
            this.providers.add(Objects.requireNonNull(provider, "provider"));
            return this;
        }

        public Builder remediator(ImageRemediator remediator) {
            this.remediators.add(Objects.requireNonNull(remediator, "remediator"));
            return this;
        }

        /** Whether to find providers with {@link java.util.ServiceLoader}; on by default. */
        public Builder discover(boolean discover) {
            this.discover = discover;
            return this;
        }

        /** The class loader to discover providers in (plugins); defaults to the thread's context class loader. */
        public Builder classLoader(ClassLoader classLoader) {
            this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
            return this;
        }

        /** The executor detectors run on; the host keeps ownership. Defaults to a shared daemon pool. */
        public Builder executor(ExecutorService executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /**
         * Builds the screener: discovers providers, orders detectors by priority then id.
         *
         * @throws PrivacyScreenException ({@code CONFIGURATION}) when two detectors share an id
         */
        public Screener build() {
            ClassLoader cl = classLoader != null ? classLoader : Thread.currentThread().getContextClassLoader();
            return new Screener(new Engine(new Engine.Config(directory,
                    consents != null ? consents : new InMemoryConsentStore(), engagements, audit, referenceFaces, policy,
                    List.copyOf(detectors), List.copyOf(providers), List.copyOf(remediators), discover,
                    cl != null ? cl : Screener.class.getClassLoader(), executor)));
        }
    }
}
