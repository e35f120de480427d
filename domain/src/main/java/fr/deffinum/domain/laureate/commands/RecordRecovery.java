package fr.deffinum.domain.laureate.commands;

import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.Operation;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record money paid back by the laureate (reversement); the recovery id makes a resent command harmless. */
public record RecordRecovery(@TargetAggregateIdentifier LaureateId laureateId, String recoveryId, Money amount,
                             LocalDate recoveredOn) implements ProposableStep {

    @Override
    public Operation operation() {
        return Operation.RECOVERY;
    }
}
