package fr.deffinum.application.audit;

import fr.deffinum.application.ledger.PointInTime;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Service;

/** A laureate's events, oldest first, read from the event store itself: always complete and current. */
@Service
public class LaureateHistory {

    private final EventStore events;

    public LaureateHistory(EventStore events) {
        this.events = events;
    }

    public List<RecordedEvent> of(String laureateId) {
        return of(laureateId, PointInTime.NOW);
    }

    /** Only the events recorded by {@code point.asOf()} and in effect by {@code point.effectiveOn()}. */
    public List<RecordedEvent> of(String laureateId, PointInTime point) {
        return events.readEvents(laureateId, 0).asStream()
                .map(message -> Recording.of(message, null))
                .filter(event -> point.includes(event.recordedAt(), event.effectiveDate()))
                .toList();
    }
}
