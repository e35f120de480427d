package fr.deffinum.domain.laureate.commands;

import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.Operation;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record an amendment (avenant) to the notified decision: the awarded amount becomes {@code awardedAmount}. */
public record AmendAward(@TargetAggregateIdentifier LaureateId laureateId, Money awardedAmount,
                         String amendmentReference, LocalDate amendedOn) implements ProposableStep {

    @Override
    public Operation operation() {
        return Operation.AMENDMENT;
    }

    @Override
    public Money amount() {
        return awardedAmount;
    }
}
