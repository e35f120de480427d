package fr.deffinum.domain.programme.commands;

import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Raise, cut or first state a programme's envelope; the reason is kept with the change. */
public record ChangeEnvelope(@TargetAggregateIdentifier ProgrammeCode code, Money envelope, LocalDate changedOn,
                             String reason) {
}
