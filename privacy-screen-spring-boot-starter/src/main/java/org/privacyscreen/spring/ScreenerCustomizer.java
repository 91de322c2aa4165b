package org.privacyscreen.spring;

import org.privacyscreen.Screener;

/**
 * Adjusts the auto-configured {@link Screener.Builder} before it is built: register a detector or provider by hand,
 * give an executor, turn discovery off. Every bean of this type is applied, in {@code @Order}.
 */
@FunctionalInterface
public interface ScreenerCustomizer {
    void customize(Screener.Builder builder);
}
