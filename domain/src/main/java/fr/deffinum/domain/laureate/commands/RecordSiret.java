package fr.deffinum.domain.laureate.commands;

import fr.deffinum.domain.laureate.LaureateId;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the SIRET of the laureate's beneficiary establishment, which the press release does not give. */
public record RecordSiret(@TargetAggregateIdentifier LaureateId laureateId, String siret, LocalDate recordedOn) {
}
