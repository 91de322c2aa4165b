package org.privacyscreen;

import java.util.Objects;

/**
 * A detector provider that could not be loaded; it was skipped and the rest work.
 *
 * @param provider the provider's class name, as listed in its service file
 * @param source   the jar or folder it came from, where known
 * @param reason   why it failed
 */
public record PluginProblem(String provider, String source, String reason) {
    public PluginProblem {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
    }
}
