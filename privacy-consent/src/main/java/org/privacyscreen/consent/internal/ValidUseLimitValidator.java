package org.privacyscreen.consent.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.privacyscreen.Consent;
import org.privacyscreen.constraints.ValidUseLimit;

/** Checks {@link ValidUseLimit} on a {@link Consent}; registered through META-INF/services. */
public final class ValidUseLimitValidator implements ConstraintValidator<ValidUseLimit, Consent> {
    @Override
    public boolean isValid(Consent consent, ConstraintValidatorContext context) {
        if (consent == null || consent.maxUses() == null || consent.maxUses().isEmpty()
                || consent.maxUses().getAsInt() >= 1) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode("maxUses").addConstraintViolation();
        return false;
    }
}
