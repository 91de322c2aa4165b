package org.privacyscreen.image.internal;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Native objects that serve one thread at a time (an OpenCV {@code Net}, a QR detector, a Tesseract reader), kept
 * between uses in a pool rather than in thread-locals: as many exist as threads have used them at once, none is
 * tied to a host's thread (a thread-local would pin this class loader to every executor thread that ever ran a
 * detector), and {@link #clear()} releases the idle ones when a screener closes. An object in use when the pool is
 * cleared goes back to it afterwards: another screener sharing the detector may still be using it.
 *
 * @param <T> the pooled object
 */
public final class NativePool<T> {
    /** Every pool made: the few static ones of the detectors. */
    private static final List<NativePool<?>> ALL = new CopyOnWriteArrayList<>();

    private final Supplier<T> factory;
    private final Consumer<T> disposer;
    private final ConcurrentLinkedQueue<T> idle = new ConcurrentLinkedQueue<>();

    /**
     * @param factory  makes a new object when none is idle
     * @param disposer frees an object's native memory when the pool is cleared (a no-op where the garbage collector
     *                 does it)
     */
    public NativePool(Supplier<T> factory, Consumer<T> disposer) {
        this.factory = Objects.requireNonNull(factory, "factory");
        this.disposer = Objects.requireNonNull(disposer, "disposer");
        ALL.add(this);
    }

    /** Runs {@code work} with an object of the pool that no other thread uses meanwhile. */
    public <R> R with(Function<? super T, ? extends R> work) {
        T t = idle.poll();
        if (t == null) {
            t = factory.get();
        }
        try {
            return work.apply(t);
        } finally {
            idle.offer(t);
        }
    }

    /** Releases every idle object; the next use makes a new one. */
    public void clear() {
        for (T t = idle.poll(); t != null; t = idle.poll()) {
            disposer.accept(t);
        }
    }

    /** How many objects wait for a use: at most as many as threads have used the pool at once. */
    public int idle() {
        return idle.size();
    }

    /** How many objects wait in all the pools made: zero once every detector using one is closed. */
    public static int idleInAllPools() {
        return ALL.stream().mapToInt(NativePool::idle).sum();
    }
}
