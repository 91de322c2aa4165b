package org.privacyscreen.json;

import org.privacyscreen.json.internal.JsonText;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.privacyscreen.FaceRole;
import org.privacyscreen.Finding;
import org.privacyscreen.FindingSource;
import org.privacyscreen.RegionKind;
import org.privacyscreen.FindingType;
import org.privacyscreen.Location;
import org.privacyscreen.Remediation;
import org.privacyscreen.ScreeningReport;
import org.privacyscreen.Severity;

/**
 * Report JSON exactly as CONTRACT.md names it, and back. Optional fields (subject, excerpt, coveredBy, consentId,
 * role, source, region, consentsUsed) are omitted when absent; {@code source} is written only for text read in a
 * photo, {@code region} is an extra optional field.
 */
public final class ReportJson {
    private ReportJson() {
    }

    public static ObjectNode write(ScreeningReport report) {
        ObjectNode o = JsonText.MAPPER.createObjectNode();
        o.put("postId", report.postId());
        o.put("verdict", report.verdict().name());
        ArrayNode findings = o.putArray("findings");
        report.findings().forEach(f -> findings.add(write(f)));
        o.put("redactedText", report.remediated().text());
        if (!report.consentsUsed().isEmpty()) {
            ArrayNode used = o.putArray("consentsUsed");
            report.consentsUsed().forEach(used::add);
        }
        ObjectNode timings = o.putObject("timingsMillis");
        report.timings().forEach((id, d) -> timings.put(id, millis(d)));
        return o;
    }

    public static ObjectNode write(Finding f) {
        ObjectNode o = JsonText.MAPPER.createObjectNode();
        o.put("type", f.type().name());
        o.put("severity", f.severity().name());
        o.put("confidence", f.confidence());
        o.put("detector", f.detector());
        f.subject().ifPresent(s -> o.put("subject", s));
        ObjectNode loc = o.putObject("location");
        loc.put("kind", f.location().kind());
        if (f.location() instanceof Location.Text t) {
            loc.put("start", t.start());
            loc.put("end", t.end());
        } else if (f.location() instanceof Location.Image im) {
            loc.put("image", im.image());
            loc.put("x", im.x());
            loc.put("y", im.y());
            loc.put("width", im.width());
            loc.put("height", im.height());
        }
        f.excerpt().ifPresent(e -> o.put("excerpt", e));
        o.put("message", f.message());
        o.put("remediation", f.remediation().name());
        f.coveredBy().ifPresent(c -> o.put("coveredBy", c));
        f.consentId().ifPresent(c -> o.put("consentId", c));
        f.faceRole().ifPresent(r -> o.put("role", r.wireName()));
        if (f.source() == FindingSource.IMAGE_TEXT) {
            o.put("source", f.source().wireName());
        }
        f.region().ifPresent(r -> o.put("region", r.wireName()));
        return o;
    }

    /** Milliseconds with microsecond precision, as a JSON number. */
    public static BigDecimal millis(Duration d) {
        return BigDecimal.valueOf(d.toNanos()).movePointLeft(6).setScale(3, RoundingMode.HALF_UP);
    }

    /** One line of JSON. */
    public static String line(JsonNode node) {
        try {
            return JsonText.MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** The findings of a report written by {@link #write(ScreeningReport)}. */
    public static List<Finding> readFindings(JsonNode report) {
        List<Finding> out = new ArrayList<>();
        report.path("findings").forEach(f -> out.add(readFinding(f)));
        return out;
    }

    /** A finding written by {@link #write(Finding)}. */
    public static Finding readFinding(JsonNode f) {
        JsonNode loc = f.path("location");
        Location location = switch (loc.path("kind").asText()) {
            case "text" -> Location.text(loc.path("start").asInt(), loc.path("end").asInt());
            case "image" -> Location.image(loc.path("image").asInt(), loc.path("x").asInt(), loc.path("y").asInt(),
                    loc.path("width").asInt(), loc.path("height").asInt());
            case "post" -> Location.POST;
            default -> throw new IllegalArgumentException("location.kind: unknown");
        };
        FindingSource source = "image-text".equals(f.path("source").asText()) ? FindingSource.IMAGE_TEXT
                : FindingSource.of(location);
        return new Finding(FindingType.valueOf(f.path("type").asText()), Severity.valueOf(f.path("severity").asText()),
                f.path("confidence").asDouble(), f.path("detector").asText(), location, text(f, "subject"),
                text(f, "excerpt"), f.path("message").asText(), Remediation.valueOf(f.path("remediation").asText()),
                text(f, "coveredBy"), text(f, "consentId"),
                text(f, "role").map(r -> FaceRole.valueOf(r.toUpperCase(java.util.Locale.ROOT))),
                text(f, "region").map(r -> RegionKind.valueOf(r.toUpperCase(java.util.Locale.ROOT))), source);
    }

    private static Optional<String> text(JsonNode n, String name) {
        JsonNode v = n.get(name);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
    }
}
