package org.privacyscreen.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Strict reads of a corpus line: a field it does not know, or of the wrong kind, is a label mistake. */
final class Json {
    private final JsonNode node;
    private final String where;

    private Json(JsonNode node, String where) {
        this.node = node;
        this.where = where;
    }

    static Json of(JsonNode node, String where, Set<String> known) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(where + ": must be an object");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!known.contains(name)) {
                throw new IllegalArgumentException(where + ": unknown field " + name);
            }
        }
        return new Json(node, where);
    }

    String where() {
        return where;
    }

    String str(String field) {
        return optStr(field).orElseThrow(() -> new IllegalArgumentException(where + "." + field + ": is required"));
    }

    Optional<String> optStr(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException(where + "." + field + ": must be a string");
        }
        return Optional.of(v.asText());
    }

    List<String> strings(String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : array(field)) {
            if (!v.isTextual()) {
                throw new IllegalArgumentException(where + "." + field + ": must hold strings");
            }
            out.add(v.asText());
        }
        return out;
    }


    Optional<Json> object(String field, Set<String> known) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(of(v, where + "." + field, known));
    }





    private Iterable<JsonNode> array(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new IllegalArgumentException(where + "." + field + ": must be an array");
        }
        return v;
    }
}
