package fr.deffinum.infrastructure.convention;

import fr.deffinum.application.convention.LaureateFile;
import fr.deffinum.application.convention.ScheduleFacts;
import fr.deffinum.application.ledger.PointInTime;
import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.events.ConventionSigned;
import fr.deffinum.domain.laureate.events.DecisionNotified;
import fr.deffinum.domain.laureate.events.DocumentAttached;
import fr.deffinum.domain.laureate.events.LaureateEvent;
import fr.deffinum.domain.laureate.events.LaureateWithdrawn;
import fr.deffinum.domain.laureate.events.PaymentCancelled;
import fr.deffinum.domain.laureate.events.PaymentMade;
import fr.deffinum.domain.laureate.events.ScheduleReplanned;
import fr.deffinum.domain.programme.Deadlines;
import fr.deffinum.domain.programme.ProgrammeCode;
import fr.deffinum.domain.programme.events.DeadlinesChanged;
import fr.deffinum.infrastructure.json.JsonColumns;
import fr.deffinum.infrastructure.projection.CommittedWrites;
import fr.deffinum.infrastructure.projection.LiveBatch;
import fr.deffinum.infrastructure.projection.ReplayableReadModel;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The events conventions are followed from, one {@code schedule_fact} row each, keyed by aggregate and
 * sequence so that an event folded in again changes nothing, with {@code schedule_version} telling how
 * far each laureate is folded in; fed by the {@value #NAME} processor, answering {@link ScheduleFacts}.
 * A reading keeps the rows within both times and folds them in Java ({@link LaureateFile}).
 */
@Component
@ProcessingGroup(ScheduleReadModel.NAME)
class ScheduleReadModel implements ScheduleFacts, ReplayableReadModel {

    static final String NAME = "schedules";

    private static final Map<String, Class<?>> KEPT = Stream.of(DecisionNotified.class, ConventionSigned.class,
                    ScheduleReplanned.class, DocumentAttached.class, PaymentMade.class, PaymentCancelled.class,
                    LaureateWithdrawn.class, DeadlinesChanged.class)
            .collect(Collectors.toMap(Class::getSimpleName, Function.identity()));
    private static final String INSERT = """
            INSERT INTO schedule_fact (aggregate_id, sequence, event_type, payload, effective_on, recorded_at)
            VALUES (?, ?, ?, ?::jsonb, ?, ?) ON CONFLICT DO NOTHING
            """;
    private static final String VERSION = """
            INSERT INTO schedule_version (aggregate_id, version) VALUES (?, ?)
            ON CONFLICT (aggregate_id) DO UPDATE SET version = greatest(schedule_version.version, excluded.version)
            """;
    private static final String FILES = """
            SELECT l.laureate_id, l.name, l.programme, f.event_type, f.payload
            FROM laureate_view l JOIN schedule_fact f ON f.aggregate_id = l.laureate_id
            WHERE %s AND f.recorded_at <= ? AND f.effective_on <= ?
            ORDER BY l.laureate_id, f.sequence
            """;

    private final JdbcTemplate jdbc;
    private final JsonColumns json;
    private final CommittedWrites written = new CommittedWrites();

    ScheduleReadModel(JdbcTemplate jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(LaureateEvent event, TrackedEventMessage<?> message) {
        LiveBatch.add(this, message);
    }

    @EventHandler
    void on(DeadlinesChanged event, TrackedEventMessage<?> message) {
        LiveBatch.add(this, message);
    }

    @Override
    public String processingGroup() {
        return NAME;
    }

    @Override
    public void reset() {
        jdbc.execute("TRUNCATE schedule_fact, schedule_version");
    }

    @Override
    public void fold(List<? extends TrackedEventMessage<?>> events, Source source) {
        List<Object[]> facts = new ArrayList<>();
        Map<String, Long> versions = new LinkedHashMap<>();
        for (TrackedEventMessage<?> message : events) {
            if (message instanceof DomainEventMessage<?> event
                    && (event.getPayload() instanceof LaureateEvent || event.getPayload() instanceof DeadlinesChanged)) {
                versions.merge(event.getAggregateIdentifier(), event.getSequenceNumber(), Math::max);
                if (KEPT.containsKey(event.getPayloadType().getSimpleName())) {
                    facts.add(new Object[]{event.getAggregateIdentifier(), event.getSequenceNumber(),
                            event.getPayloadType().getSimpleName(), json.write(event.getPayload()),
                            Date.valueOf(effectiveOn(event.getPayload())), Timestamp.from(event.getTimestamp())});
                }
            }
        }
        if (versions.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(INSERT, facts);
        jdbc.batchUpdate(VERSION, versions.entrySet().stream()
                .map(version -> new Object[]{version.getKey(), version.getValue()}).toList());
        written.written();
    }

    private static LocalDate effectiveOn(Object payload) {
        return payload instanceof LaureateEvent event ? event.effectiveOn() : ((DeadlinesChanged) payload).effectiveOn();
    }

    @Override
    public List<LaureateFile> files(Set<ProgrammeCode> programmes, PointInTime point) {
        List<Object> args = new ArrayList<>();
        String where = "true";
        if (programmes != null) {
            where = "l.programme = ANY (?)";
            args.add(programmes.stream().map(ProgrammeCode::value).toArray(String[]::new));
        }
        return read(where, args, point);
    }

    @Override
    public LaureateFile file(LaureateId laureate, PointInTime point) {
        List<LaureateFile> files = read("l.laureate_id = ?", new ArrayList<>(List.of(laureate.value())), point);
        return files.isEmpty() ? new LaureateFile(laureate, null, null, List.of()) : files.get(0);
    }

    private List<LaureateFile> read(String where, List<Object> args, PointInTime point) {
        args.addAll(List.of(recordedBy(point), effectiveBy(point)));
        Map<String, FileRows> rows = new LinkedHashMap<>();
        jdbc.query(FILES.formatted(where), rs -> {
            String laureate = rs.getString("laureate_id");
            FileRows file = rows.get(laureate);
            if (file == null) {
                file = new FileRows(rs.getString("name"), rs.getString("programme"), new ArrayList<>());
                rows.put(laureate, file);
            }
            file.events().add((LaureateEvent) json.read(rs.getString("payload"), KEPT.get(rs.getString("event_type"))));
        }, args.toArray());
        return rows.entrySet().stream().map(file -> new LaureateFile(new LaureateId(file.getKey()),
                file.getValue().name(), new ProgrammeCode(file.getValue().programme()), file.getValue().events())).toList();
    }

    private static Timestamp recordedBy(PointInTime point) {
        return Timestamp.from(point.asOf() == null ? Instant.now() : point.asOf());
    }

    private static Date effectiveBy(PointInTime point) {
        return Date.valueOf(point.effectiveOn() == null ? LocalDate.of(9999, 12, 31) : point.effectiveOn());
    }

    @Override
    public Map<ProgrammeCode, Deadlines> deadlines(PointInTime point) {
        Map<ProgrammeCode, Deadlines> deadlines = new LinkedHashMap<>();
        jdbc.query("""
                SELECT payload FROM schedule_fact
                WHERE event_type = 'DeadlinesChanged' AND recorded_at <= ? AND effective_on <= ?
                ORDER BY effective_on, sequence
                """, rs -> {
            DeadlinesChanged changed = json.read(rs.getString("payload"), DeadlinesChanged.class);
            deadlines.put(changed.code(), changed.deadlines());
        }, recordedBy(point), effectiveBy(point));
        return deadlines;
    }

    @Override
    public boolean awaitVersion(LaureateId laureate, long version, Duration timeout) {
        return written.await(() -> jdbc.query("SELECT version FROM schedule_version WHERE aggregate_id = ?",
                        (rs, row) -> rs.getLong(1), laureate.value()).stream().findFirst().filter(v -> v >= version),
                timeout).isPresent();
    }

    private record FileRows(String name, String programme, List<LaureateEvent> events) {
    }
}
