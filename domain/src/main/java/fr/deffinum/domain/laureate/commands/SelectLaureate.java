package fr.deffinum.domain.laureate.commands;

import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.Scope;
import fr.deffinum.domain.laureate.Sector;
import fr.deffinum.domain.money.Money;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that a call selected a project; its grant is a maximum until the decision is notified. */
public record SelectLaureate(@TargetAggregateIdentifier LaureateId laureateId, String reference, String name,
                             String lead, String sectorsAsPublished, Sector sector, Scope scope,
                             Money totalCost, Money maximumGrant, LocalDate selectedOn) {
}
