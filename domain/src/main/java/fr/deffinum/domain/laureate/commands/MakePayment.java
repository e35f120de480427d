package fr.deffinum.domain.laureate.commands;

import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.PaymentKind;
import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.Operation;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record a payment; the payment id makes a resent command harmless. Under a convention it names the
 * tranche it releases ({@code trancheId}); without one it names none.
 */
public record MakePayment(@TargetAggregateIdentifier LaureateId laureateId, String paymentId, Money amount,
                          PaymentKind kind, LocalDate paidOn, String trancheId) implements ProposableStep {

    public MakePayment(LaureateId laureateId, String paymentId, Money amount, PaymentKind kind, LocalDate paidOn) {
        this(laureateId, paymentId, amount, kind, paidOn, null);
    }

    @Override
    public Operation operation() {
        return Operation.PAYMENT;
    }
}
