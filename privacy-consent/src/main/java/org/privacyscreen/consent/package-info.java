/**
 * Consent records checked with Bean Validation ({@link org.privacyscreen.consent.RecordValidator}), the consent
 * ledger ({@link org.privacyscreen.consent.ConsentLedger}) and an in-memory audit trail.
 *
 * <p>Zone: API.
 */
package org.privacyscreen.consent;
