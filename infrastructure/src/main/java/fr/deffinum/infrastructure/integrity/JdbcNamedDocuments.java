package fr.deffinum.infrastructure.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import fr.deffinum.application.integrity.NamedDocument;
import fr.deffinum.application.integrity.NamedDocuments;
import fr.deffinum.domain.laureate.events.DocumentAttached;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * The documents named by the {@link DocumentAttached} events of the event table, read from their
 * stored payloads through the partial index on that payload type. A payload that no longer reads
 * names no document: the chain check reports that event.
 */
@Repository
class JdbcNamedDocuments implements NamedDocuments {

    private static final String SELECT = "SELECT aggregateidentifier, payload FROM domainevententry WHERE payloadtype = ?";

    private final JdbcTemplate jdbc;

    JdbcNamedDocuments(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    public void inGlobalOrder(String laureate, Consumer<NamedDocument> visitor) {
        RowCallbackHandler each = row -> named(row, visitor);
        String type = DocumentAttached.class.getName();
        if (laureate == null) {
            jdbc.query(SELECT + " ORDER BY globalindex", each, type);
        } else {
            jdbc.query(SELECT + " AND aggregateidentifier = ? ORDER BY globalindex", each, type, laureate);
        }
    }

    private static void named(ResultSet row, Consumer<NamedDocument> visitor) throws SQLException {
        String laureate = row.getString("aggregateidentifier");
        CanonicalJson.read(row.getBytes("payload"))
                .filter(payload -> payload.hasNonNull("documentId") && payload.hasNonNull("sha256"))
                .ifPresent(payload -> visitor.accept(new NamedDocument(text(payload, "documentId"), laureate,
                        text(payload, "sha256"))));
    }

    private static String text(JsonNode payload, String field) {
        return payload.get(field).asText();
    }
}
