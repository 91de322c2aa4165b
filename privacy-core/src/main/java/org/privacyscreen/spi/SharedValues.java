package org.privacyscreen.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import org.privacyscreen.ErrorCode;
import org.privacyscreen.PrivacyScreenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The values one screening shares among its detectors, each computed once: what backs
 * {@link ScreeningContext#shared}. The engine's contexts use it, and so should any other {@link ScreeningContext}
 * (a test's, say), so that detectors see the same behaviour everywhere. Thread-safe: concurrent callers of one key
 * wait for the single computation, and all of them get its exception if it throws.
 */
public final class SharedValues implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SharedValues.class);
    private final ConcurrentHashMap<SharedKey<?>, FutureTask<?>> values = new ConcurrentHashMap<>();
    private volatile boolean closed;

    /**
     * The value of {@code key}, computed by {@code loader} from {@code context} the first time it is asked for.
     *
     * @throws IllegalStateException once these values are closed: the screening they belonged to is over
     */
    @SuppressWarnings("unchecked")
    public <T> T get(SharedKey<T> key, ScreeningContext context, Function<ScreeningContext, ? extends T> loader) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(loader, "loader");
        if (closed) {
            throw new IllegalStateException("the screening is over: its shared values are released");
        }
        FutureTask<?> task = values.get(key);
        if (task == null) {
            FutureTask<T> mine = new FutureTask<>(() -> loader.apply(context));
            task = values.putIfAbsent(key, mine);
            if (task == null) {
                task = mine;
                mine.run();
            }
        }
        try {
            return (T) task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeadlineExceededException("interrupted while waiting for " + key);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new PrivacyScreenException(ErrorCode.INTERNAL, "computing " + key + " failed", c);
        }
    }

    /**
     * Drops every value and closes those that are {@link AutoCloseable}; later calls to {@link #get} fail. The
     * engine calls it when a screening is over and none of its detectors still runs; an exception from a value's
     * {@code close()} is logged by class and the others are closed all the same. Idempotent.
     */
    @Override
    public void close() {
        closed = true;
        List<FutureTask<?>> tasks = new ArrayList<>(values.values());
        values.clear();
        for (FutureTask<?> t : tasks) {
            if (!t.isDone()) {
                continue; // still being computed: whoever computes it owns it
            }
            try {
                if (t.get() instanceof AutoCloseable c) {
                    c.close();
                }
            } catch (ExecutionException | InterruptedException e) {
                // the value was never made: nothing to close
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
            } catch (Exception e) {
                LOG.warn("Closing a shared value failed with {}", e.getClass().getName());
            }
        }
    }
}
