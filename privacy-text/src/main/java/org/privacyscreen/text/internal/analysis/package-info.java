/**
 * Shared per-post analysis: tokens and sentences over the letters view, part-of-speech tags on demand, the word
 * lists and name lists, the organisation's own details, and the base class of every text detector.
 *
 * <p>Zone: internal. Not API: may change in any release; no API or SPI type exposes one of these.
 */
package org.privacyscreen.text.internal.analysis;
