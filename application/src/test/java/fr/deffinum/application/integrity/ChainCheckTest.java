package fr.deffinum.application.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainCheckTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void an_untouched_store_is_intact() {
        ChainVerification result = check(store());
        assertThat(result.intact()).isTrue();
        assertThat(result.eventsChecked()).isEqualTo(5);
        assertThat(result.streamsChecked()).isEqualTo(2);
        assertThat(result.firstMismatch()).isNull();
    }

    @Test
    void an_altered_payload_is_named_once_and_the_events_after_it_still_check() {
        List<StoredEvent> events = store();
        StoredEvent second = events.get(2);
        EventContent c = second.content();
        events.set(2, new StoredEvent(second.globalIndex(), new EventContent(c.eventIdentifier(), c.aggregateIdentifier(),
                c.sequence(), c.aggregateType(), c.payloadType(), c.payloadRevision(), c.timestamp(),
                "{\"amount\":\"9.99\"}", c.metaData()), second.hash(), second.previousHash()));
        ChainVerification result = check(events);
        assertThat(result.intact()).isFalse();
        assertThat(result.mismatches()).isEqualTo(1);
        assertThat(result.firstMismatch().globalIndex()).isEqualTo(3);
        assertThat(result.firstMismatch().laureate()).isEqualTo("a");
        assertThat(result.firstMismatch().sequence()).isEqualTo(1);
        assertThat(result.firstMismatch().type()).isEqualTo("PaymentMade");
        assertThat(result.firstMismatch().problem()).isEqualTo(ChainProblem.HASH_MISMATCH);
    }

    @Test
    void a_removed_event_leaves_a_gap_at_its_successor() {
        List<StoredEvent> events = store();
        events.remove(2);
        ChainMismatch first = check(events).firstMismatch();
        assertThat(first.globalIndex()).isEqualTo(5);
        assertThat(first.sequence()).isEqualTo(2);
        assertThat(first.problem()).isEqualTo(ChainProblem.SEQUENCE_GAP);
    }

    @Test
    void an_event_replaced_with_a_recomputed_hash_breaks_the_link_of_its_successor() {
        List<StoredEvent> events = store();
        StoredEvent original = events.get(2);
        EventContent forged = new EventContent(original.content().eventIdentifier(), "a", 1, "Laureate",
                "x.PaymentMade", null, "2023-01-02T00:00:00Z", "{\"amount\":\"9.99\"}", "{}");
        events.set(2, new StoredEvent(3, forged, EventHash.of(forged, original.previousHash()), original.previousHash()));
        ChainMismatch first = check(events).firstMismatch();
        assertThat(first.globalIndex()).isEqualTo(5);
        assertThat(first.problem()).isEqualTo(ChainProblem.CHAIN_BROKEN);
    }

    @Test
    void an_event_without_hash_is_reported_as_missing_one() {
        List<StoredEvent> events = store();
        StoredEvent first = events.get(0);
        events.set(0, new StoredEvent(first.globalIndex(), first.content(), null, null));
        ChainVerification result = check(events);
        assertThat(result.firstMismatch().problem()).isEqualTo(ChainProblem.HASH_MISSING);
        assertThat(result.firstMismatch().globalIndex()).isEqualTo(1);
        assertThat(result.mismatches()).isEqualTo(2);
    }

    /** Laureate a: indexes 1, 3, 5; laureate b: 2, 4; chained as the store appends them. */
    private static List<StoredEvent> store() {
        List<StoredEvent> events = new ArrayList<>();
        String a = EventHash.GENESIS;
        String b = EventHash.GENESIS;
        a = append(events, 1, "a", 0, "LaureateSelected", a);
        b = append(events, 2, "b", 0, "LaureateSelected", b);
        a = append(events, 3, "a", 1, "PaymentMade", a);
        append(events, 4, "b", 1, "DecisionNotified", b);
        append(events, 5, "a", 2, "PaymentMade", a);
        return events;
    }

    private static String append(List<StoredEvent> events, long index, String laureate, long sequence, String type,
                                 String previous) {
        EventContent content = new EventContent("e-" + index, laureate, sequence, "Laureate", "x." + type, null,
                "2023-01-0" + index + "T00:00:00Z", "{\"amount\":\"" + index + ".00\"}", "{\"actor\":\"officer\"}");
        String hash = EventHash.of(content, previous);
        events.add(new StoredEvent(index, content, hash, previous));
        return hash;
    }

    private static ChainVerification check(List<StoredEvent> events) {
        ChainCheck check = new ChainCheck();
        events.forEach(check::accept);
        return check.result(NOW);
    }
}
