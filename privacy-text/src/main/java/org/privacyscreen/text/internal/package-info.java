/**
 * The text detectors' registry. The stages live in sub-packages: {@code analysis} (tokens, sentences, POS, word
 * lists, the detector base), {@code names}, {@code contact}, {@code identifiers}, {@code health}, {@code context}.
 *
 * <p>Zone: internal. Not API: may change in any release; no API or SPI type exposes one of these.
 */
package org.privacyscreen.text.internal;
