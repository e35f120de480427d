package fr.deffinum.domain.laureate.commands;

import fr.deffinum.domain.laureate.EvaluationOutcome;
import fr.deffinum.domain.laureate.LaureateId;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the evaluation of a funded project. */
public record EvaluateLaureate(@TargetAggregateIdentifier LaureateId laureateId, EvaluationOutcome outcome,
                               String comment, LocalDate evaluatedOn) {
}
