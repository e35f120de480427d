package fr.deffinum.domain.laureate.commands;

import fr.deffinum.domain.laureate.LaureateId;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that the laureate renounces its grant (renonciation). */
public record WithdrawLaureate(@TargetAggregateIdentifier LaureateId laureateId, LocalDate withdrawnOn) {
}
