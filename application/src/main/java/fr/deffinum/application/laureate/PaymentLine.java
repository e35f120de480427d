package fr.deffinum.application.laureate;

import fr.deffinum.domain.laureate.PaymentKind;
import fr.deffinum.domain.money.Money;
import java.time.LocalDate;

/** A payment; {@code cancelledOn} is set once it was cancelled as recorded in error, and it then no longer counts. */
public record PaymentLine(String paymentId, Money amount, PaymentKind kind, LocalDate paidOn, LocalDate cancelledOn) {

    public PaymentLine(String paymentId, Money amount, PaymentKind kind, LocalDate paidOn) {
        this(paymentId, amount, kind, paidOn, null);
    }
}
