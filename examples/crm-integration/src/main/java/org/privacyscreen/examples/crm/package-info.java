/**
 * An example integration: a practice's existing CRM tables ({@code patients}, {@code employees},
 * {@code consent_forms}, {@code consent_form_posts}, {@code patient_messages}, with their own column names) mapped
 * onto Privacy Screen's {@link org.privacyscreen.spi.ClientDirectory}, {@link org.privacyscreen.spi.ConsentStore}
 * and {@link org.privacyscreen.spi.EngagementLog} over JDBC. Run {@link org.privacyscreen.examples.crm.CrmDemo}.
 *
 * <p>Zone: API (an example to copy).
 */
package org.privacyscreen.examples.crm;
