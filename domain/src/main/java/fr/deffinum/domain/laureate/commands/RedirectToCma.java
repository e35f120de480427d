package fr.deffinum.domain.laureate.commands;

import fr.deffinum.domain.laureate.LaureateId;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Move a laureate to the CMA call, under one of France 2030's strategies. */
public record RedirectToCma(@TargetAggregateIdentifier LaureateId laureateId, String strategy,
                            LocalDate redirectedOn) {
}
