package fr.deffinum.domain.laureate.commands;

import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.Operation;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the State's notified decision: the awarded amount becomes firm. */
public record NotifyDecision(@TargetAggregateIdentifier LaureateId laureateId, Money awardedAmount,
                             String decisionReference, LocalDate notifiedOn) implements ProposableStep {

    @Override
    public Operation operation() {
        return Operation.NOTIFICATION;
    }

    @Override
    public Money amount() {
        return awardedAmount;
    }
}
