package fr.deffinum.application.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One event as an auditor reads it: when it was recorded and when it took effect, by whom and why.
 * {@code payload} is the event itself, or its JSON tree when read back from the journal;
 * {@code globalIndex} is null where the event was read from its laureate's stream. A step recorded
 * on approval names its proposer as {@code actor} and its approver as {@code approvedBy} (else null);
 * {@code documents} are the ids of the documents it cites as evidence.
 */
public record RecordedEvent(Long globalIndex, String eventId, String laureateId, long sequence, String type,
                            Instant recordedAt, LocalDate effectiveDate, String actor, String reason,
                            String correlationId, String approvedBy, List<String> documents, Object payload) {

    public RecordedEvent {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }
}
