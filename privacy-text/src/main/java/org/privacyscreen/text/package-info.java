/**
 * Text detectors for Privacy Screen: {@link org.privacyscreen.text.TextDetectors} registers every one of them.
 *
 * <p>Zone: API.
 */
package org.privacyscreen.text;
