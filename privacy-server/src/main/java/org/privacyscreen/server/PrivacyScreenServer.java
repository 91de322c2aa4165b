package org.privacyscreen.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.util.BlockingArrayQueue;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.privacyscreen.PrivacyScreenException;
import org.privacyscreen.Screener;
import org.privacyscreen.consent.ConsentLedger;
import org.privacyscreen.json.JsonInputException;
import org.privacyscreen.server.internal.Admission;
import org.privacyscreen.server.internal.Answers;
import org.privacyscreen.server.internal.ApiError;
import org.privacyscreen.server.internal.Bodies;
import org.privacyscreen.server.internal.InfoRoutes;
import org.privacyscreen.server.internal.Page;
import org.privacyscreen.server.internal.PublicationRoute;
import org.privacyscreen.server.internal.RateLimits;
import org.privacyscreen.server.internal.ScreeningRoutes;
import org.privacyscreen.server.internal.ServiceMetrics;
import org.privacyscreen.spi.ClientDirectory;
import org.privacyscreen.spi.ConsentStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The screener over HTTP/JSON, as CONTRACT.md's service table has it, with the review page at {@code /}.
 *
 * <pre>{@code
 * PrivacyScreenServer server = PrivacyScreenServer.builder()
 *     .screener(() -> Screener.builder()...build())   // built after the port opens; /readyz says when
 *     .directory(crm)                                   // the people the review page lists
 *     .ledger(consentLedger, consentStore)              // counts publications; absent: 409 READ_ONLY
 *     .apiKeys(ApiKeys.load(file))
 *     .settings(ServerSettings.builder().port(8080).build())
 *     .build().start();
 * ...
 * server.stop();                                        // finishes the posts in flight first
 * }</pre>
 *
 * <p>Operating it: {@code /v1} routes need an API key when keys are set (401), are rate-limited per key or client
 * address (429), refuse bodies over the limit before reading them (413), and go through a bounded queue that answers
 * 503 with {@code Retry-After} instead of growing. The access log has time, method, route template, status and duration:
 * never a path's values, a query, a body, a post id or a key.
 */
public final class PrivacyScreenServer {
    private static final Logger ACCESS = LoggerFactory.getLogger("org.privacyscreen.server.access");
    private static final Logger LOG = LoggerFactory.getLogger(PrivacyScreenServer.class);

    private final Callable<Screener> factory;
    private final ClientDirectory directory;
    private final Optional<PublicationRoute.Ledger> ledger;
    private final ApiKeys keys;
    private final ServerSettings settings;
    private final Admission admission;
    private final ServiceMetrics metrics;
    private final RateLimits rates;
    private final AtomicReference<Screener> screener = new AtomicReference<>();
    private final AtomicReference<Throwable> buildFailure = new AtomicReference<>();
    private final List<String> routes = Collections.synchronizedList(new ArrayList<>());
    private Javalin app;

    private PrivacyScreenServer(Builder b) {
        this.factory = Objects.requireNonNull(b.factory, "screener");
        this.directory = b.directory;
        this.ledger = Optional.ofNullable(b.ledger);
        this.keys = b.keys;
        this.settings = b.settings;
        this.admission = new Admission(settings.workers(), settings.queue());
        this.metrics = new ServiceMetrics(admission);
        this.rates = new RateLimits(settings.requestsPerMinute());
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Opens the port, then builds the screener on a thread of its own (loading every model once): {@code /healthz}
     * answers at once, {@code /readyz} and the {@code /v1} routes once the screener is built.
     */
    public synchronized PrivacyScreenServer start() {
        if (app != null) {
            throw new IllegalStateException("already started");
        }
        app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = settings.maxBatchBytes();
            config.http.prefer405over404 = true;
            QueuedThreadPool pool = new QueuedThreadPool(200, 8, 60_000,
                    new BlockingArrayQueue<>(64, 64, 2_000)); // connections waiting for a thread: bounded too
            pool.setName("privacy-screen-http");
            config.jetty.threadPool = pool;
            config.jetty.modifyServer(server -> server.setStopTimeout(settings.drainTimeout().toMillis()));
            config.requestLogger.http(this::logRequest);
            config.events(e -> e.handlerAdded(h -> {
                if (h.getHttpMethod().isHttpMethod()) {
                    routes.add(h.getHttpMethod().name() + " " + h.getPath());
                }
            }));
        });
        Page page = new Page();
        byte[] openApi = Page.openApi();
        ScreeningRoutes screening = new ScreeningRoutes(this::screener, admission, metrics, settings);
        InfoRoutes info = new InfoRoutes(this::screener, directory);
        PublicationRoute publications = new PublicationRoute(ledger, settings.maxRequestBytes());

