package org.privacyscreen.server.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The bounded work queue in front of the screener. A request is admitted, before its body is read, only while fewer
 * than {@code workers + queue} are admitted; otherwise the caller is told to come back (503). An admitted request
 * waits for one of {@code workers} permits for each post it screens. So the memory held by requests is bounded by
 * {@code (workers + queue) * maxRequestBytes}, whatever the load. Thread-safe.
 */
public final class Admission {
    private final int capacity;
    private final Semaphore admitted;
    private final Semaphore workers;
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicInteger running = new AtomicInteger();
    private volatile boolean draining;

    public Admission(int workers, int queue) {
        this.capacity = workers + queue;
        this.admitted = new Semaphore(capacity);
        this.workers = new Semaphore(workers, true);
    }

    /** A ticket for one request, or empty when the queue is full or the service is shutting down. */
    public Optional<Ticket> tryAdmit() {
        if (draining || !admitted.tryAcquire()) {
            return Optional.empty();
        }
        if (draining) { // a shutdown began between the check and the permit
            admitted.release();
            return Optional.empty();
        }
        return Optional.of(new Ticket());
    }

    /** Posts admitted and waiting for a worker. */
    public int queueDepth() {
        return waiting.get();
    }

    /** Posts being screened now. */
    public int running() {
        return running.get();
    }

    public boolean draining() {
        return draining;
    }

    /**
     * Admits nothing more and waits up to {@code timeout} for every admitted request to finish.
     *
     * @return whether they all finished in time
     */
    public boolean drain(Duration timeout) throws InterruptedException {
        draining = true;
        if (admitted.tryAcquire(capacity, timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            admitted.release(capacity);
            return true;
        }
        return false;
    }

    /** One admitted request: screen its posts through {@link #work}, then close it. Not thread-safe. */
    public final class Ticket implements AutoCloseable {
        private boolean closed;

        private Ticket() {
        }

        /** Runs {@code task} once a worker is free. */
        public <T> T work(Supplier<T> task) throws InterruptedException {
            waiting.incrementAndGet();
            try {
                workers.acquire();
            } finally {
                waiting.decrementAndGet();
            }
            running.incrementAndGet();
            try {
                return task.get();
            } finally {
                running.decrementAndGet();
                workers.release();
            }
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                admitted.release();
            }
        }
    }
}
