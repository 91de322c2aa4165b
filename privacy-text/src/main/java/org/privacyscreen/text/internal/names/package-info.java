/**
 * People named in a post: the client directory's index, name mentions (clients, staff, unknown people), the
 * person a sentence is about, and the client-name and person-name detectors.
 *
 * <p>Zone: internal. Not API: may change in any release; no API or SPI type exposes one of these.
 */
package org.privacyscreen.text.internal.names;
