package fr.deffinum.api.web.laureate;

import fr.deffinum.api.web.FrenchDate;
import fr.deffinum.domain.laureate.Rule;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The laureate's withdrawal (renonciation); the reason, usually its letter, is required. */
public record WithdrawalForm(@NotBlank(message = "{fr.deffinum.Required.message}") @FrenchDate String withdrawnOn,
                             @NotBlank(message = "{fr.deffinum.Required.message}") @Size(max = 2000) String reason)
        implements RecordingForm {

    static final String NAME = "withdrawal";

    static WithdrawalForm empty() {
        return new WithdrawalForm("", "");
    }

    @Override
    public String fieldFor(Rule rule) {
        return rule == Rule.DATE_BEFORE_PREVIOUS_STEP ? "withdrawnOn" : null;
    }
}
