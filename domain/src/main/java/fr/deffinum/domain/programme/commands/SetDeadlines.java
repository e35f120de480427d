package fr.deffinum.domain.programme.commands;

import fr.deffinum.domain.programme.Deadlines;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** State the programme's deadlines for conventions and final reports, from {@code changedOn}. */
public record SetDeadlines(@TargetAggregateIdentifier ProgrammeCode code, Deadlines deadlines, LocalDate changedOn) {
}
