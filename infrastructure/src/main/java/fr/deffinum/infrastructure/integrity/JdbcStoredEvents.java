package fr.deffinum.infrastructure.integrity;

import fr.deffinum.application.integrity.EventContent;
import fr.deffinum.application.integrity.StoredEvent;
import fr.deffinum.application.integrity.StoredEvents;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The event table read in global order through a cursor ({@value #FETCH_SIZE} rows at a time, in a
 * read-only transaction, which PostgreSQL's driver needs to stream rather than load the whole result).
 */
@Repository
class JdbcStoredEvents implements StoredEvents {

    private static final int FETCH_SIZE = 1000;
    private static final String COLUMNS = "SELECT globalindex, eventidentifier, aggregateidentifier, sequencenumber, type,"
            + " payloadtype, payloadrevision, timestamp, payload, metadata FROM domainevententry";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    JdbcStoredEvents(DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    @Override
    public void inGlobalOrder(String laureate, Consumer<StoredEvent> visitor) {
        RowCallbackHandler each = row -> visitor.accept(eventOf(row));
        readOnly.executeWithoutResult(status -> {
            if (laureate == null) {
                jdbc.query(COLUMNS + " ORDER BY globalindex", each);
            } else {
                jdbc.query(COLUMNS + " WHERE aggregateidentifier = ? ORDER BY globalindex", each, laureate);
            }
        });
    }

    private static StoredEvent eventOf(ResultSet row) throws SQLException {
        StoredMetaData metaData = StoredMetaData.of(row.getBytes("metadata"));
        EventContent content = new EventContent(row.getString("eventidentifier"), row.getString("aggregateidentifier"),
                row.getLong("sequencenumber"), row.getString("type"), row.getString("payloadtype"),
                row.getString("payloadrevision"), row.getString("timestamp"), CanonicalJson.of(row.getBytes("payload")),
                metaData.canonicalRest());
        return new StoredEvent(row.getLong("globalindex"), content, metaData.hash(), metaData.previousHash());
    }
}
