package fr.deffinum.infrastructure.programme;

import com.fasterxml.jackson.core.type.TypeReference;
import fr.deffinum.application.laureate.Provenance;
import fr.deffinum.application.ledger.PointInTime;
import fr.deffinum.application.programme.EnvelopeStatement;
import fr.deffinum.application.programme.ProgrammeView;
import fr.deffinum.application.programme.Programmes;
import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.ApprovalPolicy;
import fr.deffinum.domain.programme.Operation;
import fr.deffinum.domain.programme.ProgrammeCode;
import fr.deffinum.domain.programme.events.ApprovalPolicyChanged;
import fr.deffinum.domain.programme.events.EnvelopeChanged;
import fr.deffinum.domain.programme.events.OfficersAssigned;
import fr.deffinum.domain.programme.events.ProgrammeEvent;
import fr.deffinum.domain.programme.events.ProgrammeOpened;
import fr.deffinum.infrastructure.json.JsonColumns;
import fr.deffinum.infrastructure.projection.CommittedWrites;
import fr.deffinum.infrastructure.projection.LiveBatch;
import fr.deffinum.infrastructure.projection.ReplayableReadModel;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The programme read model: one {@code programme_view} row per programme (what it is, its envelope,
 * taxonomy, officers and approval policy) and one {@code programme_envelope} row per statement of its envelope (the
 * opening's and each change, with who and why); fed by the {@value #NAME} processor, answering
 * {@link Programmes}. Reservations only move a row's version. A row remembers the version of its
 * last event, so an event folded in again changes nothing.
 */
@Component
@ProcessingGroup(ProgrammeReadModel.NAME)
class ProgrammeReadModel implements Programmes, ReplayableReadModel {

    static final String NAME = "programmes";

    private static final String UPSERT = """
            INSERT INTO programme_view (code, name, plan, eu_funded, operator, opened_on, envelope, sectors, officers,
                                        approval_operations, approval_threshold, opened_at, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?, ?)
            ON CONFLICT (code) DO UPDATE SET envelope = excluded.envelope, officers = excluded.officers,
                                             approval_operations = excluded.approval_operations,
                                             approval_threshold = excluded.approval_threshold,
                                             version = excluded.version
            WHERE programme_view.version < excluded.version
            """;
    private static final String ENVELOPE = """
            INSERT INTO programme_envelope (code, sequence, envelope, changed_on, recorded_at, actor, reason)
            VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
            """;
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final JsonColumns json;
    private final CommittedWrites written = new CommittedWrites();

    ProgrammeReadModel(JdbcTemplate jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(ProgrammeEvent event, TrackedEventMessage<?> message) {
        LiveBatch.add(this, message);
    }

    @Override
    public String processingGroup() {
        return NAME;
    }

    @Override
    public void reset() {
        jdbc.execute("TRUNCATE programme_view, programme_envelope");
    }

    @Override
    public void fold(List<? extends TrackedEventMessage<?>> events, Source source) {
        Map<String, Row> rows = new LinkedHashMap<>();
        List<Object[]> envelopes = new ArrayList<>();
        for (TrackedEventMessage<?> message : events) {
            if (!(message instanceof DomainEventMessage<?> event) || !(event.getPayload() instanceof ProgrammeEvent e)) {
                continue;
            }
            String code = e.code().value();
            Row row = rows.computeIfAbsent(code, this::stored);
            if (row != null && event.getSequenceNumber() <= row.version) {
                continue;
            }
            if (e instanceof ProgrammeOpened opened) {
                row = new Row(opened, message.trackingToken().position().orElse(0));
                envelopes.add(envelope(event, opened.envelope(), opened.openedOn(), openingReason(event)));
            } else if (row == null) {
                continue;
            } else if (e instanceof EnvelopeChanged changed) {
                row.envelope = changed.envelope();
                envelopes.add(envelope(event, changed.envelope(), changed.changedOn(), changed.reason()));
            } else if (e instanceof OfficersAssigned assigned) {
                row.officers = new TreeSet<>(assigned.officers());
            } else if (e instanceof ApprovalPolicyChanged policy) {
                row.approvalPolicy = policy.policy();
            }
            row.version = event.getSequenceNumber();
            rows.put(code, row);
        }
        List<Object[]> changed = rows.values().stream().filter(row -> row != null && row.changed()).map(this::columns).toList();
        if (changed.isEmpty() && envelopes.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(UPSERT, changed);
        jdbc.batchUpdate(ENVELOPE, envelopes);
        written.written();
    }

    @Override
    public Optional<ProgrammeView> find(ProgrammeCode code) {
        return jdbc.query("SELECT * FROM programme_view WHERE code = ?", this::view, code.value()).stream().findFirst();
    }

    @Override
    public List<ProgrammeView> all() {
        return jdbc.query("SELECT * FROM programme_view ORDER BY opened_at, code", this::view);
    }

    @Override
    public List<EnvelopeStatement> envelopes(ProgrammeCode code, PointInTime point) {
        StringBuilder sql = new StringBuilder("SELECT * FROM programme_envelope WHERE code = ?");
        List<Object> args = new ArrayList<>(List.of(code.value()));
        if (point.asOf() != null) {
            sql.append(" AND recorded_at <= ?");
            args.add(Timestamp.from(point.asOf()));
        }
        if (point.effectiveOn() != null) {
            sql.append(" AND changed_on <= ?");
            args.add(Date.valueOf(point.effectiveOn()));
        }
        sql.append(" ORDER BY sequence");
        return jdbc.query(sql.toString(), (rs, row) -> {
            BigDecimal envelope = rs.getBigDecimal("envelope");
            return new EnvelopeStatement(envelope == null ? null : new Money(envelope),
                    rs.getDate("changed_on").toLocalDate(), rs.getTimestamp("recorded_at").toInstant(),
                    rs.getString("actor"), rs.getString("reason"));
        }, args.toArray());
    }

    @Override
    public Optional<ProgrammeView> awaitVersion(ProgrammeCode code, long version, Duration timeout) {
        return written.await(() -> find(code).filter(found -> found.version() >= version), timeout);
    }

    private Row stored(String code) {
        return jdbc.query("SELECT * FROM programme_view WHERE code = ?", (rs, n) -> new Row(view(rs, n), rs.getLong("opened_at")), code)
                .stream().findFirst().orElse(null);
    }

    private Object[] envelope(DomainEventMessage<?> event, Money envelope, java.time.LocalDate on, String reason) {
        Object actor = event.getMetaData().get(Provenance.ACTOR);
        return new Object[]{((ProgrammeEvent) event.getPayload()).code().value(), event.getSequenceNumber(),
                envelope == null ? null : envelope.amount(), Date.valueOf(on), Timestamp.from(event.getTimestamp()),
                actor == null ? "" : actor.toString(), reason};
    }

    /** An opening carries no reason of its own: the one it was recorded with, if any, is its envelope's. */
    private static String openingReason(DomainEventMessage<?> event) {
        Object reason = event.getMetaData().get(Provenance.REASON);
        return reason == null || reason.toString().isBlank() ? null : reason.toString();
    }

    private Object[] columns(Row row) {
        ProgrammeView v = row.view();
        return new Object[]{v.code().value(), v.name(), v.plan(), v.euFunded(), v.operator(), Date.valueOf(v.openedOn()),
                v.envelope() == null ? null : v.envelope().amount(), json.write(v.sectors()),
                json.write(new TreeSet<>(v.officers())),
                v.approvalPolicy() == null ? null : json.write(new TreeSet<>(v.approvalPolicy().operations())),
                v.approvalPolicy() == null || v.approvalPolicy().threshold() == null ? null
                        : v.approvalPolicy().threshold().amount(), row.openedAt, v.version()};
    }

    private ProgrammeView view(ResultSet rs, int row) throws SQLException {
        BigDecimal envelope = rs.getBigDecimal("envelope");
        String operations = rs.getString("approval_operations");
        BigDecimal threshold = rs.getBigDecimal("approval_threshold");
        ApprovalPolicy policy = operations == null ? null : new ApprovalPolicy(
                json.read(operations, STRINGS).stream().map(Operation::valueOf).collect(Collectors.toSet()),
                threshold == null ? null : new Money(threshold));
        return new ProgrammeView(new ProgrammeCode(rs.getString("code")), rs.getString("name"), rs.getString("plan"),
                rs.getBoolean("eu_funded"), rs.getString("operator"), rs.getDate("opened_on").toLocalDate(),
                envelope == null ? null : new Money(envelope), json.read(rs.getString("sectors"), STRINGS),
                Set.copyOf(json.read(rs.getString("officers"), STRINGS)), policy, rs.getLong("version"));
    }

    /** A programme's row as a batch folds it; {@code changed} once an event of the batch moved it. */
    private static final class Row {

        private final ProgrammeView opened;
        private final long openedAt;
        private final long storedVersion;
        private Money envelope;
        private Set<String> officers;
        private ApprovalPolicy approvalPolicy;
        private long version;

        Row(ProgrammeView stored, long openedAt) {
            this.opened = stored;
            this.openedAt = openedAt;
            this.storedVersion = stored.version();
            this.envelope = stored.envelope();
            this.officers = new TreeSet<>(stored.officers());
            this.approvalPolicy = stored.approvalPolicy();
            this.version = stored.version();
        }

        Row(ProgrammeOpened event, long openedAt) {
            this(new ProgrammeView(event.code(), event.name(), event.plan(), event.euFunded(), event.operator(),
                    event.openedOn(), event.envelope(), event.sectors(), Set.of(), null, -1), openedAt);
        }

        boolean changed() {
            return version != storedVersion;
        }

        ProgrammeView view() {
            return new ProgrammeView(opened.code(), opened.name(), opened.plan(), opened.euFunded(), opened.operator(),
                    opened.openedOn(), envelope, opened.sectors(), officers, approvalPolicy, version);
        }
    }
}
