package fr.deffinum.api.laureate;

import fr.deffinum.application.audit.RecordedEvent;
import java.time.Instant;
import java.time.LocalDate;

/** One event of a laureate's history: what, when recorded, when in effect, by whom (and who approved it) and why. */
public record EventResponse(long sequence, String type, Instant recordedAt, LocalDate effectiveDate, String actor,
                            String approvedBy, String reason, String correlationId, Object payload) {

    static EventResponse of(RecordedEvent e) {
        return new EventResponse(e.sequence(), e.type(), e.recordedAt(), e.effectiveDate(), e.actor(), e.approvedBy(),
                e.reason(), e.correlationId(), e.payload());
    }
}
