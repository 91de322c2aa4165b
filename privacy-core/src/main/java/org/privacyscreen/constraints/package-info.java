/**
 * Class-level Bean Validation constraints of the core value records, such as a consent period that must not end
 * before it starts. They declare no validator here ({@code validatedBy = {}}): {@code privacy-consent} implements
 * them and registers the validators through {@code META-INF/services/jakarta.validation.ConstraintValidator}.
 *
 * <p>Zone: API.
 */
package org.privacyscreen.constraints;
