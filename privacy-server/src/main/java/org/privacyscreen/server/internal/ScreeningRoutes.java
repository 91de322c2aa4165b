package org.privacyscreen.server.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.privacyscreen.Post;
import org.privacyscreen.PostImage;
import org.privacyscreen.PrivacyScreenException;
import org.privacyscreen.ScreeningReport;
import org.privacyscreen.Screener;
import org.privacyscreen.json.JsonInputException;
import org.privacyscreen.json.PostJson;
import org.privacyscreen.json.ReportJson;
import org.privacyscreen.json.internal.JsonText;
import org.privacyscreen.server.ServerSettings;

/** {@code POST /v1/screen} and {@code POST /v1/batch}: posts in, reports out, through the bounded work queue. */
public final class ScreeningRoutes {
    private final Supplier<Screener> screener;
    private final Admission admission;
    private final ServiceMetrics metrics;
    private final ServerSettings settings;

    public ScreeningRoutes(Supplier<Screener> screener, Admission admission, ServiceMetrics metrics,
                           ServerSettings settings) {
        this.screener = screener;
        this.admission = admission;
        this.metrics = metrics;
        this.settings = settings;
    }

    /**
     * One post, one report. With {@code ?remediatedImages=true} the report also carries the optional field
     * {@code remediatedImages}: the photos blurred and stripped of metadata, as {@code {"name", "data"}}.
     */
    public void screen(Context ctx) throws IOException, InterruptedException {
        try (Admission.Ticket ticket = admit()) {
            Post post = Bodies.post(ctx, settings.maxRequestBytes());
            ScreeningReport report = ticket.work(() -> screener.get().screen(post));
            metrics.record(report);
            ObjectNode json = ReportJson.write(report);
            if ("true".equals(ctx.queryParam("remediatedImages"))) {
                ArrayNode images = json.putArray("remediatedImages");
                for (PostImage im : report.remediated().images()) {
                    images.addObject().put("name", im.name())
                            .put("data", im.<String>read(b -> Base64.getEncoder().encodeToString(b)));
                }
            }
            Answers.json(ctx, 200, json);
        }
    }

    /**
     * Post JSON lines in, report lines out, in order, each written as soon as it is made. A line that cannot be
     * screened gets {@code {"line": N, "error": "...", "code": "..."}} and the lines after it go on.
     */
    public void batch(Context ctx) throws IOException, InterruptedException {
        String type = ctx.contentType();
        if (type != null && !type.toLowerCase(Locale.ROOT).startsWith("application/x-ndjson")
                && !type.toLowerCase(Locale.ROOT).startsWith("application/jsonl")) {
            throw new ApiError(415, ApiError.UNSUPPORTED_MEDIA_TYPE, "send Post JSON lines as application/x-ndjson");
        }
        try (Admission.Ticket ticket = admit()) {
            NdjsonLines lines = new NdjsonLines(new BufferedInputStream(ctx.req().getInputStream(), 1 << 16),
                    (int) Math.min(Integer.MAX_VALUE - 8, settings.maxRequestBytes()), settings.maxBatchBytes());
            ctx.status(200);
            ctx.contentType("application/x-ndjson");
            OutputStream out = ctx.res().getOutputStream();
            Optional<NdjsonLines.Line> line;
            while ((line = lines.next()).isPresent()) {
                out.write(screenLine(line.get(), ticket).getBytes(StandardCharsets.UTF_8));
                out.write('\n');
                out.flush();
            }
        }
    }

    private String screenLine(NdjsonLines.Line line, Admission.Ticket ticket) throws InterruptedException {
        String where = "line " + line.number();
        try {
            if (line.tooLong()) {
                throw Bodies.tooLarge(settings.maxRequestBytes());
            }
            Post post = PostJson.readEmbedded(JsonText.parse(Bodies.utf8(line.bytes(), where), where), where);
            ScreeningReport report = ticket.work(() -> screener.get().screen(post));
            metrics.record(report);
            return ReportJson.line(ReportJson.write(report));
        } catch (ApiError e) {
            return lineError(line.number(), e.getMessage(), e.code());
        } catch (JsonInputException e) {
            return lineError(line.number(), ApiError.oneLine(e.getMessage()), e.code().name());
        } catch (PrivacyScreenException e) {
            ApiError a = ApiError.of(e);
            return lineError(line.number(), where + ": " + a.getMessage(), a.code());
        } catch (IllegalArgumentException | NullPointerException e) {
            return lineError(line.number(), where + ": " + ApiError.oneLine(e.getMessage()), "INVALID_RECORD");
        }
    }

    private static String lineError(int line, String error, String code) {
        ObjectNode o = JsonText.MAPPER.createObjectNode();
        o.put("line", line);
        o.put("error", error);
        o.put("code", code);
        return ReportJson.line(o);
    }

    private Admission.Ticket admit() {
        return admission.tryAdmit().orElseThrow(() -> new ApiError(503, ApiError.OVERLOADED,
                admission.draining() ? "the service is shutting down" : "the service is busy; retry shortly",
                settings.retryAfter().toSeconds()));
    }
}
