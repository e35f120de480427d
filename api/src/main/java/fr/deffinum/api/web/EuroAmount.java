package fr.deffinum.api.web;

import fr.deffinum.application.french.FrenchInput;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;

/** Typed text that {@link FrenchInput#amount} reads as euros, below the ceiling of {@code Money}. Blank passes. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = EuroAmount.Validator.class)
public @interface EuroAmount {

    String message() default "{fr.deffinum.EuroAmount.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<EuroAmount, String> {

        private static final BigDecimal CEILING = new BigDecimal("1000000000000");

        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            return text == null || text.isBlank()
                    || FrenchInput.amount(text).filter(amount -> amount.compareTo(CEILING) < 0).isPresent();
        }
    }
}
