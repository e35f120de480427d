package fr.deffinum.domain.laureate.commands;

import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.Operation;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that the laureate renounces its grant (renonciation). */
public record WithdrawLaureate(@TargetAggregateIdentifier LaureateId laureateId, LocalDate withdrawnOn) implements ProposableStep {

    @Override
    public Operation operation() {
        return Operation.WITHDRAWAL;
    }

    @Override
    public Money amount() {
        return null;
    }
}
