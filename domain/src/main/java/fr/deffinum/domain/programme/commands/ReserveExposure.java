package fr.deffinum.domain.programme.commands;

import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Commit part of the envelope to a laureate, in the unit of work that records the laureate's own event. */
public record ReserveExposure(@TargetAggregateIdentifier ProgrammeCode code, LaureateId laureateId, Money amount,
                              LocalDate effectiveOn) {
}
