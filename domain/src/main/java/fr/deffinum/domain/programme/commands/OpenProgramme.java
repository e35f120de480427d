package fr.deffinum.domain.programme.commands;

import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record a funding call as a programme. {@code envelope} is null while its amount is not known;
 * an empty {@code sectors} list means the call has no sector taxonomy.
 */
public record OpenProgramme(@TargetAggregateIdentifier ProgrammeCode code, String name, String plan,
                            boolean euFunded, String operator, LocalDate openedOn, Money envelope,
                            List<String> sectors) {
}
