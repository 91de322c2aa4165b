package org.privacyscreen.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.privacyscreen.Coverage;
import org.privacyscreen.DetectorInfo;
import org.privacyscreen.ErrorCode;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingType;
import org.privacyscreen.Location;
import org.privacyscreen.PluginProblem;
import org.privacyscreen.Post;
import org.privacyscreen.PostImage;
import org.privacyscreen.PrivacyScreenException;
import org.privacyscreen.ScreeningPolicy;
import org.privacyscreen.ScreeningReport;
import org.privacyscreen.Severity;
import org.privacyscreen.Verdict;
import org.privacyscreen.spi.AuditEvent;
import org.privacyscreen.spi.AuditSink;
import org.privacyscreen.spi.ClientDirectory;
import org.privacyscreen.spi.ConsentStore;
import org.privacyscreen.spi.DeadlineExceededException;
import org.privacyscreen.spi.Detector;
import org.privacyscreen.spi.DetectorProvider;
import org.privacyscreen.spi.EngagementLog;
import org.privacyscreen.spi.ImageDetector;
import org.privacyscreen.spi.ImageRemediator;
import org.privacyscreen.spi.ImageTextReader;
import org.privacyscreen.spi.PostRule;
import org.privacyscreen.spi.ReferenceFaces;
import org.privacyscreen.spi.TextDetector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A built screener: its detectors, rules and remediators in order, what failed to load, its threads. Screens posts
 * ({@link Screening} runs one), decides through the policy, records the decision and remediates. Immutable after
 * construction apart from {@link #close()}, and safe for concurrent use.
 */
public final class Engine implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);
    private static final Comparator<Registered> ORDER =
            Comparator.comparingInt((Registered r) -> r.detector().priority()).thenComparing(r -> r.detector().id());
    private static final List<Class<? extends Detector>> KINDS =
            List.of(TextDetector.class, ImageDetector.class, ImageTextReader.class, PostRule.class);
    /** The detector id of the findings that say what a screener could not check. */
    static final String COVERAGE = "coverage";

    /** What the builder hands the engine. */
    public record Config(ClientDirectory directory, ConsentStore consents, EngagementLog engagements, AuditSink audit,
                         ReferenceFaces referenceFaces, ScreeningPolicy policy, List<Detector> detectors,
                         List<DetectorProvider> providers, List<ImageRemediator> remediators, boolean discover,
                         ClassLoader classLoader, ExecutorService executor, int threads, int queueCapacity,
                         Set<Coverage> required) {
    }

    private record Registered(Detector detector, String source) {
        DetectorInfo info() {
            String kind = detector instanceof TextDetector ? "text" : detector instanceof ImageDetector ? "image"
                    : detector instanceof ImageTextReader ? "reader" : "rule";
            return new DetectorInfo(detector.id(), kind, detector.priority(), detector.getClass().getName(), source);
        }
    }

    private final Config config;
    private final List<Registered> registered;
    private final Map<Class<?>, List<Detector>> enabled = new HashMap<>();
    private final Map<String, Set<FindingType>> covers = new HashMap<>();
    private final Set<String> undeclared = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final List<Detector> closing = new ArrayList<>();
    private final List<ImageRemediator> remediators;
    private final List<PluginProblem> problems;
    private final List<Finding> unloaded;
    private final ScreeningPolicy remediationPolicy;
    private final Threads threads;
    private final AtomicInteger running = new AtomicInteger();
    private volatile boolean closed;

    public Engine(Config config) {
        this.config = config;
        List<PluginProblem> loadProblems = new ArrayList<>();
        List<Registered> all = new ArrayList<>();
        List<ImageRemediator> rem = new ArrayList<>(config.remediators());
        config.detectors().forEach(d -> all.add(new Registered(d, "explicit")));
        List<Plugins.Loaded> providers = new ArrayList<>();
        config.providers().forEach(p -> providers.add(new Plugins.Loaded(p, "explicit")));
        if (config.discover()) {
            providers.addAll(Plugins.discover(config.classLoader(), loadProblems));
        }
        Set<Class<?>> seenProviders = new HashSet<>();
        for (Plugins.Loaded p : providers) {
            if (!seenProviders.add(p.provider().getClass())) {
                continue; // the same provider registered explicitly and discovered
            }
            try {
                // take both lists before keeping either: a provider that half-fails is skipped whole
                List<Detector> detectors = List.copyOf(p.provider().detectors());
                List<ImageRemediator> remediators = List.copyOf(p.provider().remediators());
                detectors.forEach(d -> all.add(new Registered(d, p.source())));
                rem.addAll(remediators);
            } catch (RuntimeException | LinkageError e) {
                loadProblems.add(new PluginProblem(p.provider().getClass().getName(), p.source(), Plugins.reason(e)));
                LOG.warn("Skipped detector provider {}: {}", p.provider().getClass().getName(), Plugins.reason(e));
            }
        }
        checkIds(all);
        closing.addAll(all.stream().map(Registered::detector).toList());
        List<PluginProblem> found = new ArrayList<>(loadProblems);
        prepare(all, found);
        all.sort(ORDER);
        this.registered = List.copyOf(all);
        for (Class<? extends Detector> kind : KINDS) {
            enabled.put(kind, all.stream().map(Registered::detector)
                    .filter(d -> kind.isInstance(d) && config.policy().enabled(d.id())).toList());
        }
        for (Detector d : enabled.get(PostRule.class)) {
            Set<FindingType> declared = ((PostRule) d).covers();
            covers.put(d.id(), declared == null ? Set.of() : Set.copyOf(declared));
        }
        rem.sort(Comparator.comparing(ImageRemediator::id));
        this.remediators = List.copyOf(rem);
        this.problems = List.copyOf(found);
        this.unloaded = loadProblems.stream().map(p -> gap("The plugin " + p.provider()
                + " could not be loaded, so what it checks was not checked")).toList();
        this.remediationPolicy = forRemediation(config.policy());
        requireCoverage(config.required());
        this.threads = new Threads(config.executor(), config.threads(), config.queueCapacity(),
                config.classLoader());
    }

    private static void checkIds(List<Registered> all) {
        Map<String, Registered> byId = new HashMap<>();
        for (Registered r : all) {
            String id = r.detector().id();
            if (id == null || id.isBlank()) {
                throw new PrivacyScreenException(ErrorCode.CONFIGURATION,
                        "detector " + r.detector().getClass().getName() + " has no id");
            }
            if (KINDS.stream().noneMatch(k -> k.isInstance(r.detector()))) {
                throw new PrivacyScreenException(ErrorCode.CONFIGURATION, "detector " + id
                        + " is neither a TextDetector, an ImageDetector, an ImageTextReader nor a PostRule");
            }
            Registered prior = byId.putIfAbsent(id, r);
            if (prior != null) {
                throw new PrivacyScreenException(ErrorCode.CONFIGURATION, "duplicate detector id '" + id + "': "
                        + prior.detector().getClass().getName() + " (" + prior.source() + ") and "
                        + r.detector().getClass().getName() + " (" + r.source() + ")");
            }
        }
    }

    /** Prepares every detector; one that cannot be prepared is replaced by one that fails every post. */
    private static void prepare(List<Registered> all, List<PluginProblem> problems) {
        for (int i = 0; i < all.size(); i++) {
            Registered r = all.get(i);
            try {
                r.detector().prepare();
            } catch (RuntimeException | LinkageError e) {
                problems.add(new PluginProblem(r.detector().getClass().getName(), r.source(),
                        "detector " + r.detector().id() + " could not be prepared: " + Plugins.reason(e)));
                LOG.warn("Detector {} could not be prepared: {}", r.detector().id(), e.getClass().getName());
                all.set(i, new Registered(Unprepared.of(r.detector()), r.source()));
            }
        }
    }

    /** Refuses to build a screener that lacks what the host required. */
    private void requireCoverage(Set<Coverage> required) {
        List<String> missing = new ArrayList<>();
        if (required.contains(Coverage.TEXT) && detectors(TextDetector.class).isEmpty()) {
            missing.add("text: no text detector is installed and enabled");
        }
        if (required.contains(Coverage.IMAGES) && detectors(ImageDetector.class).isEmpty()) {
            missing.add("images: no image detector is installed and enabled");
        }
        if (required.contains(Coverage.PLUGINS)) {
            problems.forEach(p -> missing.add("plugins: " + p.provider() + " failed (" + p.reason() + ")"));
        }
        if (!missing.isEmpty()) {
            throw new PrivacyScreenException(ErrorCode.CONFIGURATION,
                    "the screener cannot check what it was required to: " + String.join("; ", missing));
        }
    }

    public List<DetectorInfo> detectors() {
        List<DetectorInfo> out = new ArrayList<>();
        for (Class<? extends Detector> kind : KINDS) {
            registered.stream().filter(r -> kind.isInstance(r.detector())).forEach(r -> out.add(r.info()));
        }
        return List.copyOf(out);
    }

    public List<PluginProblem> problems() {
        return problems;
    }

    public ScreeningPolicy policy() {
        return config.policy();
    }

    Config config() {
        return config;
    }

    Threads threads() {
        return threads;
    }

    /** How many detector, reader and rule calls of this screener are running now, on whatever thread. */
    AtomicInteger running() {
        return running;
    }

    /** The detectors of {@code kind} the policy enables, in run order. */
    @SuppressWarnings("unchecked")
    <T extends Detector> List<T> detectors(Class<T> kind) {
        return (List<T>) enabled.get(kind);
    }

    /** Logs, once per rule and type in this screener, that a rule covered a type it does not declare. */
    void undeclaredCover(String ruleId, FindingType type) {
        if (undeclared.add(ruleId + "/" + type)) {
            LOG.warn("Rule {} covered a {} finding, a type it does not declare in covers(); such covers are ignored",
                    ruleId, type);
        }
    }

    /** The finding types the rule {@code id} may cover. */
    Set<FindingType> covers(String id) {
        return covers.getOrDefault(id, Set.of());
    }

    /**
     * What this screener cannot check in {@code post}, as DETECTOR_FAILURE findings: text with no text detector,
     * photos with no image detector, plugins that failed to load. A post is never allowed on the silence of a check
     * that did not exist.
     */
    List<Finding> gaps(Post post) {
        List<Finding> out = new ArrayList<>(unloaded);
        if (!post.text().isBlank() && detectors(TextDetector.class).isEmpty()) {
            out.add(gap("No text detector is installed and enabled, so the text of this post was not checked for "
                    + "names, contact details, identifiers or health information"));
        }
        if (!post.images().isEmpty() && detectors(ImageDetector.class).isEmpty()) {
            out.add(gap("No image detector is installed and enabled, so the photos of this post were not checked "
                    + "for faces, documents, codes or metadata"));
        }
        return out;
    }

    private static Finding gap(String what) {
        return Finding.builder(FindingType.DETECTOR_FAILURE).detector(COVERAGE).confidence(1.0)
                .message(what + "; this post needs a person's review.").build();
    }

    public ScreeningReport screen(Post post) {
        checkOpen();
        checkLimits(post);
        Screening screening = new Screening(this, post);
        Screening.Judged judged;
        try {
            judged = screening.start().get();
        } catch (InterruptedException e) {
            screening.cancel();
            Thread.currentThread().interrupt();
            throw new PrivacyScreenException(ErrorCode.INTERNAL, "screening was interrupted");
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        }
        return decide(post, judged);
    }

    public CompletableFuture<ScreeningReport> screenAsync(Post post) {
        checkOpen();
        CompletableFuture<ScreeningReport> out = new CompletableFuture<>();
        Screening screening;
        try {
            checkLimits(post);
            screening = new Screening(this, post);
        } catch (PrivacyScreenException e) {
            out.completeExceptionally(e);
            return out;
        }
        screening.start().thenApplyAsync(judged -> decide(post, judged), threads.orCaller())
                .whenComplete((report, e) -> {
                    if (e == null) {
                        out.complete(report);
                    } else {
                        out.completeExceptionally(failure(e));
                    }
                });
        out.whenComplete((report, e) -> {
            if (out.isCancelled()) {
                screening.cancel();
            }
        });
        return out;
    }

    /** What a screening that failed throws: its own exception, or an INTERNAL one for a bug. */
    private static RuntimeException failure(Throwable t) {
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof PrivacyScreenException || t instanceof IllegalStateException) {
            return (RuntimeException) t;
        }
        LOG.error("Screening failed with {}", t.getClass().getName());
        return new PrivacyScreenException(ErrorCode.INTERNAL, "screening failed (" + t.getClass().getSimpleName() + ")",
                t);
    }

    /** The policy's decision on what the rules concluded; recorded in the audit trail before it is returned. */
    private ScreeningReport decide(Post post, Screening.Judged judged) {
        ScreeningPolicy policy = config.policy();
        List<Finding> decided = new ArrayList<>(judged.findings().size());
        for (Finding f : judged.findings()) {
            Severity s = policy.severityOf(f);
            if (f.type() == FindingType.DETECTOR_FAILURE && s.compareTo(Severity.MEDIUM) < 0) {
                s = Severity.MEDIUM;
            }
            if (s != Severity.OFF) {
                decided.add(s == f.severity() ? f : f.withSeverity(s));
            }
        }
        decided.sort(ScreeningReport.ORDER);
        Severity worst = decided.stream().map(Finding::severity).max(Comparator.naturalOrder()).orElse(Severity.LOW);
        Verdict verdict = Verdict.of(worst);
        List<Finding> acted = decided.stream()
                .filter(f -> !f.covered() && f.severity().atLeast(Severity.MEDIUM)).toList();
        String redacted = Redactor.redact(post.text(), acted);
        audit(post, verdict, decided);
        return ScreeningReport.builder(post.id(), verdict).findings(decided).redactedText(redacted)
                .remediation(() -> remediate(post, acted, redacted)).timings(new LinkedHashMap<>(judged.timings()))
                .consentsUsed(List.copyOf(judged.consentsUsed())).build();
    }

    /**
     * The remediated post: its text redacted, each image through every remediator in id order. Runs on the calling
     * thread within the policy's {@code remediationTimeout}, decoding the images afresh (the screening's decoded
     * images are long released) under the remediation pixel limit.
     */
    private Post remediate(Post post, List<Finding> acted, String redacted) {
        Post.Builder b = post.toBuilder().text(redacted);
        if (remediators.isEmpty() || post.images().isEmpty()) {
            return b.build();
        }
        long budget = remediationPolicy.detectorTimeout().toNanos();
        long deadline = System.nanoTime() + budget;
        List<PostImage> images = new ArrayList<>(post.images());
        Map<Integer, List<Finding>> byImage = acted.stream()
                .filter(f -> f.location() instanceof Location.Image)
                .collect(Collectors.groupingBy(f -> ((Location.Image) f.location()).image()));
        for (ImageRemediator r : remediators) {
            // each remediator sees its predecessors' work
            Context context = new Context(config, remediationPolicy, post.toBuilder().images(images).build(),
                    deadline);
            try {
                for (int i = 0; i < images.size(); i++) {
                    if (System.nanoTime() - deadline >= 0) {
                        throw new DeadlineExceededException("remediation ran out of time ("
                                + remediationPolicy.detectorTimeout().toMillis() + " ms)");
                    }
                    PostImage done = r.remediate(context, i, byImage.getOrDefault(i, List.of()));
                    if (done == null) {
                        throw new PrivacyScreenException(ErrorCode.INTERNAL,
                                "image remediator " + r.id() + " returned no image for images[" + i + "]");
                    }
                    images.set(i, done);
                }
            } catch (PrivacyScreenException e) {
                throw e;
            } catch (RuntimeException e) {
                // the class only: the message may quote what the remediator was looking at
                LOG.warn("Image remediator {} failed with {}", r.id(), e.getClass().getName());
                throw new PrivacyScreenException(ErrorCode.INTERNAL,
                        "image remediator " + r.id() + " failed (" + e.getClass().getSimpleName() + ")");
            } finally {
                context.release();
            }
        }
        return b.images(images).build();
    }

    /** {@code policy} as remediators see it: the remediation budget, and its pixel limit as the image limit. */
    private static ScreeningPolicy forRemediation(ScreeningPolicy policy) {
        ScreeningPolicy.Limits l = policy.limits();
        return new ScreeningPolicy(policy.severities(), policy.disabledDetectors(), policy.minConfidence(),
                policy.coolingOffDays(), policy.remediationTimeout(),
                new ScreeningPolicy.Limits(Math.min(l.maxImagePixels(), l.maxRemediationPixels()), l.maxImageBytes(),
                        l.maxTextChars(), l.maxRemediationPixels()), policy.remediationTimeout());
    }

    /**
     * Records the decision. A sink that fails fails the screening (AUDIT_FAILED): a decision that is not on record
     * is not handed out.
     */
    private void audit(Post post, Verdict verdict, List<Finding> decided) {
        String types = decided.stream().map(f -> f.type() + "/" + f.severity()).distinct()
                .collect(Collectors.joining(","));
        AuditEvent event = new AuditEvent(Instant.now(), "screened", Optional.of(post.id()), Optional.empty(),
                Optional.empty(), "verdict=" + verdict + " findings=" + types);
        try {
            config.audit().record(event);
        } catch (RuntimeException e) {
            LOG.warn("Audit sink {} failed with {}", config.audit().getClass().getName(), e.getClass().getName());
            throw new PrivacyScreenException(ErrorCode.AUDIT_FAILED, "the audit sink failed ("
                    + e.getClass().getSimpleName() + "), so the decision was not recorded and no report is given");
        }
    }

    private void checkLimits(Post post) {
        ScreeningPolicy.Limits limits = config.policy().limits();
        if (post.text().length() > limits.maxTextChars()) {
            throw new PrivacyScreenException(ErrorCode.TEXT_TOO_LONG, "text: " + post.text().length()
                    + " characters, over the limit of " + limits.maxTextChars());
        }
        for (int i = 0; i < post.images().size(); i++) {
            PostImage im = post.images().get(i);
            if (im.size() > limits.maxImageBytes()) {
                // the index, never the file name: a name can carry a patient's
                throw new PrivacyScreenException(ErrorCode.IMAGE_TOO_LARGE, "images[" + i + "]: " + im.size()
                        + " bytes, over the limit of " + limits.maxImageBytes());
            }
            if (im.size() == 0) {
                throw new PrivacyScreenException(ErrorCode.IMAGE_INVALID, "images[" + i + "]: the file is empty");
            }
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the screener is closed");
        }
    }

    /**
     * Stops this screener's own threads (what runs has the policy's budget to finish) and closes every detector,
     * unless a call still runs past that (one deaf to interrupts): closing a model under it could crash the JVM, so
     * the detectors are then left open, with a warning. Idempotent.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        long grace = config.policy().detectorTimeout().toNanos();
        long until = System.nanoTime() + grace;
        threads.close(config.policy().detectorTimeout());
        try {
            while (running.get() > 0 && System.nanoTime() - until < 0) {
                Thread.sleep(10);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (running.get() > 0) {
            LOG.warn("{} detector call(s) still run past the deadline; the detectors are left open",
                    running.get());
            return;
        }
        for (Detector d : closing) {
            try {
                d.close();
            } catch (RuntimeException | LinkageError e) {
                LOG.warn("Closing detector {} failed with {}", d.id(), e.getClass().getName());
            }
        }
    }
}
