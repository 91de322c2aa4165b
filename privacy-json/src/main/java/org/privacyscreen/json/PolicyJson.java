package org.privacyscreen.json;

import org.privacyscreen.json.internal.Fields;
import org.privacyscreen.json.internal.JsonText;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.privacyscreen.DetectorInfo;
import org.privacyscreen.FindingType;
import org.privacyscreen.ScreeningPolicy;
import org.privacyscreen.Severity;

/** Policy JSON (CONTRACT.md) to {@link ScreeningPolicy}; absent fields keep the defaults. */
public final class PolicyJson {
    private PolicyJson() {
    }

    /** The policy in the JSON text {@code json}; {@code label} names its source in messages. */
    public static ScreeningPolicy parse(String json, String label) {
        return read(JsonText.parse(json, label), label);
    }

    /** The policy in {@code file}, named by its path in messages. */
    public static ScreeningPolicy readFile(java.nio.file.Path file) {
        return read(JsonText.readFile(file, file.toString()), file.toString());
    }

    /** The policy in {@code node}; {@code label} names its source in messages. */
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
        f.longInteger("remediationTimeoutMillis", 1).ifPresent(ms -> b.remediationTimeout(Duration.ofMillis(ms)));
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

    /**
     * Refuses a policy that turns off a detector the screener does not have: a misspelt id would leave the detector
     * the practice meant to turn off running. Detector ids name code, not people, so the message quotes the id.
     *
     * @param policy    the policy read by {@link #read}
     * @param detectors the screener's detectors and rules ({@code Screener.detectors()})
     * @param label     names the policy's source in the message
     * @throws JsonInputException naming the first unknown id and listing the known ones
     */
    public static void checkDetectors(ScreeningPolicy policy, List<DetectorInfo> detectors, String label) {
        Set<String> known = new TreeSet<>();
        detectors.forEach(d -> known.add(d.id()));
        for (String id : new TreeSet<>(policy.disabledDetectors())) {
            if (!known.contains(id)) {
                throw new JsonInputException(label + ": disabledDetectors: \"" + id
                        + "\" is not a detector or rule of this screener; they are: "
                        + (known.isEmpty() ? "(none)" : String.join(", ", known)));
            }
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
