package fr.deffinum.application.integrity;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds the events of the store, in global order, into a chain verdict. Each event is checked
 * against what is stored before it (its laureate's previous sequence number and hash), not against
 * a recomputed predecessor, so that one altered event is reported once and the events after it are
 * still checked on their own. Holds one entry per laureate, never the events.
 */
public final class ChainCheck {

    private record Link(long sequence, String hash) {
    }

    private final Map<String, Link> lastOfLaureate = new HashMap<>();
    private long eventsChecked;
    private long mismatches;
    private ChainMismatch firstMismatch;

    public void accept(StoredEvent event) {
        EventContent content = event.content();
        Link previous = lastOfLaureate.get(content.aggregateIdentifier());
        ChainProblem problem = problemOf(event, previous);
        if (problem != null) {
            mismatches++;
            if (firstMismatch == null) {
                firstMismatch = new ChainMismatch(event.globalIndex(), content.eventIdentifier(),
                        content.aggregateIdentifier(), content.sequence(), simpleName(content.payloadType()),
                        instantOf(content.timestamp()), problem);
            }
        }
        lastOfLaureate.put(content.aggregateIdentifier(), new Link(content.sequence(), event.hash()));
        eventsChecked++;
    }

    public ChainVerification result(Instant checkedAt) {
        return new ChainVerification(firstMismatch == null, eventsChecked, lastOfLaureate.size(), mismatches,
                firstMismatch, checkedAt, 0, List.of(), null);
    }

    private static ChainProblem problemOf(StoredEvent event, Link previous) {
        long expectedSequence = previous == null ? 0 : previous.sequence() + 1;
        if (event.content().sequence() != expectedSequence) {
            return ChainProblem.SEQUENCE_GAP;
        }
        if (event.hash() == null) {
            return ChainProblem.HASH_MISSING;
        }
        if (!EventHash.of(event.content(), event.previousHash()).equals(event.hash())) {
            return ChainProblem.HASH_MISMATCH;
        }
        String expectedPrevious = previous == null || previous.hash() == null ? EventHash.GENESIS : previous.hash();
        return expectedPrevious.equals(event.previousHash()) ? null : ChainProblem.CHAIN_BROKEN;
    }

    private static String simpleName(String payloadType) {
        return payloadType == null ? null : payloadType.substring(payloadType.lastIndexOf('.') + 1);
    }

    private static Instant instantOf(String timestamp) {
        try {
            return timestamp == null ? null : Instant.parse(timestamp);
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}
