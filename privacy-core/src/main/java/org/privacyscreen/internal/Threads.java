package org.privacyscreen.internal;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.privacyscreen.ErrorCode;
import org.privacyscreen.PrivacyScreenException;

/**
 * The threads of one screener: the pool its detectors and rules run on (its own, bounded, unless the host gave
 * one) and one timer thread that enforces deadlines. Its own threads are daemons that end after a minute idle, so a
 * screener that is never closed pins nothing for long; {@link #close} ends them at once.
 */
final class Threads {
    private static final long IDLE_SECONDS = 60;

    private final Executor executor;
    private final ThreadPoolExecutor owned;
    private final ScheduledThreadPoolExecutor timer;
    private volatile boolean closed;

    /**
     * @param host          the host's executor, or null for a pool of this screener's own
     * @param threads       threads of the own pool
     * @param queueCapacity tasks the own pool queues before it refuses more (OVERLOADED)
     * @param loader        the context class loader of the own threads: the screener's, which they may not outlive
     */
    Threads(ExecutorService host, int threads, int queueCapacity, ClassLoader loader) {
        if (host != null) {
            this.owned = null;
            this.executor = host;
        } else {
            this.owned = new ThreadPoolExecutor(threads, threads, IDLE_SECONDS, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(queueCapacity), factory("privacy-screen-", loader),
                    new ThreadPoolExecutor.AbortPolicy());
            owned.allowCoreThreadTimeOut(true);
            this.executor = owned;
        }
        this.timer = new ScheduledThreadPoolExecutor(1, factory("privacy-screen-timer-", loader));
        timer.setRemoveOnCancelPolicy(true); // a cancelled deadline must not keep its screening reachable
        timer.setKeepAliveTime(IDLE_SECONDS, TimeUnit.SECONDS);
        timer.allowCoreThreadTimeOut(true);
    }

    /**
     * Runs {@code task} on the pool.
     *
     * @throws PrivacyScreenException ({@code OVERLOADED}) when the pool refuses it
     * @throws IllegalStateException  when the screener is closed
     */
    void execute(Runnable task) {
        try {
            executor.execute(task);
        } catch (RejectedExecutionException e) {
            if (closed) {
                throw new IllegalStateException("the screener is closed");
            }
            throw new PrivacyScreenException(ErrorCode.OVERLOADED,
                    "the screener is overloaded: its queue of detector tasks is full; try again later");
        }
    }

    /** An executor that runs on the pool, or on the calling thread when the pool refuses. */
    Executor orCaller() {
        return task -> {
            try {
                executor.execute(task);
            } catch (RejectedExecutionException e) {
                task.run();
            }
        };
    }

    /** Forgets a task that was queued and will no longer run, so that it stops taking a place in the queue. */
    void forget(Runnable task) {
        if (owned != null) {
            owned.remove(task);
        }
    }

    /**
     * Runs {@code action} on the timer thread at {@code deadline} ({@link System#nanoTime()}).
     *
     * @throws IllegalStateException when the screener is closed
     */
    ScheduledFuture<?> at(long deadline, Runnable action) {
        try {
            return timer.schedule(action, Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            throw new IllegalStateException("the screener is closed");
        }
    }

    /**
     * Stops the own pool, letting what runs finish for at most {@code grace}, and the timer. A host's executor is the
     * host's to stop.
     */
    void close(Duration grace) {
        closed = true;
        if (owned != null) {
            owned.shutdown();
            try {
                if (!owned.awaitTermination(grace.toNanos(), TimeUnit.NANOSECONDS)) {
                    owned.shutdownNow();
                }
            } catch (InterruptedException e) {
                owned.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
        timer.shutdownNow();
    }

    boolean closed() {
        return closed;
    }

    private static ThreadFactory factory(String prefix, ClassLoader loader) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            // no inherited thread-locals: a host's values (and their class loaders) must not ride along
            Thread t = new Thread(null, r, prefix + n.incrementAndGet(), 0, false);
            t.setDaemon(true);
            t.setContextClassLoader(loader);
            return t;
        };
    }
}
