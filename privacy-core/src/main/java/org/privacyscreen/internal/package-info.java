/**
 * The engine behind {@link org.privacyscreen.Screener}: discovery, running detectors under time budgets, merging,
 * rules, the policy's decision, redaction and remediation.
 *
 * <p>Zone: internal. Not API: may change in any release; no API or SPI type exposes one of these.
 */
package org.privacyscreen.internal;
