package fr.deffinum.domain.laureate.commands;

import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.money.Money;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record an amendment (avenant) to the notified decision: the awarded amount becomes {@code awardedAmount}. */
public record AmendAward(@TargetAggregateIdentifier LaureateId laureateId, Money awardedAmount,
                         String amendmentReference, LocalDate amendedOn) {
}
