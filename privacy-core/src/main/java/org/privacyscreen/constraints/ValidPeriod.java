package org.privacyscreen.constraints;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** A consent's validity period must not end ({@code validUntil}) before it starts ({@code validFrom}). */
@Documented
@Constraint(validatedBy = {})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidPeriod {
    String message() default "must not be before validFrom";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
