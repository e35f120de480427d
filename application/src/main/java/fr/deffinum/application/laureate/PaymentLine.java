package fr.deffinum.application.laureate;

import fr.deffinum.domain.laureate.PaymentKind;
import fr.deffinum.domain.money.Money;
import java.time.LocalDate;

public record PaymentLine(String paymentId, Money amount, PaymentKind kind, LocalDate paidOn) {
}
