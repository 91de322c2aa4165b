package org.privacyscreen.text.internal.analysis;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.privacyscreen.text.normalise.NormalisedText;

/** Social-media handles in comparable form: lower case, without the '@', raw and with confusables folded. */
public final class HandleForms {
    private HandleForms() {
    }

    /** The forms a handle is looked up by: lower case as typed, and {@link #fold folded}. */
    public static Set<String> of(String handle) {
        String h = handle.strip();
        if (h.startsWith("@")) {
            h = h.substring(1);
        }
        Set<String> forms = new HashSet<>();
        forms.add(h.toLowerCase(Locale.ROOT));
        forms.add(fold(h));
        return forms;
    }

    /** A handle with confusables folded but digits kept. */
    public static String fold(String h) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < h.length(); i++) {
            char c = h.charAt(i);
            if (c < 0x80) {
                b.append(Character.toLowerCase(c));
            } else {
                b.append(NormalisedText.of(String.valueOf(c)).lettersLower());
            }
        }
        return b.toString();
    }
}
