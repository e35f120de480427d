package fr.deffinum.api.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;

/** A validation message in the language asked for, whatever the request's locale. */
public record FieldMessages(MessageInterpolator interpolator, ConstraintViolation<?> violation) {

    private static final MessageInterpolator DEFAULT = new ResourceBundleMessageInterpolator();

    public FieldMessages(jakarta.validation.ValidatorFactory factory, ConstraintViolation<?> violation) {
        this(factory == null ? DEFAULT : factory.getMessageInterpolator(), violation);
    }

    public String in(Locale locale) {
        return interpolator.interpolate(violation.getMessageTemplate(), new MessageInterpolator.Context() {
            @Override
            public jakarta.validation.metadata.ConstraintDescriptor<?> getConstraintDescriptor() {
                return violation.getConstraintDescriptor();
            }

            @Override
            public Object getValidatedValue() {
                return violation.getInvalidValue();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                return violation.unwrap(type);
            }
        }, locale);
    }
}
