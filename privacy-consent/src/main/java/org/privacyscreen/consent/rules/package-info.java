/**
 * The post rules that consent and context decide: consent (missing, refused, revoked, expired, scope, exhausted,
 * naming, guardian), the first public move, the audience, and personal accounts. {@link
 * org.privacyscreen.consent.rules.ConsentRulesProvider} registers them all through {@code META-INF/services}; a
 * host may also register any of them by hand.
 *
 * <p>Zone: API.
 */
package org.privacyscreen.consent.rules;
