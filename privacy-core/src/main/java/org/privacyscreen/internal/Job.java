package org.privacyscreen.internal;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.privacyscreen.spi.DeadlineExceededException;

/**
 * One detector's, reader's or rule's run on the pool for one screening. Its {@link #outcome()} always completes
 * normally: with the value, with what the task threw, or as timed out when the screening's deadline cancelled it
 * (which interrupts the thread that runs it).
 *
 * @param <T> what the task returns
 */
final class Job<T> {
    /** How a job ended. */
    record Outcome<T>(T value, Throwable failure, boolean timedOut, long nanos) {
    }

    private final String id;
    private final int image;
    private final FutureTask<T> task;
    private final CompletableFuture<Outcome<T>> outcome = new CompletableFuture<>();
    private volatile long started;
    private volatile long nanos;

    /**
     * @param id     the detector's id
     * @param image  the image it looks at, or -1 for the post
     * @param work   what it does
     * @param runner runs {@code work} on behalf of the screening, which counts the jobs that are running
     */
    Job(String id, int image, Callable<T> work, Runner runner) {
        this.id = id;
        this.image = image;
        this.task = new FutureTask<>(() -> runner.run(this, work)) {
            @Override
            protected void done() {
                settle();
            }
        };
    }

    /** Runs jobs for a screening: times them and keeps count of those running. */
    interface Runner {
        <T> T run(Job<T> job, Callable<T> work) throws Exception;
    }

    /** A job that never runs: the screening's time ran out before its turn came. */
    static <T> Job<T> late(String id, int image) {
        Job<T> job = new Job<>(id, image, () -> null, null);
        job.outcome.complete(new Outcome<>(null, null, true, 0));
        return job;
    }

    String id() {
        return id;
    }

    int image() {
        return image;
    }

    /** The task to hand the pool. */
    Runnable task() {
        return task;
    }

    CompletableFuture<Outcome<T>> outcome() {
        return outcome;
    }

    /** Marks the start of the work; called by the runner on the pool thread. */
    void started() {
        started = System.nanoTime();
    }

    /** Marks the end of the work; called by the runner on the pool thread. */
    void ended() {
        nanos = System.nanoTime() - started;
    }

    /** Cancels the job, interrupting its thread if it runs; its outcome becomes timed out. Whether it was pending. */
    boolean cancel() {
        return task.cancel(true);
    }

    private void settle() {
        if (task.isCancelled()) {
            long s = started;
            outcome.complete(new Outcome<>(null, null, true, s == 0 ? 0 : System.nanoTime() - s));
            return;
        }
        try {
            outcome.complete(new Outcome<>(task.get(), null, false, nanos));
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            outcome.complete(new Outcome<>(null, c, c instanceof DeadlineExceededException, nanos));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // cannot happen: the task is done
            outcome.complete(new Outcome<>(null, null, true, nanos));
        }
    }
}
