package fr.deffinum.application.audit;

import fr.deffinum.domain.laureate.events.LaureateEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;

/** Copies every laureate event, with its provenance, into the {@link AuditJournal}. */
@Component
@ProcessingGroup(AuditProjection.NAME)
public class AuditProjection {

    public static final String NAME = "audit";

    private final AuditJournal journal;

    public AuditProjection(AuditJournal journal) {
        this.journal = journal;
    }

    @EventHandler
    void on(LaureateEvent event, DomainEventMessage<?> message, TrackingToken token) {
        journal.append(Recording.of(message, token.position().orElseThrow()));
    }

    @ResetHandler
    void reset() {
        journal.deleteAll();
    }
}
