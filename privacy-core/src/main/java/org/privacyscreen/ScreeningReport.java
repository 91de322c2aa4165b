package org.privacyscreen;

import java.time.Duration;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What screening found in one post, and the decision. Immutable and thread-safe.
 *
 * <p>The redacted text is made with the verdict; the remediated images (blurred, metadata stripped) are made the
 * first time {@link #remediated()} is called, so that a host that only wants the verdict never pays for re-encoding
 * a photo.
 */
public final class ScreeningReport {
    /** Worst first, then by position in the text. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity).reversed()
            .thenComparing(f -> f.textSpan().map(Location.Text::start).orElse(Integer.MAX_VALUE))
            .thenComparing(f -> f.type().ordinal());

    private final String postId;
    private final Verdict verdict;
    private final List<Finding> findings;
    private final String redactedText;
    private final Map<String, Duration> timings;
    private final List<String> consentsUsed;
    private final Object lock = new Object();
    private Supplier<Post> remediation;
    private volatile Post remediated;

    /**
     * A report whose remediated post is already made.
     *
     * @param postId     the post's id
     * @param verdict    ALLOW, REVIEW or BLOCK
     * @param findings   every finding, worst first, covered ones included as LOW
     * @param remediated the post with text redacted, images blurred and stripped of metadata
     * @param timings    time each detector and rule took, by id, in run order
     */
    public ScreeningReport(String postId, Verdict verdict, List<Finding> findings, Post remediated,
                           Map<String, Duration> timings) {
        this(postId, verdict, findings, Objects.requireNonNull(remediated, "remediated").text(), () -> remediated,
                timings, List.of());
    }

    private ScreeningReport(String postId, Verdict verdict, List<Finding> findings, String redactedText,
                            Supplier<Post> remediation, Map<String, Duration> timings, List<String> consentsUsed) {
        this.postId = Objects.requireNonNull(postId, "postId");
        this.verdict = Objects.requireNonNull(verdict, "verdict");
        this.findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
        this.redactedText = Objects.requireNonNull(redactedText, "redactedText");
        this.remediation = Objects.requireNonNull(remediation, "remediation");
        this.timings = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(timings, "timings")));
        this.consentsUsed = List.copyOf(Objects.requireNonNull(consentsUsed, "consentsUsed"));
    }

    /** A builder for a report of the post {@code postId} with {@code verdict}. */
    public static Builder builder(String postId, Verdict verdict) {
        return new Builder(postId, verdict);
    }

    /**
     * A report whose remediated post is made by {@code remediation} on the first call to {@link #remediated()},
     * once, whichever thread asks.
     */
    public static ScreeningReport withLazyRemediation(String postId, Verdict verdict, List<Finding> findings,
                                                      String redactedText, Supplier<Post> remediation,
                                                      Map<String, Duration> timings) {
        return new ScreeningReport(postId, verdict, findings, redactedText, remediation, timings, List.of());
    }

    public String postId() {
        return postId;
    }

    public Verdict verdict() {
        return verdict;
    }

    /** Every finding, worst first; covered ones included as LOW. */
    public List<Finding> findings() {
        return findings;
    }

    /** Time each detector and rule took, by id, in run order. */
    public Map<String, Duration> timings() {
        return timings;
    }

    /** The redacted text, when the post has text. */
    public Optional<String> redactedText() {
        return redactedText.isEmpty() ? Optional.empty() : Optional.of(redactedText);
    }

    /**
     * The post with its text redacted and, where an image remediator is installed, its images blurred and stripped
     * of metadata. Made on the first call.
     */
    public Post remediated() {
        Post p = remediated;
        if (p == null) {
            synchronized (lock) {
                p = remediated;
                if (p == null) {
                    p = Objects.requireNonNull(remediation.get(), "remediation returned null");
                    remediated = p;
                    remediation = null; // let the screening's decoded images go
                }
            }
        }
        return p;
    }

    /**
     * The ids of the consent records this post relies on, in id order: a host that publishes the post records one
     * use of each (the consent ledger's check-and-count), so that use limits and revocation hold across publications.
     */
    public List<String> consentsUsed() {
        return consentsUsed;
    }

    /** The findings of {@code type}. */
    public List<Finding> findings(FindingType type) {
        return findings.stream().filter(f -> f.type() == type).toList();
    }

    /** Whether any finding has {@code type}. */
    public boolean has(FindingType type) {
        return findings.stream().anyMatch(f -> f.type() == type);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScreeningReport r && postId.equals(r.postId) && verdict == r.verdict
                && findings.equals(r.findings) && redactedText.equals(r.redactedText);
    }

    @Override
    public int hashCode() {
        return Objects.hash(postId, verdict, findings, redactedText);
    }

    /** Describes the report by ids, verdict and types; holds no detected value. */
    @Override
    public String toString() {
        return "ScreeningReport[" + postId + ", " + verdict + ", "
                + findings.stream().map(f -> f.type() + "/" + f.severity()).toList() + "]";
    }

    /** Builds a {@link ScreeningReport}. Not thread-safe. */
    public static final class Builder {
        private final String postId;
        private final Verdict verdict;
        private List<Finding> findings = List.of();
        private String redactedText = "";
        private Supplier<Post> remediation;
        private Map<String, Duration> timings = Map.of();
        private List<String> consentsUsed = List.of();

        private Builder(String postId, Verdict verdict) {
            this.postId = Objects.requireNonNull(postId, "postId");
            this.verdict = Objects.requireNonNull(verdict, "verdict");
        }

        /** Every finding, worst first, covered ones included as LOW. */
        public Builder findings(List<Finding> findings) {
            this.findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
            return this;
        }

        /** The redacted text; empty when the post has none. */
        public Builder redactedText(String redactedText) {
            this.redactedText = Objects.requireNonNull(redactedText, "redactedText");
            return this;
        }

        /** The remediated post, already made; its text is the redacted text. */
        public Builder remediated(Post remediated) {
            Objects.requireNonNull(remediated, "remediated");
            this.redactedText = remediated.text();
            this.remediation = () -> remediated;
            return this;
        }

        /** Makes the remediated post on the first call to {@link ScreeningReport#remediated()}, once. */
        public Builder remediation(Supplier<Post> remediation) {
            this.remediation = Objects.requireNonNull(remediation, "remediation");
            return this;
        }

        /** Time each detector and rule took, by id, in run order. */
        public Builder timings(Map<String, Duration> timings) {
            this.timings = Objects.requireNonNull(timings, "timings");
            return this;
        }

        /** The ids of the consent records the post relies on. */
        public Builder consentsUsed(List<String> consentsUsed) {
            this.consentsUsed = List.copyOf(Objects.requireNonNull(consentsUsed, "consentsUsed"));
            return this;
        }

        /**
         * The report.
         *
         * @throws IllegalStateException when neither the remediated post nor a way to make it was given
         */
        public ScreeningReport build() {
            if (remediation == null) {
                throw new IllegalStateException("remediation: give the remediated post or a way to make it");
            }
            return new ScreeningReport(postId, verdict, findings, redactedText, remediation, timings, consentsUsed);
        }
    }
}
