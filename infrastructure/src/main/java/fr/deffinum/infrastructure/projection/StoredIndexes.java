package fr.deffinum.infrastructure.projection;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The global index of each event as the store holds it. A tracking token's position is the highest
 * index its processor has seen: for an event that commits after one with a higher index (filling a
 * gap) it is another event's index, and a row keyed by it would be dropped as a duplicate.
 */
public final class StoredIndexes {

    private static final String QUERY = """
            SELECT e.aggregateidentifier, e.sequencenumber, e.globalindex FROM domainevententry e
            JOIN unnest(?::varchar[], ?::bigint[]) AS k(aggregate, sequence)
              ON e.aggregateidentifier = k.aggregate AND e.sequencenumber = k.sequence
            """;

    private StoredIndexes() {
    }

    /** A laureate's event by its sequence number, as the keys of {@link #of}. */
    public static String key(String laureateId, long sequence) {
        return laureateId + "/" + sequence;
    }

    /** The stored global index of each of these events, by {@link #key}. */
    public static Map<String, Long> of(JdbcTemplate jdbc, Collection<String> laureateIds, Collection<Long> sequences) {
        Map<String, Long> indexes = new HashMap<>();
        jdbc.query(QUERY, statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("varchar", laureateIds.toArray()));
            statement.setArray(2, statement.getConnection().createArrayOf("bigint", sequences.toArray()));
        }, row -> {
            indexes.put(key(row.getString(1), row.getLong(2)), row.getLong(3));
        });
        return indexes;
    }
}
