package fr.deffinum.infrastructure.testing;

import fr.deffinum.application.laureate.Provenance;
import fr.deffinum.domain.laureate.events.LaureateEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;

/**
 * Laureate events as a processor hands them to a read model: each laureate's stream numbered from 0,
 * each event at the next position of the store and recorded a minute after the one before, with the
 * provenance given.
 */
public final class GivenEvents {

    public static final Instant FIRST_RECORDED = Instant.parse("2024-01-08T09:00:00Z");

    private final Map<String, Long> sequences = new HashMap<>();
    private long position = 1;
    private Instant recordedAt = FIRST_RECORDED;
    private Provenance provenance = new Provenance("officer", "Arrêté", "corr-1");

    /** The provenance of the events given from now on. */
    public GivenEvents by(Provenance provenance) {
        this.provenance = provenance;
        return this;
    }

    /** The events, each next in its laureate's stream and in the store. */
    public List<TrackedEventMessage<?>> of(LaureateEvent... events) {
        return Arrays.stream(events).<TrackedEventMessage<?>>map(this::next).toList();
    }

    /** When the next event will be recorded. */
    public Instant nextRecordedAt() {
        return recordedAt;
    }

    private TrackedEventMessage<?> next(LaureateEvent event) {
        String laureate = event.laureateId().value();
        long sequence = sequences.merge(laureate, 1L, Long::sum) - 1;
        GenericDomainEventMessage<LaureateEvent> message = new GenericDomainEventMessage<>("Laureate", laureate,
                sequence, event, provenance.asMetaData(), UUID.randomUUID().toString(), recordedAt);
        recordedAt = recordedAt.plus(Duration.ofMinutes(1));
        return new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(position++), message);
    }
}
