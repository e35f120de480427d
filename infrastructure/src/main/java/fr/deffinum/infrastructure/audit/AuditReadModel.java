package fr.deffinum.infrastructure.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.deffinum.application.audit.AuditFilter;
import fr.deffinum.application.audit.AuditJournal;
import fr.deffinum.application.audit.AuditPage;
import fr.deffinum.application.audit.RecordedEvent;
import fr.deffinum.application.audit.Recording;
import fr.deffinum.domain.laureate.events.LaureateEvent;
import fr.deffinum.infrastructure.projection.LiveBatch;
import fr.deffinum.infrastructure.projection.ReplayCopy;
import fr.deffinum.infrastructure.projection.ReplayableReadModel;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The audit journal in {@code audit_entry}: every laureate event with its provenance, one row per
 * stored event, keyed by the event's id so that an event folded in again changes nothing; fed by the
 * {@value #NAME} processor, answering {@link AuditJournal}. Its order is the stream position at which
 * an event was folded in: an event committed after one with a higher global index arrives at that
 * higher position, so a position does not identify an event.
 */
@Component
@ProcessingGroup(AuditReadModel.NAME)
class AuditReadModel implements AuditJournal, ReplayableReadModel {

    static final String NAME = "audit";

    private static final String COLUMNS =
            "global_index, event_id, laureate_id, sequence, type, recorded_at, effective_date, actor, reason, "
                    + "correlation_id, payload, approved_by, documents";
    private static final String INSERT = "INSERT INTO audit_entry (" + COLUMNS + ") " + """
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)
            ON CONFLICT (event_id) DO NOTHING
            """;

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    AuditReadModel(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(LaureateEvent event, TrackedEventMessage<?> message) {
        LiveBatch.add(this, message);
    }

    @Override
    public String processingGroup() {
        return NAME;
    }

    @Override
    public void reset() {
        jdbc.execute("TRUNCATE audit_entry");
    }

    @Override
    public void fold(List<? extends TrackedEventMessage<?>> events, Source source) {
        Map<String, RecordedEvent> recorded = new LinkedHashMap<>();
        for (TrackedEventMessage<?> message : events) {
            if (message instanceof DomainEventMessage<?> event && event.getPayload() instanceof LaureateEvent) {
                long position = message.trackingToken().position().orElseThrow();
                recorded.put(event.getIdentifier(), Recording.of(event, position));
            }
        }
        if (recorded.isEmpty()) {
            return;
        }
        List<Object[]> rows = recorded.values().stream().map(e -> new Object[]{e.globalIndex(), e.eventId(),
                e.laureateId(), e.sequence(), e.type(), Timestamp.from(e.recordedAt()),
                e.effectiveDate() == null ? null : Date.valueOf(e.effectiveDate()), e.actor(), e.reason(),
                e.correlationId(), toJson(e.payload()), e.approvedBy(),
                e.documents().isEmpty() ? null : String.join(",", e.documents())}).toList();
        ReplayCopy.insert(jdbc, "audit_entry", COLUMNS, INSERT, rows, source);
    }

    @Override
    public AuditPage search(AuditFilter filter) {
        StringBuilder where = new StringBuilder(" WHERE true");
        List<Object> args = new ArrayList<>();
        if (filter.from() != null) {
            where.append(" AND recorded_at >= ?");
            args.add(Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" AND recorded_at < ?");
            args.add(Timestamp.from(filter.to()));
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            where.append(" AND actor = ?");
            args.add(filter.actor());
        }
        if (filter.type() != null && !filter.type().isBlank()) {
            where.append(" AND type = ?");
            args.add(filter.type());
        }
        if (filter.laureateId() != null && !filter.laureateId().isBlank()) {
            where.append(" AND laureate_id = ?");
            args.add(filter.laureateId());
        }
        Long total = jdbc.queryForObject("SELECT count(*) FROM audit_entry" + where, Long.class, args.toArray());
        args.add(filter.size());
        args.add((long) filter.page() * filter.size());
        List<RecordedEvent> events = jdbc.query("SELECT * FROM audit_entry" + where
                + " ORDER BY global_index DESC, recorded_at DESC, event_id LIMIT ? OFFSET ?", this::row, args.toArray());
        return new AuditPage(events, filter.page(), filter.size(), total == null ? 0 : total);
    }

    private RecordedEvent row(ResultSet rs, int rowNum) throws SQLException {
        Date effective = rs.getDate("effective_date");
        try {
            return new RecordedEvent(rs.getLong("global_index"), rs.getString("event_id"), rs.getString("laureate_id"),
                    rs.getLong("sequence"), rs.getString("type"), rs.getTimestamp("recorded_at").toInstant(),
                    effective == null ? null : effective.toLocalDate(), rs.getString("actor"), rs.getString("reason"),
                    rs.getString("correlation_id"), rs.getString("approved_by"), documents(rs.getString("documents")),
                    json.readTree(rs.getString("payload")));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> documents(String column) {
        return column == null ? List.of() : List.of(column.split(","));
    }

    private String toJson(Object payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
