package fr.deffinum.application.audit;

import fr.deffinum.application.laureate.Provenance;
import fr.deffinum.domain.laureate.events.LaureateEvent;
import org.axonframework.eventhandling.DomainEventMessage;

/** Turns a stored event message into what an auditor reads. */
public final class Recording {

    private Recording() {
    }

    public static RecordedEvent of(DomainEventMessage<?> message, Long globalIndex) {
        Provenance provenance = Provenance.from(message.getMetaData());
        LaureateEvent event = (LaureateEvent) message.getPayload();
        Object approvedBy = message.getMetaData().get(Provenance.APPROVED_BY);
        return new RecordedEvent(globalIndex, message.getIdentifier(), message.getAggregateIdentifier(),
                message.getSequenceNumber(), message.getPayloadType().getSimpleName(), message.getTimestamp(),
                event.effectiveOn(), provenance.actor(), provenance.reason(), provenance.correlationId(),
                approvedBy == null ? null : approvedBy.toString(), provenance.documents(), message.getPayload());
    }
}
