package org.privacyscreen.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
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
import org.privacyscreen.spi.Detector;
import org.privacyscreen.spi.DetectorProvider;
import org.privacyscreen.spi.EngagementLog;
import org.privacyscreen.spi.ImageDetector;
import org.privacyscreen.spi.ImageRemediator;
import org.privacyscreen.spi.ImageTextReader;
import org.privacyscreen.spi.ReadText;
import org.privacyscreen.spi.ReferenceFaces;
import org.privacyscreen.spi.PostRule;
import org.privacyscreen.spi.RuleResult;
import org.privacyscreen.spi.TextDetector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one screening: detectors concurrently under their time budget, merge, rules in order, the policy, redaction,
 * remediation, audit. Immutable after construction and safe for concurrent use.
 */
public final class Engine {
    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);
    private static final Comparator<Registered> ORDER =
            Comparator.comparingInt((Registered r) -> r.detector().priority()).thenComparing(r -> r.detector().id());

    /** What the builder hands the engine. */
    public record Config(ClientDirectory directory, ConsentStore consents, EngagementLog engagements, AuditSink audit,
                         ReferenceFaces referenceFaces, ScreeningPolicy policy, List<Detector> detectors,
                         List<DetectorProvider> providers, List<ImageRemediator> remediators, boolean discover,
                         ClassLoader classLoader, ExecutorService executor) {
    }

    private record Registered(Detector detector, String source) {
        DetectorInfo info() {
            String kind = detector instanceof TextDetector ? "text" : detector instanceof ImageDetector ? "image"
                    : detector instanceof ImageTextReader ? "reader" : "rule";
            return new DetectorInfo(detector.id(), kind, detector.priority(), detector.getClass().getName(), source);
        }
    }

    private final Config config;
    private final List<Registered> textDetectors;
    private final List<Registered> imageDetectors;
    private final List<Registered> readers;
    private final List<Registered> rules;
    private final List<ImageRemediator> remediators;
    private final List<PluginProblem> problems;
    private final ExecutorService executor;

    public Engine(Config config) {
        this.config = config;
        List<PluginProblem> found = new ArrayList<>();
        List<Registered> all = new ArrayList<>();
        List<ImageRemediator> rem = new ArrayList<>(config.remediators());
        config.detectors().forEach(d -> all.add(new Registered(d, "explicit")));
        List<Plugins.Loaded> providers = new ArrayList<>();
        config.providers().forEach(p -> providers.add(new Plugins.Loaded(p, "explicit")));
        if (config.discover()) {
            providers.addAll(Plugins.discover(config.classLoader(), found));
        }
        Set<Class<?>> seenProviders = new java.util.HashSet<>();
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
                found.add(new PluginProblem(p.provider().getClass().getName(), p.source(), Plugins.reason(e)));
                LOG.warn("Skipped detector provider {}: {}", p.provider().getClass().getName(), Plugins.reason(e));
            }
        }
        Map<String, Registered> byId = new HashMap<>();
        for (Registered r : all) {
            String id = r.detector().id();
            if (id == null || id.isBlank()) {
                throw new PrivacyScreenException(ErrorCode.CONFIGURATION,
                        "detector " + r.detector().getClass().getName() + " has no id");
            }
            if (!(r.detector() instanceof TextDetector || r.detector() instanceof ImageDetector
                    || r.detector() instanceof ImageTextReader || r.detector() instanceof PostRule)) {
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
        prepare(all, found);
        all.sort(ORDER);
        this.textDetectors = all.stream().filter(r -> r.detector() instanceof TextDetector).toList();
        this.imageDetectors = all.stream().filter(r -> r.detector() instanceof ImageDetector).toList();
        this.readers = all.stream().filter(r -> r.detector() instanceof ImageTextReader).toList();
        this.rules = all.stream().filter(r -> r.detector() instanceof PostRule).toList();
        rem.sort(Comparator.comparing(ImageRemediator::id));
        this.remediators = List.copyOf(rem);
        this.problems = List.copyOf(found);
        this.executor = config.executor() != null ? config.executor() : SharedPool.INSTANCE;
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

    public List<DetectorInfo> detectors() {
        List<DetectorInfo> out = new ArrayList<>();
        textDetectors.forEach(r -> out.add(r.info()));
        imageDetectors.forEach(r -> out.add(r.info()));
        readers.forEach(r -> out.add(r.info()));
        rules.forEach(r -> out.add(r.info()));
        return List.copyOf(out);
    }

    public List<PluginProblem> problems() {
        return problems;
    }

    public ScreeningPolicy policy() {
        return config.policy();
    }

    public ScreeningReport screen(Post post) {
        ScreeningPolicy policy = config.policy();
        checkLimits(post, policy);
        Context context = new Context(config, post);
        Map<String, Long> nanos = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>();

        detect(context, post, findings, nanos);
        findings.removeIf(f -> f.confidence() < policy.minConfidence() && f.type() != FindingType.DETECTOR_FAILURE);
        findings = Merger.merge(post.text(), findings);

        java.util.SortedSet<String> consentsUsed = new java.util.TreeSet<>();
        for (Registered r : rules) {
            if (!policy.enabled(r.detector().id())) {
                continue;
            }
            Context ruleContext = context.withFindings(findings);
            PostRule rule = (PostRule) r.detector();
            Outcome<RuleResult> out = run(r.detector().id(), () -> rule.apply(ruleContext), policy);
            nanos.merge(r.detector().id(), out.nanos(), Long::sum);
            if (out.badInput() != null) {
                throw out.badInput();
            }
            if (out.failure() != null) {
                findings.add(out.failure());
                continue;
            }
            RuleResult result = out.value() == null ? RuleResult.NONE : out.value();
            String bad = invalid(post, result.added());
            if (bad != null) {
                findings.add(failure(r.detector().id(), bad));
                continue;
            }
            List<Finding> next = new ArrayList<>(findings.size() + result.added().size());
            for (Finding f : findings) {
                String reason = result.covered().get(f);
                next.add(reason == null || f.type() == FindingType.DETECTOR_FAILURE ? f
                        : f.coveredBy(reason, java.util.Optional.ofNullable(result.coveringConsents().get(f))));
            }
            consentsUsed.addAll(result.consentsUsed());
            result.added().forEach(f -> next.add(f.withDetector(r.detector().id())));
            findings = next;
        }

        List<Finding> decided = new ArrayList<>(findings.size());
        for (Finding f : findings) {
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
        Map<String, Duration> timings = new LinkedHashMap<>();
        nanos.forEach((id, n) -> timings.put(id, Duration.ofNanos(n)));
        audit(post, verdict, decided);
        return ScreeningReport.builder(post.id(), verdict).findings(decided).redactedText(redacted)
                .remediation(() -> remediate(context, post, acted, redacted)).timings(timings)
                .consentsUsed(List.copyOf(consentsUsed)).build();
    }

    private void detect(Context context, Post post, List<Finding> findings, Map<String, Long> nanos) {
        ScreeningPolicy policy = config.policy();
        long deadline = System.nanoTime() + policy.detectorTimeout().toNanos();
        List<Job<List<Finding>>> jobs = new ArrayList<>();
        List<Job<List<ReadText>>> reading = new ArrayList<>();
        if (!post.text().isEmpty()) {
            jobs.addAll(textJobs(context));
        }
        for (int i = 0; i < post.images().size(); i++) {
            int image = i;
            for (Registered r : imageDetectors) {
                if (policy.enabled(r.detector().id())) {
                    ImageDetector d = (ImageDetector) r.detector();
                    jobs.add(new Job<>(d.id(), image, executor.submit(() -> Timed.of(() -> d.detect(context, image)))));
                }
            }
            for (Registered r : readers) {
                if (policy.enabled(r.detector().id())) {
                    ImageTextReader d = (ImageTextReader) r.detector();
                    reading.add(new Job<>(d.id(), image, executor.submit(() -> Timed.of(() -> d.read(context, image)))));
                }
            }
        }
        List<Job<?>> all = new ArrayList<>(jobs);
        all.addAll(reading);
        try {
            collect(post, jobs, deadline, findings, nanos);
            Map<Integer, List<ReadText>> read = new java.util.TreeMap<>();
            for (Job<List<ReadText>> job : reading) {
                Outcome<List<ReadText>> out = await(job.id(), job.future(), deadline);
                nanos.merge(job.id(), out.nanos(), Long::sum);
                String bad = out.failure() == null ? invalidLines(post, job.image(), out.value()) : null;
                if (out.failure() != null || bad != null) {
                    findings.add(out.failure() != null ? out.failure() : failure(job.id(), bad));
                } else {
                    read.computeIfAbsent(job.image(), k -> new ArrayList<>()).addAll(out.value());
                }
            }
            // an image with nothing legible gives an empty list: there is no text to screen
            read.values().removeIf(List::isEmpty);
            read.forEach((image, lines) -> screenReadText(context, lines, deadline, findings, nanos));
        } catch (RuntimeException e) {
            all.forEach(j -> j.future().cancel(true));
            throw e;
        }
    }

    private List<Job<List<Finding>>> textJobs(Context context) {
        List<Job<List<Finding>>> jobs = new ArrayList<>();
        for (Registered r : textDetectors) {
            if (config.policy().enabled(r.detector().id())) {
                TextDetector d = (TextDetector) r.detector();
                jobs.add(new Job<>(d.id(), -1, executor.submit(() -> Timed.of(() -> d.detect(context)))));
            }
        }
        return jobs;
    }

    /** Awaits every job; adds their findings, or a failure for each that failed; rethrows the first bad input. */
    private void collect(Post post, List<Job<List<Finding>>> jobs, long deadline, List<Finding> findings,
                         Map<String, Long> nanos) {
        RuntimeException badInput = null;
        for (Job<List<Finding>> job : jobs) {
            Outcome<List<Finding>> out = await(job.id(), job.future(), deadline);
            nanos.merge(job.id(), out.nanos(), Long::sum);
            if (out.badInput() != null) {
                badInput = badInput == null ? out.badInput() : badInput;
                continue;
            }
            if (out.failure() != null) {
                findings.add(out.failure());
                continue;
            }
            String bad = out.value() == null ? "returned null" : invalid(post, out.value());
            if (bad != null) {
                findings.add(failure(job.id(), bad));
                continue;
            }
            out.value().forEach(f -> findings.add(f.withDetector(job.id())));
        }
        if (badInput != null) {
            throw badInput;
        }
    }

    /**
     * Screens the lines read in one image as the text of a post that is otherwise the same, and reports each finding
     * at the box of the lines its span came from.
     */
    private void screenReadText(Context context, List<ReadText> lines, long deadline, List<Finding> findings,
                                Map<String, Long> nanos) {
        ReadTextLayout layout = ReadTextLayout.of(lines);
        Post read = context.post().toBuilder().text(layout.text()).images(List.of()).build();
        List<Finding> found = new ArrayList<>();
        collect(read, textJobs(new Context(config, read)), deadline, found, nanos);
        for (Finding f : found) {
            findings.add(f.type() == FindingType.DETECTOR_FAILURE ? f : layout.locate(f));
        }
    }

    private static String invalidLines(Post post, int image, List<ReadText> lines) {
        if (lines == null) {
            return "returned null";
        }
        for (ReadText line : lines) {
            if (line == null) {
                return "returned a null line";
            }
            if (line.box().image() != image || image >= post.images().size()) {
                return "returned a line in another image";
            }
        }
        return null;
    }

    /** A reason the findings cannot be trusted, or null. */
    private static String invalid(Post post, List<Finding> found) {
        for (Finding f : found) {
            if (f == null) {
                return "returned a null finding";
            }
            if (f.location() instanceof Location.Text t && t.end() > post.text().length()) {
                return "returned a finding outside the text";
            }
            if (f.location() instanceof Location.Image im && im.image() >= post.images().size()) {
                return "returned a finding in an image the post does not have";
            }
        }
        return null;
    }

    private <T> Outcome<T> run(String id, java.util.concurrent.Callable<T> task, ScreeningPolicy policy) {
        Future<Timed<T>> f = executor.submit(() -> Timed.of(task));
        return await(id, f, System.nanoTime() + policy.detectorTimeout().toNanos());
    }

    private <T> Outcome<T> await(String id, Future<Timed<T>> future, long deadline) {
        try {
            Timed<T> t = future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return new Outcome<>(t.value(), t.nanos(), null, null);
        } catch (TimeoutException e) {
            future.cancel(true);
            LOG.warn("Detector {} ran out of time", id);
            long budget = config.policy().detectorTimeout().toMillis();
            return new Outcome<>(null, 0, failure(id, "ran out of time (" + budget + " ms)"), null);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof PrivacyScreenException pse && pse.badInput()) {
                return new Outcome<>(null, 0, null, pse);
            }
            // the class only: an exception's message may quote what the detector was looking at
            LOG.warn("Detector {} failed with {}", id, c.getClass().getName());
            return new Outcome<>(null, 0, failure(id, "failed (" + c.getClass().getSimpleName() + ")"), null);
        } catch (CancellationException e) {
            return new Outcome<>(null, 0, failure(id, "was cancelled"), null);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new PrivacyScreenException(ErrorCode.INTERNAL, "screening was interrupted");
        }
    }

    private static Finding failure(String id, String what) {
        return Finding.builder(FindingType.DETECTOR_FAILURE).detector(id).confidence(1.0)
                .message("The " + id + " check " + what + ", so this post needs a person's review.").build();
    }

    private void checkLimits(Post post, ScreeningPolicy policy) {
        ScreeningPolicy.Limits limits = policy.limits();
        if (post.text().length() > limits.maxTextChars()) {
            throw new PrivacyScreenException(ErrorCode.TEXT_TOO_LONG, "text: " + post.text().length()
                    + " characters, over the limit of " + limits.maxTextChars());
        }
        for (int i = 0; i < post.images().size(); i++) {
            PostImage im = post.images().get(i);
            if (im.size() > limits.maxImageBytes()) {
                throw new PrivacyScreenException(ErrorCode.IMAGE_TOO_LARGE, "images[" + i + "] (" + im.name() + "): "
                        + im.size() + " bytes, over the limit of " + limits.maxImageBytes());
            }
            if (im.size() == 0) {
                throw new PrivacyScreenException(ErrorCode.IMAGE_INVALID,
                        "images[" + i + "] (" + im.name() + "): the file is empty");
            }
        }
    }

    private Post remediate(Context context, Post post, List<Finding> acted, String redacted) {
        Post.Builder b = post.toBuilder().text(redacted);
        if (!remediators.isEmpty() && !post.images().isEmpty()) {
            List<PostImage> images = new ArrayList<>(post.images());
            Map<Integer, List<Finding>> byImage = acted.stream()
                    .filter(f -> f.location() instanceof Location.Image)
                    .collect(Collectors.groupingBy(f -> ((Location.Image) f.location()).image()));
            // the first remediator reuses the screening's decoded images; each later one sees its predecessors' work
            Context current = context;
            for (ImageRemediator r : remediators) {
                for (int i = 0; i < images.size(); i++) {
                    images.set(i, r.remediate(current, i, byImage.getOrDefault(i, List.of())));
                }
                current = new Context(config, post.toBuilder().images(images).build());
            }
            b.images(images);
        }
        return b.build();
    }

    private void audit(Post post, Verdict verdict, List<Finding> decided) {
        String types = decided.stream().map(f -> f.type() + "/" + f.severity()).distinct()
                .collect(Collectors.joining(","));
        try {
            config.audit().record(new AuditEvent(Instant.now(), "screened", java.util.Optional.of(post.id()),
                    java.util.Optional.empty(), java.util.Optional.empty(), "verdict=" + verdict + " findings=" + types));
        } catch (RuntimeException e) {
            LOG.warn("Audit sink {} failed with {}", config.audit().getClass().getName(), e.getClass().getName());
        }
    }

    private record Outcome<T>(T value, long nanos, Finding failure, RuntimeException badInput) {
    }

    /** A detector's run on the post (image -1) or on one of its images. */
    private record Job<T>(String id, int image, Future<Timed<T>> future) {
    }

    private record Timed<T>(T value, long nanos) {
        static <T> Timed<T> of(java.util.concurrent.Callable<T> c) throws Exception {
            long t0 = System.nanoTime();
            T v = c.call();
            return new Timed<>(v, System.nanoTime() - t0);
        }
    }

    /** Daemon threads, so an embedding host never has to close a screener. */
    private static final class SharedPool {
        static final ExecutorService INSTANCE = Executors.newCachedThreadPool(new ThreadFactory() {
            private final AtomicInteger n = new AtomicInteger();

            @Override
            public Thread newThread(Runnable r) {
                Thread t = new Thread(r, "privacy-screen-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            }
        });
    }
}
