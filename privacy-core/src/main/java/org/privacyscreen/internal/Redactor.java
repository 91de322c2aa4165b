package org.privacyscreen.internal;

import java.util.Comparator;
import java.util.List;
import org.privacyscreen.Finding;
import org.privacyscreen.Location;

/** Replaces every acted-on text span with its type's placeholder; overlapping spans become one. */
final class Redactor {
    private static final String GENERIC = "[REDACTED]";

    private Redactor() {
    }

    static String redact(String text, List<Finding> findings) {
        List<Finding> spans = findings.stream().filter(f -> f.location() instanceof Location.Text)
                .sorted(Comparator.comparingInt((Finding f) -> f.textSpan().orElseThrow().start())).toList();
        if (spans.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int pos = 0;
        int i = 0;
        while (i < spans.size()) {
            Finding first = spans.get(i);
            int start = first.textSpan().orElseThrow().start();
            int end = first.textSpan().orElseThrow().end();
            Finding worst = first;
            i++;
            while (i < spans.size() && spans.get(i).textSpan().orElseThrow().start() < end) {
                Finding next = spans.get(i);
                end = Math.max(end, next.textSpan().orElseThrow().end());
                if (next.severity().compareTo(worst.severity()) > 0) {
                    worst = next;
                }
                i++;
            }
            out.append(text, pos, Math.max(pos, start));
            String placeholder = worst.type().placeholder();
            out.append(placeholder.isEmpty() ? GENERIC : placeholder);
            pos = Math.max(pos, end);
        }
        out.append(text, Math.min(pos, text.length()), text.length());
        return out.toString();
    }
}
