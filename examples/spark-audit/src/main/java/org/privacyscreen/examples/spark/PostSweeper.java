package org.privacyscreen.examples.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.privacyscreen.Post;
import org.privacyscreen.PrivacyScreenException;
import org.privacyscreen.Screener;
import org.privacyscreen.consent.ConsentSweep;
import org.privacyscreen.consent.Takedown;
import org.privacyscreen.json.ContextJson;
import org.privacyscreen.json.JsonInputException;
import org.privacyscreen.json.PostJson;
import org.privacyscreen.json.TakedownJson;
import org.privacyscreen.json.internal.JsonText;

/**
 * The executor's side: one {@link ConsentSweep} (and so one {@code Screener}, its models loaded once) per practice,
 * built lazily from the broadcast configuration the first time a task of this JVM meets the practice, and kept for
 * the JVM's life, at most {@value #PRACTICES} practices at a time. The job partitions posts by practice, so an
 * executor meets few of them.
 */
final class PostSweeper {
    static final int PRACTICES = 32;

    /** Built sweeps by practice and configuration; least recently used first. */
    private static final Map<String, ConsentSweep> SWEEPS = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ConsentSweep> eldest) {
            return size() > PRACTICES;
        }
    };

    private final SweepConfig config;
    private final Configuration hadoop = new Configuration();

    PostSweeper(SweepConfig config) {
        this.config = config;
    }

    /** The sweep's answer for line {@code line} (1-based) of the published posts. */
    AuditRow sweep(String json, long line) {
        String label = "published line " + line;
        String practice = config.defaultPractice();
        try {
            JsonNode node = JsonText.parse(json, label);
            if (node.isObject() && node.has("practice")) {
                practice = ((ObjectNode) node).remove("practice").asText();
            }
            String context = config.contexts().get(practice);
            if (context == null) {
                throw new JsonInputException(label + ": practice: no context file for this practice");
            }
            Post post = PostJson.readEmbedded(ImageRefs.embed(node, config.publishedParent(), hadoop, label), label);
            Optional<Takedown> t = sweepFor(practice, context).check(post, config.at());
            String practiceName = config.practiceLabel(practice);
            return t.map(d -> AuditRow.of(line, practiceName, TakedownJson.line(d),
                    d.reasons().stream().map(Enum::name).collect(Collectors.joining(",")), null))
                    .orElseGet(() -> AuditRow.of(line, practiceName, null, null, null));
        } catch (PrivacyScreenException | IllegalArgumentException e) {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst()
                    .orElse("");
            return AuditRow.of(line, config.practiceLabel(practice), null, null, m.startsWith(label) ? m
                    : label + ": " + m);
        }
    }

    private ConsentSweep sweepFor(String practice, String contextJson) {
        String key = practice + "\u0000" + contextJson.hashCode() + "\u0000" + contextJson.length();
        synchronized (SWEEPS) {
            ConsentSweep s = SWEEPS.get(key);
            if (s == null) {
                ContextJson.Practice p = ContextJson.read(JsonText.parse(contextJson, practice + ".json"),
                        practice + ".json");
                Screener.Builder b = Screener.builder().clientDirectory(p.directory()).consents(p.consents())
                        .engagements(p.engagements());
                if (config.threads() > 0) {
                    // one pool thread per task slot: local[1] is one core's work, as a cluster slot should be
                    b.threads(config.threads());
                }
                Screener screener = b.build();
                s = ConsentSweep.of(screener, p.consents(), p.directory());
                SWEEPS.put(key, s);
            }
            return s;
        }
    }
}
