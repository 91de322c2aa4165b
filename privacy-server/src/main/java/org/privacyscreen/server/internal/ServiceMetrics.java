package org.privacyscreen.server.internal;

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
import org.privacyscreen.ScreeningReport;
import org.privacyscreen.micrometer.ScreeningMetrics;

/**
 * The service's Prometheus metrics through Micrometer: posts by verdict, findings by type and severity, time per
 * detector, the queue's depth and the posts in work, requests by route and status, and the JVM's memory, GC and
 * threads. Tags are verdicts, finding types, detector ids, route templates and status codes: never a value, a post
 * id or a key. Thread-safe.
 */
public final class ServiceMetrics {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final ScreeningMetrics screening = new ScreeningMetrics(registry);

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

    /** Counts a report: its verdict, each finding's type, each detector's time (privacy-micrometer's meters). */
    public void record(ScreeningReport report) {
        screening.record(report);
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
