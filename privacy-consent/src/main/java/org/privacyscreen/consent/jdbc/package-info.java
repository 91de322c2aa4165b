/**
 * JDBC stores: consents and their uses ({@link org.privacyscreen.consent.jdbc.JdbcConsentStore}), the audit trail
 * ({@link org.privacyscreen.consent.jdbc.JdbcAuditSink}) and engagements
 * ({@link org.privacyscreen.consent.jdbc.JdbcEngagementLog}) over any {@link javax.sql.DataSource}; tested on H2
 * (the embedded default, {@link org.privacyscreen.consent.jdbc.ConsentDatabase#h2}) and PostgreSQL. Each opens
 * the schema at its current version, migrating it forward first.
 *
 * <p>Zone: API.
 */
package org.privacyscreen.consent.jdbc;
