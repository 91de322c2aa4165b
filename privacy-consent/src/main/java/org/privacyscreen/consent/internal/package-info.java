/**
 * What the rules, the ledger and the stores share: constraint validators, per-post facts, messages.
 *
 * <p>Zone: internal. Nothing here is API; it may change without notice.
 */
package org.privacyscreen.consent.internal;
