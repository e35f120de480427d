package fr.deffinum.infrastructure.proposal;

import com.fasterxml.jackson.core.type.TypeReference;
import fr.deffinum.application.laureate.Provenance;
import fr.deffinum.application.proposal.ProposalFilter;
import fr.deffinum.application.proposal.ProposalView;
import fr.deffinum.application.proposal.ProposalViews;
import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.commands.ProposableStep;
import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.ProgrammeCode;
import fr.deffinum.domain.proposal.ProposalId;
import fr.deffinum.domain.proposal.ProposalState;
import fr.deffinum.domain.proposal.events.ProposalApproved;
import fr.deffinum.domain.proposal.events.ProposalEvent;
import fr.deffinum.domain.proposal.events.ProposalRejected;
import fr.deffinum.domain.proposal.events.ProposalWithdrawn;
import fr.deffinum.domain.proposal.events.StepsProposed;
import fr.deffinum.infrastructure.json.JsonColumns;
import fr.deffinum.infrastructure.projection.CommittedWrites;
import fr.deffinum.infrastructure.projection.LiveBatch;
import fr.deffinum.infrastructure.projection.ReplayableReadModel;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The proposals' read model: one {@code proposal_view} row per proposal, fed by the {@value #NAME}
 * processor, answering {@link ProposalViews}. A row remembers the version of its last event, so an
 * event folded in again changes nothing. The steps are kept as stored in the event.
 */
@Component
@ProcessingGroup(ProposalReadModel.NAME)
class ProposalReadModel implements ProposalViews, ReplayableReadModel {

    static final String NAME = "proposals";

    private static final String PROPOSED = """
            INSERT INTO proposal_view (proposal_id, state, operation, laureate_id, programmes, amount, steps, documents,
                                       proposed_by, proposed_at, reason, version)
            VALUES (?, 'PENDING', ?, ?, ?::jsonb, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?) ON CONFLICT DO NOTHING
            """;
    private static final String CLOSED = """
            UPDATE proposal_view SET state = ?, decided_by = ?, decided_at = ?, decision_reason = ?, version = ?
            WHERE proposal_id = ? AND version < ?
            """;
    private static final TypeReference<List<ProposableStep>> STEPS = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final JsonColumns json;
    private final CommittedWrites written = new CommittedWrites();

    ProposalReadModel(JdbcTemplate jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(ProposalEvent event, TrackedEventMessage<?> message) {
        LiveBatch.add(this, message);
    }

    @Override
    public String processingGroup() {
        return NAME;
    }

    @Override
    public void reset() {
        jdbc.execute("TRUNCATE proposal_view");
    }

    @Override
    public void fold(List<? extends TrackedEventMessage<?>> events, Source source) {
        boolean changed = false;
        for (TrackedEventMessage<?> message : events) {
            if (message instanceof DomainEventMessage<?> event && event.getPayload() instanceof ProposalEvent payload) {
                fold(event, payload);
                changed = true;
            }
        }
        if (changed) {
            written.written();
        }
    }

    private void fold(DomainEventMessage<?> event, ProposalEvent payload) {
        UUID id = UUID.fromString(payload.proposalId().value());
        Timestamp at = Timestamp.from(event.getTimestamp());
        String reason = reason(event);
        long version = event.getSequenceNumber();
        if (payload instanceof StepsProposed proposed) {
            List<ProposableStep> steps = proposed.steps();
            BigDecimal amount = steps.stream().map(ProposableStep::amount).filter(Objects::nonNull)
                    .map(Money::amount).reduce(BigDecimal::add).orElse(null);
            jdbc.update(PROPOSED, id, steps.size() == 1 ? steps.get(0).operation().name() : ProposalView.IMPORT,
                    steps.size() == 1 ? steps.get(0).laureateId().value() : null,
                    json.write(proposed.programmes().stream().map(ProgrammeCode::value).sorted().toList()), amount,
                    json.write(steps, STEPS), json.write(proposed.documents()), proposed.proposer(), at, reason, version);
        } else if (payload instanceof ProposalApproved approved) {
            close(id, ProposalState.APPROVED, approved.approver(), at, reason, version);
        } else if (payload instanceof ProposalRejected rejected) {
            close(id, ProposalState.REJECTED, rejected.rejecter(), at, reason, version);
        } else if (payload instanceof ProposalWithdrawn withdrawn) {
            close(id, ProposalState.WITHDRAWN, withdrawn.author(), at, reason, version);
        }
    }

    private void close(UUID id, ProposalState state, String by, Timestamp at, String reason, long version) {
        jdbc.update(CLOSED, state.name(), by, at, reason, version, id, version);
    }

    @Override
    public Optional<ProposalView> find(ProposalId id) {
        return jdbc.query("SELECT * FROM proposal_view WHERE proposal_id = ?", this::view, UUID.fromString(id.value()))
                .stream().findFirst();
    }

    @Override
    public List<ProposalView> search(ProposalFilter filter) {
        StringBuilder sql = new StringBuilder("SELECT * FROM proposal_view WHERE true");
        List<Object> args = new ArrayList<>();
        if (filter.state() != null) {
            sql.append(" AND state = ?");
            args.add(filter.state().name());
        }
        if (filter.programme() != null) {
            sql.append(" AND programmes @> ?::jsonb");
            args.add(json.write(List.of(filter.programme().value())));
        }
        if (filter.laureate() != null) {
            sql.append(" AND steps @> ?::jsonb");
            args.add(json.write(List.of(Map.of("laureateId", filter.laureate().value()))));
        }
        sql.append(" ORDER BY proposed_at, proposal_id");
        return jdbc.query(sql.toString(), this::view, args.toArray());
    }

    @Override
    public Optional<ProposalView> awaitVersion(ProposalId id, long version, Duration timeout) {
        return written.await(() -> find(id).filter(found -> found.version() >= version), timeout);
    }

    private ProposalView view(ResultSet rs, int row) throws SQLException {
        BigDecimal amount = rs.getBigDecimal("amount");
        String laureate = rs.getString("laureate_id");
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        return new ProposalView(new ProposalId(rs.getString("proposal_id")), ProposalState.valueOf(rs.getString("state")),
                rs.getString("operation"), laureate == null ? null : new LaureateId(laureate),
                json.read(rs.getString("programmes"), STRINGS).stream().map(ProgrammeCode::new).collect(Collectors.toSet()),
                amount == null ? null : new Money(amount), json.read(rs.getString("steps"), STEPS),
                json.read(rs.getString("documents"), STRINGS), rs.getString("proposed_by"),
                rs.getTimestamp("proposed_at").toInstant(), rs.getString("reason"), rs.getString("decided_by"),
                decidedAt == null ? null : decidedAt.toInstant(), rs.getString("decision_reason"), rs.getLong("version"));
    }

    private static String reason(DomainEventMessage<?> event) {
        Object reason = event.getMetaData().get(Provenance.REASON);
        return reason == null || reason.toString().isBlank() ? null : reason.toString();
    }
}
