package fr.deffinum.infrastructure.laureate;

import fr.deffinum.application.document.DocumentView;
import fr.deffinum.application.document.DocumentViews;
import fr.deffinum.application.laureate.Provenance;
import fr.deffinum.application.ledger.PointInTime;
import fr.deffinum.domain.laureate.DocumentKind;
import fr.deffinum.domain.laureate.events.DocumentAttached;
import fr.deffinum.infrastructure.projection.ReplayCopy;
import fr.deffinum.infrastructure.projection.ReplayableReadModel.Source;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The documents' rows in {@code document_view}, one per document attached, with who attached it,
 * when and why. {@link LaureateReadModel} writes them in the batch and transaction of the laureate's
 * row, so a laureate's version covers its documents; keyed by the document's id, so that an event
 * folded in again changes nothing.
 */
@Component
class DocumentRows implements DocumentViews {

    private static final String COLUMNS = "document_id, laureate_id, sequence, kind, file_name, media_type, size, "
            + "sha256, attached_by, attached_at, attached_on, reason";
    private static final String INSERT = "INSERT INTO document_view (" + COLUMNS + ") "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (document_id) DO NOTHING";

    private final JdbcTemplate jdbc;

    DocumentRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes a row for each document the events attach; the others are left out. */
    void fold(List<DomainEventMessage<?>> events, Source source) {
        List<Object[]> rows = events.stream()
                .filter(event -> event.getPayload() instanceof DocumentAttached)
                .map(DocumentRows::columns)
                .toList();
        if (!rows.isEmpty()) {
            ReplayCopy.insert(jdbc, "document_view", COLUMNS, INSERT, rows, source);
        }
    }

    void reset() {
        jdbc.execute("TRUNCATE document_view");
    }

    @Override
    public Optional<DocumentView> find(String documentId) {
        return jdbc.query("SELECT * FROM document_view WHERE document_id = ?", DocumentRows::row, documentId)
                .stream().findFirst();
    }

    @Override
    public List<DocumentView> of(String laureateId, PointInTime point) {
        return jdbc.query("SELECT * FROM document_view WHERE laureate_id = ? ORDER BY sequence", DocumentRows::row,
                        laureateId).stream()
                .filter(document -> point.includes(document.attachedAt(), document.attachedOn()))
                .toList();
    }

    private static Object[] columns(DomainEventMessage<?> event) {
        DocumentAttached document = (DocumentAttached) event.getPayload();
        Provenance provenance = Provenance.from(event.getMetaData());
        return new Object[]{document.documentId(), document.laureateId().value(), event.getSequenceNumber(),
                document.kind().name(), document.fileName(), document.mediaType(), document.size(), document.sha256(),
                provenance.actor(), Timestamp.from(event.getTimestamp()), Date.valueOf(document.attachedOn()),
                provenance.reason()};
    }

    private static DocumentView row(ResultSet rs, int rowNum) throws SQLException {
        return new DocumentView(rs.getString("document_id"), rs.getString("laureate_id"),
                DocumentKind.valueOf(rs.getString("kind")), rs.getString("file_name"), rs.getString("media_type"),
                rs.getLong("size"), rs.getString("sha256"), rs.getString("attached_by"),
                rs.getTimestamp("attached_at").toInstant(), rs.getDate("attached_on").toLocalDate(),
                rs.getString("reason"));
    }
}
