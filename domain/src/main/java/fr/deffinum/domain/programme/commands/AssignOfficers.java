package fr.deffinum.domain.programme.commands;

import fr.deffinum.domain.programme.ProgrammeCode;
import java.time.LocalDate;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Name the officers (user names) in charge of a programme; the set replaces the previous one. */
public record AssignOfficers(@TargetAggregateIdentifier ProgrammeCode code, Set<String> officers,
                             LocalDate assignedOn) {
}
