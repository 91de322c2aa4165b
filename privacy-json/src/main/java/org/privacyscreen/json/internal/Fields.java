package org.privacyscreen.json.internal;

import org.privacyscreen.json.JsonInputException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads the fields of one JSON object with the exact messages the contract asks for: "file: field: reason". Every
 * field read is remembered so that {@link #rejectOthers()} can name a field the contract does not have. Values are
 * never quoted in messages: they may be personal data.
 */
public final class Fields {
    private final JsonNode node;
    private final String file;
    private final String path;
    private final Set<String> read = new LinkedHashSet<>();

    private Fields(JsonNode node, String file, String path) {
        this.node = node;
        this.file = file;
        this.path = path;
    }

    /** The object {@code node} found at {@code path} ("" for the top) of {@code file}. */
    public static Fields of(JsonNode node, String file, String path) {
        if (node == null || !node.isObject()) {
            throw new JsonInputException(file + ": " + (path.isEmpty() ? "(top level)" : path)
                    + ": must be a JSON object");
        }
        return new Fields(node, file, path);
    }

    public String file() {
        return file;
    }

    /** The full name of field {@code name}, such as consents[2].status. */
    public String field(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** The path of this object, such as consents[2]. */
    public String path() {
        return path;
    }

    public JsonInputException bad(String name, String reason) {
        return new JsonInputException(file + ": " + field(name) + ": " + reason);
    }

    public boolean has(String name) {
        read.add(name);
        JsonNode v = node.get(name);
        return v != null && !v.isNull();
    }

    /** The value of {@code name}; empty when absent or null. */
    public Optional<JsonNode> opt(String name) {
        read.add(name);
        JsonNode v = node.get(name);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v);
    }

    public String str(String name) {
        return optStr(name).orElseThrow(() -> bad(name, "is required"));
    }

    public Optional<String> optStr(String name) {
        Optional<JsonNode> v = opt(name);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (!v.get().isTextual()) {
            throw bad(name, "must be a string");
        }
        if (v.get().asText().isBlank()) {
            throw bad(name, "must not be blank");
        }
        return Optional.of(v.get().asText());
    }

    /** A list of non-blank strings; empty when absent. */
    public List<String> strings(String name) {
        Optional<JsonNode> v = opt(name);
        if (v.isEmpty()) {
            return List.of();
        }
        if (!v.get().isArray()) {
            throw bad(name, "must be a list of strings");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v.get().size(); i++) {
            JsonNode e = v.get().get(i);
            if (!e.isTextual()) {
                throw bad(name + "[" + i + "]", "must be a string");
            }
            if (e.asText().isBlank()) {
                throw bad(name + "[" + i + "]", "must not be blank");
            }
            out.add(e.asText());
        }
        return out;
    }

    /** The elements of list {@code name}, of any kind; empty when absent. */
    public List<JsonNode> list(String name) {
        Optional<JsonNode> v = opt(name);
        if (v.isEmpty()) {
            return List.of();
        }
        if (!v.get().isArray()) {
            throw bad(name, "must be a list");
        }
        List<JsonNode> out = new ArrayList<>();
        v.get().forEach(out::add);
        return out;
    }

    public Optional<Instant> instant(String name) {
        return optStr(name).map(s -> parseInstant(name, s));
    }

    private Instant parseInstant(String name, String s) {
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(s).toInstant();
            } catch (DateTimeParseException e2) {
                throw bad(name, "must be an ISO-8601 instant such as 2026-11-21T10:00:00Z");
            }
        }
    }

    public Optional<LocalDate> date(String name) {
        return optStr(name).map(s -> {
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                throw bad(name, "must be an ISO-8601 date such as 2026-11-21");
            }
        });
    }

    /** A whole number of at least {@code min}. */
    public OptionalInt integer(String name, int min) {
        Optional<JsonNode> v = opt(name);
        if (v.isEmpty()) {
            return OptionalInt.empty();
        }
        if (!v.get().isIntegralNumber() || !v.get().canConvertToInt()) {
            throw bad(name, "must be a whole number");
        }
        if (v.get().intValue() < min) {
            throw bad(name, "must be at least " + min);
        }
        return OptionalInt.of(v.get().intValue());
    }

    /** A whole number of at least {@code min}, as a long. */
    public Optional<Long> longInteger(String name, long min) {
        Optional<JsonNode> v = opt(name);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (!v.get().isIntegralNumber() || !v.get().canConvertToLong()) {
            throw bad(name, "must be a whole number");
        }
        if (v.get().longValue() < min) {
            throw bad(name, "must be at least " + min);
        }
        return Optional.of(v.get().longValue());
    }

    public Optional<Double> number(String name) {
        Optional<JsonNode> v = opt(name);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (!v.get().isNumber()) {
            throw bad(name, "must be a number");
        }
        return Optional.of(v.get().doubleValue());
    }

    public Optional<Boolean> bool(String name) {
        Optional<JsonNode> v = opt(name);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (!v.get().isBoolean()) {
            throw bad(name, "must be true or false");
        }
        return Optional.of(v.get().booleanValue());
    }

    /** The nested object {@code name}; empty when absent or null. */
    public Optional<Fields> object(String name) {
        return opt(name).map(v -> {
            if (!v.isObject()) {
                throw bad(name, "must be a JSON object");
            }
            return new Fields(v, file, field(name));
        });
    }

    /** The objects of list {@code name}; empty when absent. */
    public List<Fields> objects(String name) {
        Optional<JsonNode> v = opt(name);
        if (v.isEmpty()) {
            return List.of();
        }
        if (!v.get().isArray()) {
            throw bad(name, "must be a list of objects");
        }
        List<Fields> out = new ArrayList<>();
        for (int i = 0; i < v.get().size(); i++) {
            JsonNode e = v.get().get(i);
            String p = field(name) + "[" + i + "]";
            if (!e.isObject()) {
                throw new JsonInputException(file + ": " + p + ": must be a JSON object");
            }
            out.add(new Fields(e, file, p));
        }
        return out;
    }

    /** The names of this object's fields, for maps such as a policy's severities. */
    public List<String> names() {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    /**
     * Fails on a field the contract does not have: a misspelt "subject" must not silently drop a consent check. The
     * message lists the fields the record has, in the order the format documents them.
     */
    public void rejectOthers() {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String n = it.next();
            if (!read.contains(n)) {
                // a stranger's key is echoed so the user can find it, but short and printable: one line, no payload
                String shown = n.codePoints().limit(40).map(c -> Character.isISOControl(c) ? '?' : c)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
                throw bad(shown + (n.codePointCount(0, n.length()) > 40 ? "..." : ""),
                        "is not a field of this record; fields are: " + String.join(", ", read));
            }
        }
    }
}
