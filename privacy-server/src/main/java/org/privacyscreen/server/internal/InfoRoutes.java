package org.privacyscreen.server.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.privacyscreen.DetectorInfo;
import org.privacyscreen.Person;
import org.privacyscreen.PluginProblem;
import org.privacyscreen.Screener;
import org.privacyscreen.json.internal.JsonText;
import org.privacyscreen.spi.ClientDirectory;

/** {@code GET /v1/detectors}, {@code GET /v1/directory} and {@code GET /v1/advice}. */
public final class InfoRoutes {
    private final Supplier<Screener> screener;
    private final ClientDirectory directory;

    public InfoRoutes(Supplier<Screener> screener, ClientDirectory directory) {
        this.screener = screener;
        this.directory = directory;
    }

    /** The detectors and rules in run order, and the providers that failed to load: what {@code plugins} lists. */
    public void detectors(Context ctx) {
        Screener s = screener.get();
        ObjectNode o = JsonText.MAPPER.createObjectNode();
        ArrayNode list = o.putArray("detectors");
        for (DetectorInfo d : s.detectors()) {
            list.addObject().put("id", d.id()).put("kind", d.kind()).put("priority", d.priority())
                    .put("source", source(d.source()));
        }
        ArrayNode problems = o.putArray("problems");
        for (PluginProblem p : s.problems()) {
            problems.addObject().put("provider", p.provider()).put("source", source(p.source()))
                    .put("reason", p.reason());
        }
        Answers.json(ctx, 200, o);
    }

    /**
     * The practice's people as the review page lists them to pick a post's subjects: id (sent back as a subject),
     * display name and role, sorted by name. Nothing else: no aliases, handles, birth dates or consents. The page
     * needs a name to be picked by a person who knows the clients; the rest would only widen what a stolen key or
     * an open port gives away. Behind the API key like every {@code /v1} route.
     */
    public void directory(Context ctx) {
        Collator byName = Collator.getInstance(Locale.ROOT);
        List<Person> people = directory.people().stream()
                .sorted(Comparator.comparing(Person::name, byName).thenComparing(Person::id)).toList();
        ObjectNode o = JsonText.MAPPER.createObjectNode();
        o.put("organisation", directory.organisation().name());
        ArrayNode list = o.putArray("people");
        for (Person p : people) {
            list.addObject().put("id", p.id()).put("name", p.name()).put("role", p.isClient() ? "client" : "staff");
        }
        Answers.json(ctx, 200, o);
    }

    /** What each finding type, remediation, severity and verdict means, in the words the review page shows. */
    public void advice(Context ctx) {
        Answers.json(ctx, 200, FindingAdvice.json());
    }

    private static String source(String s) {
        // a jar's file name, not the server's folders
        String path = s.startsWith("file:") ? s.substring("file:".length()) : s;
        int slash = path.lastIndexOf('/');
        return slash >= 0 && slash < path.length() - 1 ? path.substring(slash + 1) : path;
    }
}
