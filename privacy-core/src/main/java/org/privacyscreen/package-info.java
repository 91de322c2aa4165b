/**
 * Public API of Privacy Screen: the {@link org.privacyscreen.Post} to screen, the {@link org.privacyscreen.Screener}
 * that screens it, and the {@link org.privacyscreen.ScreeningReport} it returns, with the values they carry.
 *
 * <p>Zone: API. Everything here is stable; values are immutable and validated on construction.
 */
package org.privacyscreen;
