package fr.deffinum.domain.programme.commands;

import fr.deffinum.domain.programme.ApprovalPolicy;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** State which operations of the programme need a second person's approval, from {@code changedOn}. */
public record SetApprovalPolicy(@TargetAggregateIdentifier ProgrammeCode code, ApprovalPolicy policy,
                                LocalDate changedOn) {
}
