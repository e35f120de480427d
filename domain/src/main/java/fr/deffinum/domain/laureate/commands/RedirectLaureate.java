package fr.deffinum.domain.laureate.commands;

import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Move a laureate to another programme before the decision, under one of that programme's strategies. */
public record RedirectLaureate(@TargetAggregateIdentifier LaureateId laureateId, ProgrammeCode to, String strategy,
                               LocalDate redirectedOn) {
}
