package org.privacyscreen.server.internal;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The review page's files, served from the jar and nothing from elsewhere. The page loads its script and style from
 * this origin only, and the service's Content-Security-Policy forbids inline script, {@code eval}, other origins,
 * frames and form posts.
 */
public final class Page {
    /** Every answer carries it; the page needs only its own origin, data: and blob: images. */
    public static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data: blob:; connect-src 'self'; form-action 'none'; frame-ancestors 'none';"
            + " base-uri 'none'";

    private record Asset(byte[] bytes, String type) {
    }

    private final Map<String, Asset> assets;

    public Page() {
        assets = Map.of(
                "index.html", load("index.html", "text/html; charset=utf-8"),
                "app.js", load("app.js", "text/javascript; charset=utf-8"),
                "app.css", load("app.css", "text/css; charset=utf-8"));
    }

    private static Asset load(String name, String type) {
        try (InputStream in = Page.class.getResourceAsStream("/org/privacyscreen/server/page/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing page asset " + name);
            }
            return new Asset(in.readAllBytes(), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void index(Context ctx) {
        serve(ctx, "index.html");
    }

    public void asset(Context ctx) {
        String name = ctx.pathParam("name");
        if (!assets.containsKey(name) || name.equals("index.html")) {
            throw new ApiError(404, ApiError.NOT_FOUND, "no such page file");
        }
        serve(ctx, name);
    }

    private void serve(Context ctx, String name) {
        Asset a = assets.get(name);
        ctx.header("Cache-Control", "no-cache");
        ctx.status(200).contentType(a.type()).result(a.bytes());
    }

    /** The OpenAPI description, from the jar. */
    public static byte[] openApi() {
        try (InputStream in = Page.class.getResourceAsStream("/org/privacyscreen/server/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("missing openapi.json");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
