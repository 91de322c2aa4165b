/**
 * Text normalisation against evasion (NFKC, confusables, zero-width characters, spaced letters, leetspeak) with an
 * offset map back to the characters the user typed.
 *
 * <p>Zone: API.
 */
package org.privacyscreen.text.normalise;
