package fr.deffinum.api.web.laureate;

import fr.deffinum.api.web.EuroAmount;
import fr.deffinum.api.web.FrenchDate;
import fr.deffinum.domain.laureate.Rule;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A recovery (reversement) as typed by the officer; the recovery id makes a form sent twice harmless. */
public record RecoveryForm(@NotBlank(message = "{fr.deffinum.Required.message}") @Size(max = 100)
                           @Pattern(regexp = "[\\p{L}\\p{N}._:/-]*", message = "{fr.deffinum.PaymentId.message}")
                           String recoveryId,
                           @NotBlank(message = "{fr.deffinum.Required.message}") @EuroAmount String amount,
                           @NotBlank(message = "{fr.deffinum.Required.message}") @FrenchDate String recoveredOn,
                           @Size(max = 2000) String reason) implements RecordingForm {

    static final String NAME = "recovery";

    static RecoveryForm suggested(String recoveryId) {
        return new RecoveryForm(recoveryId, "", "", "");
    }

    @Override
    public String fieldFor(Rule rule) {
        return switch (rule) {
            case AMOUNT_NOT_POSITIVE, RECOVERY_ABOVE_PAID -> "amount";
            case RECOVERY_ID_REUSED -> "recoveryId";
            case DATE_BEFORE_PREVIOUS_STEP -> "recoveredOn";
            default -> null;
        };
    }
}
