/**
 * Identifiers with checksums or cues: national ids, payment cards, medical record numbers, dates of birth.
 *
 * <p>Zone: internal. Not API: may change in any release; no API or SPI type exposes one of these.
 */
package org.privacyscreen.text.internal.identifiers;
