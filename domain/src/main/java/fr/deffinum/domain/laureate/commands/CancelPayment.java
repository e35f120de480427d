package fr.deffinum.domain.laureate.commands;

import fr.deffinum.domain.laureate.LaureateId;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Cancel a payment recorded in error: it stays in the history, it no longer counts as paid. */
public record CancelPayment(@TargetAggregateIdentifier LaureateId laureateId, String paymentId,
                            LocalDate cancelledOn) {
}
