/**
 * Contact details: phone numbers, e-mail addresses, postal addresses and social-media handles.
 *
 * <p>Zone: internal. Not API: may change in any release; no API or SPI type exposes one of these.
 */
package org.privacyscreen.text.internal.contact;
