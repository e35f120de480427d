package fr.deffinum.domain.laureate.commands;

import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.Scope;
import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that a programme selected a project; its grant is a maximum until the decision is notified. */
public record SelectLaureate(@TargetAggregateIdentifier LaureateId laureateId, ProgrammeCode programme,
                             String reference, String name, String lead, String sectorsAsPublished, String sector,
                             Scope scope, Money totalCost, Money maximumGrant, LocalDate selectedOn) {
}
