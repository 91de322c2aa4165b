/**
 * Health information: the health lexicon's terms in a post and the health-information detector.
 *
 * <p>Zone: internal. Not API: may change in any release; no API or SPI type exposes one of these.
 */
package org.privacyscreen.text.internal.health;
