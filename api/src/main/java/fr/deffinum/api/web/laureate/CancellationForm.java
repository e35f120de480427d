package fr.deffinum.api.web.laureate;

import fr.deffinum.api.web.FrenchDate;
import fr.deffinum.domain.laureate.Rule;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The cancellation of an erroneous payment, chosen among those still counted; the reason is required. */
public record CancellationForm(@NotBlank(message = "{fr.deffinum.Required.message}") @Size(max = 100) String paymentId,
                               @NotBlank(message = "{fr.deffinum.Required.message}") @FrenchDate String cancelledOn,
                               @NotBlank(message = "{fr.deffinum.Required.message}") @Size(max = 2000) String reason)
        implements RecordingForm {

    static final String NAME = "cancellation";

    static CancellationForm empty() {
        return new CancellationForm("", "", "");
    }

    @Override
    public String fieldFor(Rule rule) {
        return switch (rule) {
            case UNKNOWN_PAYMENT, PAYMENT_ALREADY_CANCELLED, CANCELLATION_BELOW_RECOVERED -> "paymentId";
            case DATE_BEFORE_PREVIOUS_STEP -> "cancelledOn";
            default -> null;
        };
    }
}
