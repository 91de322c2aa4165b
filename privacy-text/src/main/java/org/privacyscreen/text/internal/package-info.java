/**
 * The text detectors, their lexicons and the per-post analyses they share.
 *
 * <p>Zone: internal. Not API: may change in any release; no API or SPI type exposes one of these.
 */
package org.privacyscreen.text.internal;
