package org.privacyscreen.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time per operation of the threads that do the work: JMH's worker and the screener's single detector thread
 * ({@code bench-detectors}), native code included. On a machine shared with other builds, wall time per operation
 * grows with the load (the work waits for a core); this figure barely does, so it says what the code costs and the
 * wall-time median says what a caller waited. JIT and GC threads are not counted.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar ImageBenchmark -prof org.privacyscreen.benchmarks.ThreadCpuProfiler</pre>
 */
public final class ThreadCpuProfiler implements InternalProfiler {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private long before;

    @Override
    public String getDescription() {
        return "CPU time of the JMH worker and bench-detectors threads per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        before = workCpuNanos();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
            IterationParams iterationParams, IterationResult result) {
        long ops = Math.max(1, result.getMetadata().getMeasuredOps());
        double ms = (workCpuNanos() - before) / 1e6 / ops;
        return List.of(new ScalarResult("cpu", ms, "ms/op", AggregationPolicy.AVG));
    }

    /** CPU time so far of the threads doing the work (a thread that ended meanwhile is not counted). */
    private static long workCpuNanos() {
        long sum = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            String name = t.getName();
            if (name.equals("bench-detectors") || name.contains("jmh-worker")) {
                long cpu = THREADS.getThreadCpuTime(t.getId());
                sum += Math.max(0, cpu);
            }
        }
        return sum;
    }
}
