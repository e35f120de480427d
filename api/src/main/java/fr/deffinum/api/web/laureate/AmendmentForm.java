package fr.deffinum.api.web.laureate;

import fr.deffinum.api.web.EuroAmount;
import fr.deffinum.api.web.FrenchDate;
import fr.deffinum.domain.laureate.Rule;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An amendment (avenant) as typed by the officer: the new awarded amount. */
public record AmendmentForm(@NotBlank(message = "{fr.deffinum.Required.message}") @EuroAmount String awardedAmount,
                            @NotBlank(message = "{fr.deffinum.Required.message}") @Size(max = 100)
                            String amendmentReference,
                            @NotBlank(message = "{fr.deffinum.Required.message}") @FrenchDate String amendedOn,
                            @Size(max = 2000) String reason) implements RecordingForm {

    static final String NAME = "amendment";

    static AmendmentForm empty() {
        return new AmendmentForm("", "", "", "");
    }

    @Override
    public String fieldFor(Rule rule) {
        return switch (rule) {
            case AMOUNT_NOT_POSITIVE, AMOUNT_ABOVE_MAXIMUM, AMOUNT_UNCHANGED, AMOUNT_BELOW_PAID -> "awardedAmount";
            case DATE_BEFORE_PREVIOUS_STEP -> "amendedOn";
            default -> null;
        };
    }
}
