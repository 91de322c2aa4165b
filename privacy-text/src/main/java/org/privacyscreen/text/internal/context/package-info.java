/**
 * Context that singles a person out or needs care: quasi-identifiers, minors, stated ages, medical advice.
 *
 * <p>Zone: internal. Not API: may change in any release; no API or SPI type exposes one of these.
 */
package org.privacyscreen.text.internal.context;
