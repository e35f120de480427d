package fr.deffinum.api.web;

import fr.deffinum.api.problem.FieldMessages;
import fr.deffinum.application.laureate.RuleMessages;
import fr.deffinum.domain.laureate.Rule;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ValidatorFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * What is wrong with a submitted form, in French, field by field; {@code general} holds what is
 * about the laureate's state rather than one field. The same for Bean Validation and the domain's refusals.
 */
public record FormErrors(Map<String, String> fields, List<String> general) {

    public static final FormErrors NONE = new FormErrors(Map.of(), List.of());

    public boolean any() {
        return !fields.isEmpty() || !general.isEmpty();
    }

    /** The message for {@code field}, or null. */
    public String of(String field) {
        return fields.get(field);
    }

    public static FormErrors of(BindingResult result, ValidatorFactory validator) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (FieldError error : result.getFieldErrors()) {
            fields.merge(error.getField(), french(error, validator), (first, second) -> first + " " + second);
        }
        return new FormErrors(fields, List.of());
    }

    /** A refusal of the domain, next to {@code field}, or general when {@code field} is null. */
    public static FormErrors refused(Rule rule, String field) {
        String message = RuleMessages.french(rule) + ".";
        return field == null ? general(message) : new FormErrors(Map.of(field, message), List.of());
    }

    public static FormErrors general(String message) {
        return new FormErrors(Map.of(), List.of(message));
    }

    private static String french(FieldError error, ValidatorFactory validator) {
        if (error.contains(ConstraintViolation.class)) {
            return new FieldMessages(validator, error.unwrap(ConstraintViolation.class)).in(Locale.FRENCH);
        }
        return "Valeur invalide.";
    }
}
