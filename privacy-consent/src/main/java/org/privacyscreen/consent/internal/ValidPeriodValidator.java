package org.privacyscreen.consent.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.privacyscreen.Consent;
import org.privacyscreen.constraints.ValidPeriod;

/** Checks {@link ValidPeriod} on a {@link Consent}; registered through META-INF/services. */
public final class ValidPeriodValidator implements ConstraintValidator<ValidPeriod, Consent> {
    @Override
    public boolean isValid(Consent consent, ConstraintValidatorContext context) {
        if (consent == null || consent.validFrom() == null || consent.validUntil() == null
                || consent.validFrom().isEmpty() || consent.validUntil().isEmpty()
                || !consent.validUntil().get().isBefore(consent.validFrom().get())) {
            return true;
        }
        // report it on the field a person fixes, not on the record as a whole
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode("validUntil").addConstraintViolation();
        return false;
    }
}
