package org.privacyscreen.examples.spark;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * What every executor needs to build its sweeps, broadcast once: each practice's context JSON, the sweep's time,
 * and where relative image paths resolve.
 *
 * @param contexts        context JSON text by practice id
 * @param defaultPractice the practice of posts that name none (the one context given as a file), or empty
 * @param publishedParent the folder (URI) of the published posts, against which relative image paths resolve
 * @param at              when consent is judged
 * @param threads         threads of each screener's pool: the task slots of one executor JVM, so that a slot's
 *                        work stays on one core; 0 for the screener's default (every core of the machine)
 */
record SweepConfig(Map<String, String> contexts, String defaultPractice, String publishedParent, Instant at,
                   int threads) implements Serializable {
    SweepConfig {
        if (threads < 0) {
            throw new IllegalArgumentException("threads must not be negative: " + threads);
        }
        contexts = Map.copyOf(Objects.requireNonNull(contexts, "contexts"));
        Objects.requireNonNull(defaultPractice, "defaultPractice");
        Objects.requireNonNull(publishedParent, "publishedParent");
        Objects.requireNonNull(at, "at");
    }

    String practiceLabel(String practice) {
        return practice.isEmpty() ? "(none)" : practice;
    }
}
