package fr.deffinum.api.web.laureate;

import fr.deffinum.api.web.EuroAmount;
import fr.deffinum.api.web.FrenchDate;
import fr.deffinum.domain.laureate.PaymentKind;
import fr.deffinum.domain.laureate.Rule;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A payment as typed by the officer, under a convention with its tranche; the payment id makes a form sent twice harmless. */
public record PaymentForm(@NotBlank(message = "{fr.deffinum.Required.message}") @Size(max = 100)
                          @Pattern(regexp = "[\\p{L}\\p{N}._:/-]*", message = "{fr.deffinum.PaymentId.message}")
                          String paymentId,
                          @NotBlank(message = "{fr.deffinum.Required.message}") @EuroAmount String amount,
                          @NotNull(message = "{fr.deffinum.Required.message}") PaymentKind kind,
                          @NotBlank(message = "{fr.deffinum.Required.message}") @FrenchDate String paidOn,
                          @Size(max = 2000) String reason,
                          @Size(max = 40) String trancheId) implements RecordingForm {

    static final String NAME = "payment";

    static PaymentForm suggested(String paymentId) {
        return new PaymentForm(paymentId, "", null, "", "", "");
    }

    @Override
    public String fieldFor(Rule rule) {
        return switch (rule) {
            case AMOUNT_NOT_POSITIVE, PAYMENT_ABOVE_AWARDED -> "amount";
            case PAYMENT_ID_REUSED -> "paymentId";
            case TRANCHE_REQUIRED, UNKNOWN_TRANCHE, TRANCHE_EXCEEDED, CONDITION_NOT_MET, NO_CONVENTION -> "trancheId";
            case DATE_BEFORE_PREVIOUS_STEP -> "paidOn";
            default -> null;
        };
    }
}
