package fr.deffinum.infrastructure.integrity;

import fr.deffinum.application.integrity.AppendProgress;
import fr.deffinum.application.integrity.EventContent;
import fr.deffinum.application.integrity.EventHash;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.AppendEventsStatementBuilder;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.JdbcEventStorageEngineStatements;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.TimestampWriter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * Axon's append of events, each given first its hash and its predecessor's as metadata. Every way
 * events reach the table goes through here: commands, an import's single unit of work (several
 * events of a laureate in one batch), the seed, a bulk load through the storage engine. The
 * predecessor's hash comes from the same batch, else from {@link ChainHeads}, else from the store,
 * read on the append's own connection (so inside its transaction).
 */
public final class HashChainedAppend implements AppendEventsStatementBuilder {

    private static final int PROGRESS_EVERY = 1_000;
    private static final Set<String> CHAIN_ENTRIES = Set.of(EventHash.HASH, EventHash.PREVIOUS_HASH);

    private final ChainHeads heads;

    public HashChainedAppend(ChainHeads heads) {
        this.heads = heads;
    }

    @Override
    public PreparedStatement build(Connection connection, EventSchema schema, Class<?> dataType,
                                   List<? extends EventMessage<?>> events, Serializer serializer,
                                   TimestampWriter timestampWriter) throws SQLException {
        Map<String, ChainHeads.Head> batch = new HashMap<>();
        List<EventMessage<?>> chained = new ArrayList<>(events.size());
        for (EventMessage<?> event : events) {
            DomainEventMessage<?> domain = EventUtils.asDomainEventMessage(event);
            String previous = previousHash(connection, schema, domain, batch);
            SerializedObject<byte[]> payload = serializer.serialize(domain.getPayload(), byte[].class);
            String hash = EventHash.of(contentOf(domain, payload, serializer), previous);
            batch.put(domain.getAggregateIdentifier(), new ChainHeads.Head(domain.getSequenceNumber(), hash));
            chained.add(new Chained<>(domain.andMetaData(Map.of(EventHash.HASH, hash, EventHash.PREVIOUS_HASH, previous)),
                    payload, serializer));
            if (chained.size() % PROGRESS_EVERY == 0) {
                AppendProgress.report(chained.size());
            }
        }
        heads.rememberOnCommit(batch);
        return JdbcEventStorageEngineStatements.appendEvents(connection, schema, dataType, chained, serializer,
                timestampWriter);
    }

    /** What the store will hold for this event, as the chain check reads it back. */
    static EventContent contentOf(DomainEventMessage<?> event, Serializer serializer) {
        return contentOf(event, serializer.serialize(event.getPayload(), byte[].class), serializer);
    }

    private static EventContent contentOf(DomainEventMessage<?> event, SerializedObject<byte[]> payload,
                                          Serializer serializer) {
        byte[] metaData = serializer.serialize(event.getMetaData().withoutKeys(CHAIN_ENTRIES), byte[].class).getData();
        return new EventContent(event.getIdentifier(), event.getAggregateIdentifier(), event.getSequenceNumber(),
                event.getType(), payload.getType().getName(), payload.getType().getRevision(),
                DateTimeUtils.formatInstant(event.getTimestamp()), CanonicalJson.of(payload.getData()),
                CanonicalJson.of(metaData));
    }

    private String previousHash(Connection connection, EventSchema schema, DomainEventMessage<?> event,
                                Map<String, ChainHeads.Head> batch) throws SQLException {
        long previousSequence = event.getSequenceNumber() - 1;
        if (previousSequence < 0) {
            return EventHash.GENESIS;
        }
        ChainHeads.Head inBatch = batch.get(event.getAggregateIdentifier());
        if (inBatch != null && inBatch.sequence() == previousSequence) {
            return inBatch.hash();
        }
        Optional<String> remembered = heads.hashOf(event.getAggregateIdentifier(), previousSequence);
        return remembered.isPresent() ? remembered.get()
                : storedHash(connection, schema, event.getAggregateIdentifier(), previousSequence);
    }

    /** The predecessor's stored hash; {@link EventHash#GENESIS} if it has none (recorded before the chain) or is not there. */
    private static String storedHash(Connection connection, EventSchema schema, String aggregate, long sequence)
            throws SQLException {
        String sql = "SELECT " + schema.metaDataColumn() + " FROM " + schema.domainEventTable()
                + " WHERE " + schema.aggregateIdentifierColumn() + " = ? AND " + schema.sequenceNumberColumn() + " = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, aggregate);
            statement.setLong(2, sequence);
            try (ResultSet row = statement.executeQuery()) {
                byte[] metaData = row.next() ? row.getBytes(1) : null;
                String hash = metaData == null ? null : StoredMetaData.of(metaData).hash();
                return hash == null ? EventHash.GENESIS : hash;
            }
        }
    }

    /** An event with its chain entries, its payload serialized once: for its hash, then for its row. */
    private static final class Chained<T> extends GenericDomainEventMessage<T> {

        private final transient SerializedObject<byte[]> payload;
        private final transient Serializer serializer;

        Chained(DomainEventMessage<T> event, SerializedObject<byte[]> payload, Serializer serializer) {
            super(event.getType(), event.getAggregateIdentifier(), event.getSequenceNumber(), event, event.getTimestamp());
            this.payload = payload;
            this.serializer = serializer;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <S> SerializedObject<S> serializePayload(Serializer with, Class<S> representation) {
            return with == serializer && representation == byte[].class ? (SerializedObject<S>) payload
                    : super.serializePayload(with, representation);
        }
    }
}
