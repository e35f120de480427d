package fr.deffinum.application.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class EventHashTest {

    static final EventContent NOTIFIED = new EventContent("e-1", "laureate-1", 2, "Laureate",
            "fr.deffinum.domain.laureate.DecisionNotified", "1", "2023-01-15T10:00:00.123Z",
            "{\"awardedAmount\":\"1300000.00\",\"notifiedOn\":\"2023-01-15\"}",
            "{\"actor\":\"officer\",\"correlationId\":\"c-1\",\"reason\":\"Arrêté\"}");

    @Test
    void the_same_event_after_the_same_predecessor_always_hashes_alike() {
        String hash = EventHash.of(NOTIFIED, EventHash.GENESIS);
        assertThat(hash).hasSize(64).matches("[0-9a-f]+");
        assertThat(EventHash.of(copy(NOTIFIED), EventHash.GENESIS)).isEqualTo(hash);
    }

    @Test
    void changing_any_field_or_the_predecessor_changes_the_hash() {
        String hash = EventHash.of(NOTIFIED, EventHash.GENESIS);
        List<UnaryOperator<EventContent>> changes = List.of(
                e -> with("e-2", e.aggregateIdentifier(), e.sequence(), e.aggregateType(), e.payloadType(), e.payloadRevision(), e.timestamp(), e.payload(), e.metaData()),
                e -> with(e.eventIdentifier(), "laureate-2", e.sequence(), e.aggregateType(), e.payloadType(), e.payloadRevision(), e.timestamp(), e.payload(), e.metaData()),
                e -> with(e.eventIdentifier(), e.aggregateIdentifier(), 3, e.aggregateType(), e.payloadType(), e.payloadRevision(), e.timestamp(), e.payload(), e.metaData()),
                e -> with(e.eventIdentifier(), e.aggregateIdentifier(), e.sequence(), null, e.payloadType(), e.payloadRevision(), e.timestamp(), e.payload(), e.metaData()),
                e -> with(e.eventIdentifier(), e.aggregateIdentifier(), e.sequence(), e.aggregateType(), "fr.deffinum.domain.laureate.PaymentMade", e.payloadRevision(), e.timestamp(), e.payload(), e.metaData()),
                e -> with(e.eventIdentifier(), e.aggregateIdentifier(), e.sequence(), e.aggregateType(), e.payloadType(), "2", e.timestamp(), e.payload(), e.metaData()),
                e -> with(e.eventIdentifier(), e.aggregateIdentifier(), e.sequence(), e.aggregateType(), e.payloadType(), e.payloadRevision(), "2023-01-15T10:00:00.124Z", e.payload(), e.metaData()),
                e -> with(e.eventIdentifier(), e.aggregateIdentifier(), e.sequence(), e.aggregateType(), e.payloadType(), e.payloadRevision(), e.timestamp(), e.payload().replace("1300000.00", "1300001.00"), e.metaData()),
                e -> with(e.eventIdentifier(), e.aggregateIdentifier(), e.sequence(), e.aggregateType(), e.payloadType(), e.payloadRevision(), e.timestamp(), e.payload(), e.metaData().replace("officer", "admin")));
        for (UnaryOperator<EventContent> change : changes) {
            assertThat(EventHash.of(change.apply(NOTIFIED), EventHash.GENESIS)).isNotEqualTo(hash);
        }
        assertThat(EventHash.of(NOTIFIED, "1".repeat(64))).isNotEqualTo(hash);
        assertThat(EventHash.of(NOTIFIED, null)).isNotEqualTo(hash);
    }

    @Test
    void moving_text_from_one_field_to_the_next_changes_the_hash() {
        EventContent shifted = with("e-1l", "aureate-1", NOTIFIED.sequence(), NOTIFIED.aggregateType(),
                NOTIFIED.payloadType(), NOTIFIED.payloadRevision(), NOTIFIED.timestamp(), NOTIFIED.payload(),
                NOTIFIED.metaData());
        assertThat(EventHash.of(shifted, EventHash.GENESIS)).isNotEqualTo(EventHash.of(NOTIFIED, EventHash.GENESIS));
    }

    private static EventContent copy(EventContent e) {
        return new EventContent(new String(e.eventIdentifier()), new String(e.aggregateIdentifier()), e.sequence(),
                e.aggregateType(), e.payloadType(), e.payloadRevision(), e.timestamp(), new String(e.payload()),
                new String(e.metaData()));
    }

    private static EventContent with(String id, String aggregate, long sequence, String type,
                                     String payloadType, String revision, String timestamp, String payload,
                                     String metaData) {
        return new EventContent(id, aggregate, sequence, type, payloadType, revision, timestamp, payload, metaData);
    }
}
