package fr.deffinum.domain.laureate.commands;

import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.convention.Tranche;
import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.Operation;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the convention signed after the decision, with its schedule of tranches. */
public record SignConvention(@TargetAggregateIdentifier LaureateId laureateId, String reference, LocalDate signedOn,
                             LocalDate startsOn, LocalDate endsOn, List<Tranche> tranches) implements ProposableStep {

    @Override
    public Operation operation() {
        return Operation.CONVENTION;
    }

    /** None: its tranches plan the firm amount, they move none of their own. */
    @Override
    public Money amount() {
        return null;
    }
}
