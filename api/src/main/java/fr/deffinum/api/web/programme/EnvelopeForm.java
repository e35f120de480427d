package fr.deffinum.api.web.programme;

import fr.deffinum.api.web.EuroAmount;
import fr.deffinum.api.web.FrenchDate;
import fr.deffinum.domain.laureate.Rule;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new envelope as typed by an administrator, with the day it takes effect and why. */
public record EnvelopeForm(@NotBlank(message = "{fr.deffinum.Required.message}") @EuroAmount String envelope,
                           @NotBlank(message = "{fr.deffinum.Required.message}") @FrenchDate String changedOn,
                           @NotBlank(message = "{fr.deffinum.Required.message}") @Size(max = 2000) String reason) {

    static final String NAME = "envelopeChange";

    static EnvelopeForm empty() {
        return new EnvelopeForm("", "", "");
    }

    static String fieldFor(Rule rule) {
        return switch (rule) {
            case AMOUNT_NOT_POSITIVE, ENVELOPE_UNCHANGED, ENVELOPE_EXCEEDED -> "envelope";
            case DATE_BEFORE_PREVIOUS_STEP -> "changedOn";
            default -> null;
        };
    }
}
