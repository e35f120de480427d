package fr.deffinum.application.audit;

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
        return events.readEvents(laureateId, 0).asStream()
                .map(message -> Recording.of(message, null))
                .toList();
    }
}
