package fr.deffinum.api.web;

import fr.deffinum.api.laureate.PlausibleDate;
import fr.deffinum.application.french.FrenchInput;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Typed text that {@link FrenchInput#date} reads as a plausible date of effect. Blank passes. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = FrenchDate.Validator.class)
public @interface FrenchDate {

    String message() default "{fr.deffinum.FrenchDate.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<FrenchDate, String> {

        private final PlausibleDate.Validator plausible = new PlausibleDate.Validator();

        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            return text == null || text.isBlank()
                    || FrenchInput.date(text).filter(date -> plausible.isValid(date, context)).isPresent();
        }
    }
}
