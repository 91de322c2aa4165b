package org.privacyscreen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
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
 * try (Screener screener = Screener.builder()
 *         .clientDirectory(crm)
 *         .consents(consentStore)
 *         .policy(ScreeningPolicy.defaults())
 *         .build()) {
 *     ScreeningReport report = screener.screen(post);
 * }
 * }</pre>
 *
 * <p><b>Thread safety:</b> a built {@code Screener} is immutable and safe to share: build it once and call
 * {@link #screen} or {@link #screenAsync} from any number of threads at once.
 *
 * <p><b>Threads and time:</b> detectors and rules run on the screener's own pool (as many daemon threads as the
 * machine has cores, ending after a minute idle, and a bounded queue) unless the builder is given an executor. One
 * post has one time budget, the policy's {@code detectorTimeout}, for all its detectors, readers and rules: what
 * still runs at the deadline is interrupted and reported as DETECTOR_FAILURE, so {@code screen()} returns about then
 * at the latest. When the queue is full, {@code screen()} throws {@code OVERLOADED} at once rather than queue
 * without bound.
 *
 * <p><b>Fail closed:</b> a post is never allowed on the silence of a check that failed, ran out of time or is not
 * installed: text with no text detector, photos with no image detector and plugins that failed to load each add a
 * DETECTOR_FAILURE finding (at least REVIEW) that says what was not checked. Hosts that would rather not build such
 * a screener at all ask for it with {@link Builder#requireCoverage} or {@link Builder#strict()}.
 *
 * <p><b>Closing:</b> {@link #close()} stops the screener's own threads and closes its detectors; do it when a
 * plugin's class loader is to be dropped (a redeployed web application, say). A screener that is never closed
 * holds nothing for long: its idle threads end by themselves.
 */
public final class Screener implements AutoCloseable {
    private final Engine engine;

    private Screener(Engine engine) {
        this.engine = engine;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Screens {@code post}, waiting for the verdict on the calling thread.
     *
     * @throws PrivacyScreenException with a bad-input code when the post is over the policy's limits or holds an
     *                                image that cannot be read; {@code OVERLOADED} when the screener's queue is
     *                                full; {@code AUDIT_FAILED} when the audit sink could not record the decision;
     *                                {@code INTERNAL} when the calling thread is interrupted
     * @throws IllegalStateException  when the screener is closed
     */
    public ScreeningReport screen(Post post) {
        return engine.screen(Objects.requireNonNull(post, "post"));
    }

    /**
     * Screens {@code post} on the screener's threads; the calling thread does not wait. The future completes with the
     * report, or fails with the {@link PrivacyScreenException} {@link #screen} would throw (bad input included);
     * cancelling it stops the screening. Dependent stages without an executor of their own run on the screener's
     * threads: keep them short, and never call {@link #screen} from one (use {@code thenCompose(screenAsync)}).
     *
     * @throws IllegalStateException when the screener is closed
     */
    public CompletableFuture<ScreeningReport> screenAsync(Post post) {
        return engine.screenAsync(Objects.requireNonNull(post, "post"));
    }

    /** The detectors and rules this screener runs, in run order. */
    public List<DetectorInfo> detectors() {
        return engine.detectors();
    }

    /**
     * Providers that failed to load and detectors that could not be prepared. Every post this screener screens while
     * a provider is missing gets a DETECTOR_FAILURE finding naming it.
     */
    public List<PluginProblem> problems() {
        return engine.problems();
    }

    public ScreeningPolicy policy() {
        return engine.policy();
    }

    /**
     * Stops the screener's own threads (letting what runs finish within the policy's {@code detectorTimeout}) and
     * calls {@link Detector#close()} on each detector and rule. Call it once the last screening has returned; later
     * calls to {@link #screen} throw {@link IllegalStateException}. A host's executor stays the host's. Idempotent.
     */
    @Override
    public void close() {
        engine.close();
    }

    /** Builds a {@link Screener}; each call validates its argument. Not thread-safe. */
    public static final class Builder {
        /** Tasks the screener's own pool queues before it refuses more with {@code OVERLOADED}, by default. */
        public static final int DEFAULT_QUEUE_CAPACITY = 1024;

        private ClientDirectory directory = ClientDirectory.EMPTY;
        private ConsentStore consents;
        private EngagementLog engagements = EngagementLog.EMPTY;
        private AuditSink audit = AuditSink.NONE;
        private ReferenceFaces referenceFaces = ReferenceFaces.EMPTY;
        private ScreeningPolicy policy = ScreeningPolicy.defaults();
        private final List<Detector> detectors = new ArrayList<>();
        private final List<DetectorProvider> providers = new ArrayList<>();
        private final List<ImageRemediator> remediators = new ArrayList<>();
        private final Set<Coverage> required = EnumSet.noneOf(Coverage.class);
        private boolean discover = true;
        private ClassLoader classLoader;
        private ExecutorService executor;
        private int threads = Runtime.getRuntime().availableProcessors();
        private int queueCapacity = DEFAULT_QUEUE_CAPACITY;

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

        /**
         * Where every decision is recorded. A sink that throws makes {@code screen()} throw {@code AUDIT_FAILED}: a
         * decision that is not on record is not given out.
         */
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

        /**
         * The executor detectors and rules run on, instead of the screener's own pool; the host keeps ownership
         * ({@link Screener#close()} does not stop it). A task it refuses makes the screening fail with
         * {@code OVERLOADED}. The screener never blocks one of its threads waiting for another. It must run tasks on
         * threads of its own: one that runs them on the submitting thread (a caller-runs policy, a direct executor)
         * would run detectors on the screener's timer and defeat the deadline.
         */
        public Builder executor(ExecutorService executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /** Threads of the screener's own pool; by default as many as the machine has cores. */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1: " + threads);
            }
            this.threads = threads;
            return this;
        }

        /**
         * Tasks (one per detector and image of a post, one per rule) the screener's own pool queues before
         * {@code screen()} fails with {@code OVERLOADED}; {@value #DEFAULT_QUEUE_CAPACITY} by default.
         */
        public Builder queueCapacity(int tasks) {
            if (tasks < 1) {
                throw new IllegalArgumentException("queueCapacity must be at least 1: " + tasks);
            }
            this.queueCapacity = tasks;
            return this;
        }

        /**
         * Makes {@link #build()} refuse, with a {@code CONFIGURATION} error naming what is missing, a screener that
         * cannot check {@code coverage}. Without it such a screener builds, and each post it cannot check fully is
         * at least REVIEW.
         */
        public Builder requireCoverage(Coverage... coverage) {
            Objects.requireNonNull(coverage, "coverage");
            Arrays.stream(coverage).forEach(c -> required.add(Objects.requireNonNull(c, "coverage: element")));
            return this;
        }

        /** Requires every {@link Coverage}: text and image detectors installed and enabled, and no plugin problem. */
        public Builder strict() {
            return requireCoverage(Coverage.values());
        }

        /**
         * Builds the screener: discovers providers, prepares detectors, orders them by priority then id.
         *
         * @throws PrivacyScreenException ({@code CONFIGURATION}) when two detectors share an id, or when a coverage
         *                                the host required is missing
         */
        public Screener build() {
            ClassLoader cl = classLoader != null ? classLoader : Thread.currentThread().getContextClassLoader();
            return new Screener(new Engine(new Engine.Config(directory,
                    consents != null ? consents : new InMemoryConsentStore(), engagements, audit, referenceFaces, policy,
                    List.copyOf(detectors), List.copyOf(providers), List.copyOf(remediators), discover,
                    cl != null ? cl : Screener.class.getClassLoader(), executor, threads, queueCapacity,
                    Set.copyOf(required))));
        }
    }
}
