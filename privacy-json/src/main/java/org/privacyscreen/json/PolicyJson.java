package org.privacyscreen.json;

import org.privacyscreen.json.internal.Fields;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.privacyscreen.FindingType;
import org.privacyscreen.ScreeningPolicy;
import org.privacyscreen.Severity;

/** Policy JSON (CONTRACT.md) to {@link ScreeningPolicy}; absent fields keep the defaults. */
public final class PolicyJson {
    private PolicyJson() {
    }

    public static ScreeningPolicy read(JsonNode node, String label) {
        Fields f = Fields.of(node, label, "");
        ScreeningPolicy.Builder b = ScreeningPolicy.builder();
        ScreeningPolicy defaults = ScreeningPolicy.defaults();
        f.object("severities").ifPresent(s -> {
            for (String name : s.names()) {
                FindingType type = type(name, s);
                Severity severity = switch (s.str(name)) {
                    case "HIGH" -> Severity.HIGH;
                    case "MEDIUM" -> Severity.MEDIUM;
                    case "LOW" -> Severity.LOW;
                    case "OFF" -> Severity.OFF;
                    default -> throw s.bad(name, "must be HIGH, MEDIUM, LOW or OFF");
                };
                if (severity.compareTo(type.minimumSeverity()) < 0) {
                    throw s.bad(name, "cannot be set below " + type.minimumSeverity()
                            + " (a failed check must never let a post through)");
                }
                b.severity(type, severity);
            }
        });
        f.strings("disabledDetectors").forEach(b::disable);
        f.number("minConfidence").ifPresent(v -> {
            if (!(v >= 0.0 && v <= 1.0)) {
                throw f.bad("minConfidence", "must be between 0 and 1");
            }
            b.minConfidence(v);
        });
        f.integer("coolingOffDays", 0).ifPresent(d -> {
            if (d > 3650) {
                throw f.bad("coolingOffDays", "must be at most 3650");
            }
            b.coolingOffDays(d);
        });
        f.longInteger("detectorTimeoutMillis", 1).ifPresent(ms -> b.detectorTimeout(Duration.ofMillis(ms)));
        f.object("limits").ifPresent(l -> {
            ScreeningPolicy.Limits d = defaults.limits();
            long pixels = l.longInteger("maxImagePixels", 1).orElse(d.maxImagePixels());
            long bytes = l.longInteger("maxImageBytes", 1).orElse(d.maxImageBytes());
            int chars = l.integer("maxTextChars", 1).orElse(d.maxTextChars());
            l.rejectOthers();
            b.limits(new ScreeningPolicy.Limits(pixels, bytes, chars));
        });
        f.rejectOthers();
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new JsonInputException(label + ": " + e.getMessage());
        }
    }

    private static FindingType type(String name, Fields s) {
        try {
            return FindingType.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw s.bad(name, "is not a finding type; the types are "
                    + Arrays.stream(FindingType.values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
