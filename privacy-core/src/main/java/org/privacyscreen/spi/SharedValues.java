package org.privacyscreen.spi;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import org.privacyscreen.ErrorCode;
import org.privacyscreen.PrivacyScreenException;

/**
 * The values one screening shares among its detectors, each computed once: what backs
 * {@link ScreeningContext#shared}. The engine's contexts use it, and so should any other {@link ScreeningContext}
 * (a test's, say), so that detectors see the same behaviour everywhere. Thread-safe: concurrent callers of one key
 * wait for the single computation, and all of them get its exception if it throws.
 */
public final class SharedValues {
    private final ConcurrentHashMap<SharedKey<?>, FutureTask<?>> values = new ConcurrentHashMap<>();

    /** The value of {@code key}, computed by {@code loader} from {@code context} the first time it is asked for. */
    @SuppressWarnings("unchecked")
    public <T> T get(SharedKey<T> key, ScreeningContext context, Function<ScreeningContext, ? extends T> loader) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(loader, "loader");
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
            throw new PrivacyScreenException(ErrorCode.INTERNAL, "interrupted while waiting for " + key);
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
}
