package org.privacyscreen.server;

import java.time.Duration;
import java.util.Objects;

/**
 * How the service listens and how much it takes on: the address, the size of a request, the screening workers and
 * the queue in front of them, the per-key rate, and how long a shutdown waits for posts in flight.
 *
 * @param bind              the address to listen on (127.0.0.1 unless the service is meant for other machines)
 * @param port              the port; 0 picks a free one
 * @param maxRequestBytes   the largest body of {@code /v1/screen} and {@code /v1/publications}, and the longest
 *                          line of a batch; larger ones get 413 before their body is read
 * @param maxBatchBytes     the largest body of {@code /v1/batch}
 * @param workers           posts screened at once (each post also runs its detectors in parallel)
 * @param queue             posts admitted to wait for a worker; beyond workers plus queue the answer is 503
 * @param requestsPerMinute requests one API key (or, without keys, one client address) may make each minute
 * @param retryAfter        what a 503 or 429 tells the caller to wait
 * @param drainTimeout      how long a shutdown waits for admitted posts to finish
 */
public record ServerSettings(String bind, int port, long maxRequestBytes, long maxBatchBytes, int workers, int queue,
                             int requestsPerMinute, Duration retryAfter, Duration drainTimeout) {
    public ServerSettings {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(retryAfter, "retryAfter");
        Objects.requireNonNull(drainTimeout, "drainTimeout");
        if (bind.isBlank()) {
            throw new IllegalArgumentException("bind must not be blank");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be within 0..65535: " + port);
        }
        if (maxRequestBytes < 1024) {
            throw new IllegalArgumentException("maxRequestBytes must be at least 1024: " + maxRequestBytes);
        }
        if (maxBatchBytes < maxRequestBytes) {
            throw new IllegalArgumentException("maxBatchBytes must be at least maxRequestBytes");
        }
        if (workers < 1 || queue < 0) {
            throw new IllegalArgumentException("workers must be >= 1 and queue >= 0: " + workers + ", " + queue);
        }
        if (requestsPerMinute < 1) {
            throw new IllegalArgumentException("requestsPerMinute must be >= 1: " + requestsPerMinute);
        }
        if (retryAfter.isNegative() || drainTimeout.isNegative()) {
            throw new IllegalArgumentException("retryAfter and drainTimeout must not be negative");
        }
    }

    /**
     * The defaults: 127.0.0.1:8080; 80 MB a request (a 50 MB photo in base64 and its post); 1 GB a batch; one worker
     * a core and a queue of four a core; 600 requests a minute a key; retry after 1 s; 30 s to drain.
     */
    public static ServerSettings defaults() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new ServerSettings("127.0.0.1", 8080, 80L << 20, 1L << 30, cores, 4 * cores, 600,
                Duration.ofSeconds(1), Duration.ofSeconds(30));
    }

    public static Builder builder() {
        return new Builder(defaults());
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds {@link ServerSettings} from the defaults. Not thread-safe. */
    public static final class Builder {
        private String bind;
        private int port;
        private long maxRequestBytes;
        private long maxBatchBytes;
        private int workers;
        private int queue;
        private int requestsPerMinute;
        private Duration retryAfter;
        private Duration drainTimeout;

        private Builder(ServerSettings s) {
            bind = s.bind;
            port = s.port;
            maxRequestBytes = s.maxRequestBytes;
            maxBatchBytes = s.maxBatchBytes;
            workers = s.workers;
            queue = s.queue;
            requestsPerMinute = s.requestsPerMinute;
            retryAfter = s.retryAfter;
            drainTimeout = s.drainTimeout;
        }

        public Builder bind(String bind) {
            this.bind = Objects.requireNonNull(bind, "bind");
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder maxRequestBytes(long maxRequestBytes) {
            this.maxRequestBytes = maxRequestBytes;
            return this;
        }

        public Builder maxBatchBytes(long maxBatchBytes) {
            this.maxBatchBytes = maxBatchBytes;
            return this;
        }

        public Builder workers(int workers) {
            this.workers = workers;
            return this;
        }

        public Builder queue(int queue) {
            this.queue = queue;
            return this;
        }

        public Builder requestsPerMinute(int requestsPerMinute) {
            this.requestsPerMinute = requestsPerMinute;
            return this;
        }

        public Builder retryAfter(Duration retryAfter) {
            this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
            return this;
        }

        public Builder drainTimeout(Duration drainTimeout) {
            this.drainTimeout = Objects.requireNonNull(drainTimeout, "drainTimeout");
            return this;
        }

        public ServerSettings build() {
            return new ServerSettings(bind, port, maxRequestBytes, Math.max(maxBatchBytes, maxRequestBytes), workers,
                    queue, requestsPerMinute, retryAfter, drainTimeout);
        }
    }
}
