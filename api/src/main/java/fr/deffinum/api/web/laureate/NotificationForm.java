package fr.deffinum.api.web.laureate;

import fr.deffinum.api.web.EuroAmount;
import fr.deffinum.api.web.FrenchDate;
import fr.deffinum.domain.laureate.Rule;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The State's decision as typed by the officer; {@code confirmed} once the recap has been accepted. */
public record NotificationForm(@NotBlank(message = "{fr.deffinum.Required.message}") @EuroAmount String awardedAmount,
                               @NotBlank(message = "{fr.deffinum.Required.message}") @Size(max = 100)
                               String decisionReference,
                               @NotBlank(message = "{fr.deffinum.Required.message}") @FrenchDate String notifiedOn,
                               @Size(max = 2000) String reason,
                               Boolean confirmed) implements RecordingForm {

    static final String NAME = "notification";

    static NotificationForm empty() {
        return new NotificationForm("", "", "", "", null);
    }

    /** True on the second submission, sent from the recap. */
    boolean isConfirmed() {
        return Boolean.TRUE.equals(confirmed);
    }

    @Override
    public String fieldFor(Rule rule) {
        return switch (rule) {
            case AMOUNT_NOT_POSITIVE, AMOUNT_ABOVE_MAXIMUM -> "awardedAmount";
            case DATE_BEFORE_PREVIOUS_STEP -> "notifiedOn";
            default -> null;
        };
    }
}
