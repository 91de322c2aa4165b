package org.privacyscreen;

import java.util.Objects;

/**
 * A detector or rule a screener runs, as listed for hosts and the command line.
 *
 * @param id       its id
 * @param kind     text, image or rule
 * @param priority its priority (lower runs first)
 * @param type     its implementing class
 * @param source   where it was loaded from (a jar or folder), or "explicit" when registered on the builder
 */
public record DetectorInfo(String id, String kind, int priority, String type, String source) {
    public DetectorInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
    }
}
