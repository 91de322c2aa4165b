package org.privacyscreen.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.privacyscreen.consent.Takedown;
import org.privacyscreen.json.internal.JsonText;

/** A sweep's takedown line, as CONTRACT.md gives it: {@code {"postId", "verdict", "reasons", "subjects"}}. */
public final class TakedownJson {
    private TakedownJson() {
    }

    public static ObjectNode write(Takedown t) {
        ObjectNode o = JsonText.MAPPER.createObjectNode();
        o.put("postId", t.postId());
        o.put("verdict", t.verdict().name());
        ArrayNode reasons = o.putArray("reasons");
        t.reasons().forEach(r -> reasons.add(r.name()));
        ArrayNode subjects = o.putArray("subjects");
        t.subjects().forEach(subjects::add);
        return o;
    }

    /** One line of JSON. */
    public static String line(Takedown t) {
        return ReportJson.line(write(t));
    }
}