        app.before(this::securityHeaders);
        app.beforeMatched("/v1/*", this::guard);
        app.get("/", page::index);
        app.get("/page/{name}", page::asset);
        app.get("/healthz", ctx -> ctx.contentType("text/plain").result("alive\n"));
        app.get("/readyz", this::readyz);
        app.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(metrics.scrape()));
        app.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
        app.post("/v1/screen", screening::screen);
        app.post("/v1/batch", screening::batch);
        app.post("/v1/publications", publications::publish);
        app.get("/v1/detectors", info::detectors);
        app.get("/v1/directory", info::directory);
        app.get("/v1/advice", info::advice);

        app.exception(ApiError.class, (e, ctx) -> Answers.error(ctx, e));
        app.exception(JsonInputException.class, (e, ctx) -> Answers.error(ctx, ApiError.of(e)));
        app.exception(PrivacyScreenException.class, (e, ctx) -> {
            ApiError a = ApiError.of(e);
            if (a.status() >= 500) {
                LOG.warn("{} failed: {} ({})", ctx.endpointHandlerPath(), e.code(), e.getClass().getSimpleName());
            }
            Answers.error(ctx, a);
        });
        app.exception(IllegalArgumentException.class, (e, ctx) -> Answers.error(ctx,
                new ApiError(400, "INVALID_RECORD", "request: " + oneLine(e.getMessage()))));
        app.exception(java.io.IOException.class, (e, ctx) -> Answers.error(ctx,
                new ApiError(400, "INVALID_RECORD", "request: the body could not be read")));
        app.exception(Exception.class, (e, ctx) -> {
            // the class and the frames only: a message could quote a value
            LOG.error("{} failed with {} at {}", ctx.endpointHandlerPath(), e.getClass().getName(),
                    e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?");
            Answers.error(ctx, new ApiError(500, "INTERNAL", "internal error"));
        });
        app.error(404, ctx -> {
            String type = ctx.res().getContentType();
            if (type == null || !type.startsWith("application/json")) { // not already our own error body
                Answers.error(ctx, new ApiError(404, ApiError.NOT_FOUND, "no such route; see /openapi.json"));
            }
        });
        app.error(405, ctx -> Answers.error(ctx, new ApiError(405, ApiError.METHOD_NOT_ALLOWED,
                "this route does not take that method; see /openapi.json")));
        app.start(settings.bind(), settings.port());

        Thread build = new Thread(this::buildScreener, "privacy-screen-build");
        build.setDaemon(true);
        build.start();
        return this;
    }

    private void buildScreener() {
        try {
            screener.set(Objects.requireNonNull(factory.call(), "the screener factory returned null"));
        } catch (Throwable t) {
            buildFailure.set(t);
            LOG.error("building the screener failed: {}", t.getClass().getName());
        }
    }

    private Screener screener() {
        Screener s = screener.get();
        if (s == null) {
            throw new ApiError(503, ApiError.NOT_READY, "the screener is still loading its models",
                    settings.retryAfter().toSeconds());
        }
        return s;
    }

    /** The port listened on (the one picked when the settings asked for 0). */
    public int port() {
        return app.port();
    }

    /** Whether the screener is built and the service takes posts. */
    public boolean ready() {
        return screener.get() != null && !admission.draining();
    }

    /** Why the screener could not be built, if it could not. */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(buildFailure.get());
    }

    /** The routes registered, as "METHOD /path", in order: the OpenAPI description must list exactly these. */
    public List<String> routes() {
        return List.copyOf(routes);
    }

    /**
     * Stops taking posts (503 with {@code Retry-After}, {@code /readyz} 503), waits up to the drain timeout for the
     * posts in flight, then closes the port.
     *
     * @return whether every post in flight finished
     */
    public synchronized boolean stop() {
        if (app == null) {
            return true;
        }
        boolean drained;
        try {
            drained = admission.drain(settings.drainTimeout());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            drained = false;
        }
        app.stop();
        metrics.close();
        app = null;
        return drained;
    }

    private void readyz(Context ctx) {
        if (buildFailure.get() != null) {
            throw new ApiError(503, ApiError.NOT_READY, "the screener could not be built; see the service's log");
        }
        if (admission.draining()) {
            throw new ApiError(503, ApiError.NOT_READY, "shutting down", settings.retryAfter().toSeconds());
        }
        screener();
        ctx.contentType("text/plain").result("ready\n");
    }

    private void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", Page.CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cache-Control", "no-store");
    }

    /** Readiness, key, rate and declared size, in that order, before a {@code /v1} body is read. */
    private void guard(Context ctx) {
        if (admission.draining()) {
            throw new ApiError(503, ApiError.OVERLOADED, "the service is shutting down",
                    settings.retryAfter().toSeconds());
        }
        screener();
        String caller;
        if (keys.required()) {
            String auth = ctx.header("Authorization");
            Optional<String> name = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)
                    ? keys.match(auth.substring(7).strip()) : Optional.empty();
            if (name.isEmpty()) {
                ctx.header("WWW-Authenticate", "Bearer");
                throw new ApiError(401, ApiError.UNAUTHORIZED, "a valid API key is required: Authorization: Bearer KEY");
            }
            caller = "key:" + name.get();
        } else {
            caller = "ip:" + ctx.ip();
        }
        rates.take(caller).ifPresent(wait -> {
            throw new ApiError(429, ApiError.RATE_LIMITED, "too many requests for this key; slow down", wait);
        });
        if (ctx.method() == HandlerType.POST) {
            Bodies.checkDeclaredLength(ctx, ctx.endpointHandlerPath().equals("/v1/batch") ? settings.maxBatchBytes()
                    : settings.maxRequestBytes());
        }
    }

    private void logRequest(Context ctx, Float ms) {
        String route;
        try {
            route = ctx.endpointHandlerPath();
        } catch (RuntimeException e) {
            route = "-";
        }
        if (route == null || route.isEmpty() || route.equals("*")) {
            route = "-";
        }
        int status = ctx.statusCode();
        ACCESS.info("{} {} {} {} {}ms", java.time.Instant.now(), ctx.method().name(), route, status, Math.round(ms));
        metrics.request(ctx.method().name(), route, status, Duration.ofNanos((long) (ms * 1_000_000)));
    }

    private static String oneLine(String s) {
        return s == null ? "invalid" : s.lines().findFirst().orElse("invalid");
    }

    /** Builds a {@link PrivacyScreenServer}. Not thread-safe. */
    public static final class Builder {
        private Callable<Screener> factory;
        private ClientDirectory directory = ClientDirectory.EMPTY;
        private PublicationRoute.Ledger ledger;
        private ApiKeys keys = ApiKeys.none();
        private ServerSettings settings = ServerSettings.defaults();

        private Builder() {
        }

        /** The screener to serve, already built. */
        public Builder screener(Screener screener) {
            Objects.requireNonNull(screener, "screener");
            this.factory = () -> screener;
            return this;
        }

        /** Builds the screener after the port opens; {@code /readyz} answers 200 once it returns. */
        public Builder screener(Callable<Screener> factory) {
            this.factory = Objects.requireNonNull(factory, "factory");
            return this;
        }

        /** The people the review page lists to pick a post's subjects (the screener's own directory). */
        public Builder directory(ClientDirectory directory) {
            this.directory = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /**
         * The ledger that counts publications, and the store it counts in (read to say why a use was refused);
         * without one, {@code POST /v1/publications} answers 409 {@code READ_ONLY}.
         */
        public Builder ledger(ConsentLedger ledger, ConsentStore store) {
            this.ledger = new PublicationRoute.Ledger(Objects.requireNonNull(ledger, "ledger"),
                    Objects.requireNonNull(store, "store"));
            return this;
        }

        public Builder apiKeys(ApiKeys keys) {
            this.keys = Objects.requireNonNull(keys, "keys");
            return this;
        }

        public Builder settings(ServerSettings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        public PrivacyScreenServer build() {
            if (factory == null) {
                throw new IllegalStateException("screener: give the screener or a way to build it");
            }
            return new PrivacyScreenServer(this);
        }
    }
}
