package org.privacyscreen.server.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.privacyscreen.Finding;
import org.privacyscreen.ScreeningReport;

/**
 * The service's Prometheus metrics through Micrometer: posts by verdict, findings by type and severity, time per
 * detector, the queue's depth and the posts in work, requests by route and status, and the JVM's memory, GC and
 * threads. Tags are verdicts, finding types, detector ids, route templates and status codes: never a value, a post
 * id or a key. Thread-safe.
 */
public final class ServiceMetrics {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();

    public ServiceMetrics(Admission admission) {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        Gauge.builder("privacy_screen_queue_depth", admission, Admission::queueDepth)
                .description("Posts admitted and waiting for a screening worker").register(registry);
        Gauge.builder("privacy_screen_screening", admission, Admission::running)
                .description("Posts being screened now").register(registry);
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** Counts a report: its verdict, each finding's type, each detector's time. */
    public void record(ScreeningReport report) {
        Counter.builder("privacy_screen_posts").description("Posts screened, by verdict")
                .tag("verdict", report.verdict().name()).register(registry).increment();
        for (Finding f : report.findings()) {
            Counter.builder("privacy_screen_findings").description("Findings, by type and severity")
                    .tag("type", f.type().name()).tag("severity", f.severity().name()).register(registry).increment();
        }
        report.timings().forEach((detector, took) -> Timer.builder("privacy_screen_detector")
                .description("Time each detector and rule took on a post").tag("detector", detector)
                .register(registry).record(took));
    }

    /** Times a request by method, route template and status. */
    public void request(String method, String route, int status, Duration took) {
        Timer.builder("privacy_screen_http_requests").description("HTTP requests, by route and status")
                .tag("method", method).tag("route", route).tag("status", Integer.toString(status))
                .register(registry).record(took.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** The Prometheus text exposition. */
    public String scrape() {
        return registry.scrape();
    }

    public void close() {
        gc.close();
        registry.close();
    }
}
