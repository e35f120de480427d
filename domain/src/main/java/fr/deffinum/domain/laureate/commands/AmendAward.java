package fr.deffinum.domain.laureate.commands;

import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.convention.Tranche;
import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.Operation;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record an amendment (avenant) to the notified decision: the awarded amount becomes {@code awardedAmount}.
 * Under a convention it brings the new schedule ({@code tranches}) that adds up to it.
 */
public record AmendAward(@TargetAggregateIdentifier LaureateId laureateId, Money awardedAmount,
                         String amendmentReference, LocalDate amendedOn, List<Tranche> tranches) implements ProposableStep {

    public AmendAward(LaureateId laureateId, Money awardedAmount, String amendmentReference, LocalDate amendedOn) {
        this(laureateId, awardedAmount, amendmentReference, amendedOn, null);
    }

    @Override
    public Operation operation() {
        return Operation.AMENDMENT;
    }

    @Override
    public Money amount() {
        return awardedAmount;
    }
}
