package org.privacyscreen.constraints;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** A consent's {@code maxUses}, where set, must be at least 1 (absent means no limit). */
@Documented
@Constraint(validatedBy = {})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidUseLimit {
    String message() default "must be at least 1 (leave it out for no limit)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
