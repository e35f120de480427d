package fr.deffinum.domain.laureate.commands;

import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.PaymentKind;
import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.Operation;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record a payment; the payment id makes a resent command harmless. */
public record MakePayment(@TargetAggregateIdentifier LaureateId laureateId, String paymentId, Money amount,
                          PaymentKind kind, LocalDate paidOn) implements ProposableStep {

    @Override
    public Operation operation() {
        return Operation.PAYMENT;
    }
}
