package fr.deffinum.application.audit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.deffinum.application.ledger.PointInTime;
import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.PaymentKind;
import fr.deffinum.domain.laureate.events.DecisionNotified;
import fr.deffinum.domain.laureate.events.PaymentMade;
import fr.deffinum.domain.money.Money;
import java.time.LocalDate;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Given a laureate's stored events, its history; given one more, the history has it too. */
class LaureateHistoryTest {

    private static final LaureateId LAUREATE = LaureateId.fromReference("HISTORY-1");

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final LaureateHistory history = new LaureateHistory(store);

    @AfterEach
    void shutDown() {
        store.shutDown();
    }

    @Test
    void a_history_read_again_shows_the_events_recorded_since() {
        append(store, 0, new DecisionNotified(LAUREATE, Money.euros("1000.00"), "DEC-1", LocalDate.of(2024, 1, 15)));
        append(store, 1, payment("P-1", LocalDate.of(2024, 2, 1)));

        assertThat(history.of(LAUREATE.value())).extracting(RecordedEvent::sequence).containsExactly(0L, 1L);
        assertThat(history.of(LAUREATE.value())).extracting(RecordedEvent::type)
                .containsExactly("DecisionNotified", "PaymentMade");

        append(store, 2, payment("P-2", LocalDate.of(2024, 3, 1)));

        assertThat(history.of(LAUREATE.value())).extracting(RecordedEvent::sequence).containsExactly(0L, 1L, 2L);
        assertThat(history.of(LAUREATE.value(), new PointInTime(null, LocalDate.of(2024, 2, 15))))
                .extracting(RecordedEvent::sequence).containsExactly(0L, 1L);
        assertThat(history.of(LaureateId.fromReference("NOBODY").value())).isEmpty();
    }

    private static PaymentMade payment(String id, LocalDate paidOn) {
        return new PaymentMade(LAUREATE, id, Money.euros("10.00"), PaymentKind.INTERIM, paidOn);
    }

    private static void append(EventStore store, long sequence, Object event) {
        store.publish(new GenericDomainEventMessage<>("Laureate", LAUREATE.value(), sequence, event,
                Map.of("actor", "officer", "reason", "Test", "correlationId", "history")));
    }
}
