package fr.deffinum.domain.laureate.commands;

import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.Operation;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Cancel a payment recorded in error: it stays in the history, it no longer counts as paid. */
public record CancelPayment(@TargetAggregateIdentifier LaureateId laureateId, String paymentId,
                            LocalDate cancelledOn) implements ProposableStep {

    @Override
    public Operation operation() {
        return Operation.CANCELLATION;
    }

    @Override
    public Money amount() {
        return null;
    }
}
