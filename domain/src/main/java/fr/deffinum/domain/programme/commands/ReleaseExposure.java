package fr.deffinum.domain.programme.commands;

import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Give back to the envelope part of what a laureate holds reserved, at most all of it. */
public record ReleaseExposure(@TargetAggregateIdentifier ProgrammeCode code, LaureateId laureateId, Money amount,
                              LocalDate effectiveOn) {
}
