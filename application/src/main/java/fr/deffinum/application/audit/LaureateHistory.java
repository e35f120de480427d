package fr.deffinum.application.audit;

import fr.deffinum.application.ledger.PointInTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Service;

/**
 * A laureate's events, oldest first, read from the event store itself: always complete and current.
 * The latest {@value #KEPT} laureates read are kept decoded, each with its number of events: a read
 * that finds the laureate's last sequence number in the store where it was answers from them, with one
 * indexed query instead of reading and decoding every event again. A new event moves that number on.
 */
@Service
public class LaureateHistory {

    static final int KEPT = 256;

    private final EventStore events;
    private final Map<String, List<RecordedEvent>> recent = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, List<RecordedEvent>> eldest) {
                    return size() > KEPT;
                }
            });

    public LaureateHistory(EventStore events) {
        this.events = events;
    }

    public List<RecordedEvent> of(String laureateId) {
        return of(laureateId, PointInTime.NOW);
    }

    /** Only the events recorded by {@code point.asOf()} and in effect by {@code point.effectiveOn()}. */
    public List<RecordedEvent> of(String laureateId, PointInTime point) {
        return all(laureateId).stream()
                .filter(event -> point.includes(event.recordedAt(), event.effectiveDate()))
                .toList();
    }

    private List<RecordedEvent> all(String laureateId) {
        Optional<Long> last = events.lastSequenceNumberFor(laureateId);
        if (last.isEmpty()) {
            return List.of();
        }
        List<RecordedEvent> kept = recent.get(laureateId);
        if (kept != null && kept.size() == last.get() + 1) {
            return kept;
        }
        List<RecordedEvent> read = events.readEvents(laureateId, 0).asStream()
                .map(message -> Recording.of(message, null))
                .toList();
        recent.put(laureateId, read);
        return read;
    }
}
