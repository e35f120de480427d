package fr.deffinum.api.laureate;

import fr.deffinum.application.audit.RecordedEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One event of a laureate's history: what, when recorded, when in effect, by whom (and who approved it), why and on what evidence. */
public record EventResponse(long sequence, String type, Instant recordedAt, LocalDate effectiveDate, String actor,
                            String approvedBy, String reason, List<String> documents, String correlationId,
                            Object payload) {

    static EventResponse of(RecordedEvent e) {
        return new EventResponse(e.sequence(), e.type(), e.recordedAt(), e.effectiveDate(), e.actor(), e.approvedBy(),
                e.reason(), e.documents(), e.correlationId(), e.payload());
    }
}
