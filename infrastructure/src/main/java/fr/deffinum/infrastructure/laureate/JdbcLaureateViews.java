package fr.deffinum.infrastructure.laureate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.deffinum.application.laureate.AmendmentLine;
import fr.deffinum.application.laureate.Evaluation;
import fr.deffinum.application.laureate.LaureateFilter;
import fr.deffinum.application.laureate.LaureateStatus;
import fr.deffinum.application.laureate.LaureateView;
import fr.deffinum.application.laureate.LaureateViews;
import fr.deffinum.application.laureate.PaymentLine;
import fr.deffinum.application.laureate.RecoveryLine;
import fr.deffinum.domain.laureate.Programme;
import fr.deffinum.domain.laureate.Scope;
import fr.deffinum.domain.laureate.Sector;
import fr.deffinum.domain.laureate.events.PaymentCancelled;
import fr.deffinum.domain.money.Money;
import fr.deffinum.infrastructure.projection.CommittedWrites;
import fr.deffinum.infrastructure.projection.ReadModelRevision;
import fr.deffinum.infrastructure.projection.UnitOfWorkBatch;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The laureate read model: one {@code laureate_view} row per laureate with its totals (evaluation,
 * recoveries and amendments as JSON columns), and its payments as rows of {@code laureate_payment}.
 * A projection batch writes only the payment rows it added or cancelled, so a replay costs one row per
 * payment, not a rewrite of the laureate's whole list per batch.
 */
@Repository
class JdbcLaureateViews implements LaureateViews {

    private static final String PENDING = JdbcLaureateViews.class.getName();
    private static final String PRELOADED = PENDING + ".preloaded";
    private static final TypeReference<List<PaymentLine>> PAYMENTS = new TypeReference<>() { };
    private static final TypeReference<List<RecoveryLine>> RECOVERIES = new TypeReference<>() { };
    private static final TypeReference<List<AmendmentLine>> AMENDMENTS = new TypeReference<>() { };
    private static final String UPSERT = """
            INSERT INTO laureate_view (laureate_id, reference, name, lead, sectors_as_published, sector, scope,
                programme, strategy, status, total_cost, max_grant, awarded_amount, decision_reference, notified_on,
                paid, evaluation, selected_on, version, recoveries, amendments, withdrawn_on, siret)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?::jsonb, ?::jsonb, ?, ?)
            ON CONFLICT (laureate_id) DO UPDATE SET programme = EXCLUDED.programme, strategy = EXCLUDED.strategy,
                status = EXCLUDED.status, awarded_amount = EXCLUDED.awarded_amount,
                decision_reference = EXCLUDED.decision_reference, notified_on = EXCLUDED.notified_on,
                paid = EXCLUDED.paid, evaluation = EXCLUDED.evaluation,
                version = EXCLUDED.version, recoveries = EXCLUDED.recoveries, amendments = EXCLUDED.amendments,
                withdrawn_on = EXCLUDED.withdrawn_on, siret = EXCLUDED.siret
            WHERE laureate_view.version < EXCLUDED.version
            """;
    /** A payment is recorded once; the only later change of its row is its cancellation. */
    private static final String PAYMENT_UPSERT = """
            INSERT INTO laureate_payment (laureate_id, payment_id, amount, kind, paid_on, cancelled_on)
            VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (laureate_id, payment_id) DO UPDATE SET cancelled_on = EXCLUDED.cancelled_on
            WHERE EXCLUDED.cancelled_on IS NOT NULL
            """;
    private static final String SELECT = "SELECT v.*, %s AS payments FROM laureate_view v ";
    private static final String ALL_PAYMENTS = """
            (SELECT coalesce(jsonb_agg(jsonb_build_object('paymentId', p.payment_id, 'amount', p.amount,
                    'kind', p.kind, 'paidOn', p.paid_on, 'cancelledOn', p.cancelled_on) ORDER BY p.line_id), '[]')
             FROM laureate_payment p WHERE p.laureate_id = v.laureate_id)""";
    private static final String NO_PAYMENTS = "'[]'";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final ReadModelRevision revision;
    private final CommittedWrites written = new CommittedWrites();

    JdbcLaureateViews(JdbcTemplate jdbc, ObjectMapper json, ReadModelRevision revision) {
        this.jdbc = jdbc;
        this.json = json;
        this.revision = revision;
    }

    /** Within a projection batch, a view carries only the payments the batch may change (see {@link #preload}). */
    @Override
    public Optional<LaureateView> find(String id) {
        Map<String, Change> pending = UnitOfWorkBatch.pending(PENDING, this::write);
        if (pending != null && pending.containsKey(id)) {
            return Optional.of(pending.get(id).view());
        }
        Preloaded preloaded = UnitOfWorkBatch.preloaded(PRELOADED, this::preload);
        if (preloaded != null && preloaded.ids().contains(id)) {
            return Optional.ofNullable(preloaded.rows().get(id));
        }
        return jdbc.query(SELECT.formatted(ALL_PAYMENTS) + "WHERE v.laureate_id = ?", this::row, id).stream().findFirst();
    }

    /**
     * The rows of the laureates a batch's events concern, read once at the batch's first lookup. A fold
     * only appends payments, except a cancellation, which marks one: only the laureates with a
     * cancellation in the batch are read with their payments, the others with none, so that a batch reads
     * and writes only what it changes.
     */
    private Preloaded preload(List<DomainEventMessage<?>> events) {
        Set<String> ids = events.stream().map(DomainEventMessage::getAggregateIdentifier).collect(Collectors.toSet());
        Set<String> cancelling = events.stream().filter(event -> event.getPayloadType() == PaymentCancelled.class)
                .map(DomainEventMessage::getAggregateIdentifier).collect(Collectors.toSet());
        Map<String, LaureateView> rows = new HashMap<>();
        read(NO_PAYMENTS, ids, rows);
        read(ALL_PAYMENTS, cancelling, rows);
        return new Preloaded(ids, rows);
    }

    private void read(String payments, Set<String> ids, Map<String, LaureateView> into) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.query(connection -> {
            PreparedStatement select = connection.prepareStatement(
                    SELECT.formatted(payments) + "WHERE v.laureate_id = ANY (?)");
            select.setArray(1, connection.createArrayOf("varchar", ids.toArray()));
            return select;
        }, rs -> {
            LaureateView view = row(rs, 0);
            into.put(view.id(), view);
        });
    }

    private record Preloaded(Set<String> ids, Map<String, LaureateView> rows) {
    }

    /** A view to write, and the view it was folded from as stored (null when unknown: all its payments are written). */
    private record Change(LaureateView base, LaureateView view) {
    }

    @Override
    public List<LaureateView> search(LaureateFilter filter) {
        return revision.cached(filter, () -> List.copyOf(query(filter)));
    }

    private List<LaureateView> query(LaureateFilter filter) {
        StringBuilder sql = new StringBuilder(SELECT.formatted(ALL_PAYMENTS) + "WHERE true");
        List<Object> args = new ArrayList<>();
        if (filter.programme() != null) {
            sql.append(" AND programme = ?");
            args.add(filter.programme().name());
        }
        if (filter.status() != null) {
            sql.append(" AND status = ?");
            args.add(filter.status().name());
        }
        if (filter.sector() != null) {
            sql.append(" AND sector = ?");
            args.add(filter.sector().name());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            sql.append(" AND (name ILIKE ? OR reference ILIKE ? OR lead ILIKE ?)");
            String like = "%" + filter.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            args.addAll(List.of(like, like, like));
        }
        sql.append(" ORDER BY reference");
        return jdbc.query(sql.toString(), this::row, args.toArray());
    }

    @Override
    public void save(LaureateView view) {
        Map<String, Change> pending = UnitOfWorkBatch.pending(PENDING, this::write);
        if (pending != null) {
            pending.compute(view.id(), (id, earlier) -> new Change(earlier == null ? stored(id) : earlier.base(), view));
        } else {
            write(Map.of(view.id(), new Change(null, view)));
        }
    }

    private LaureateView stored(String id) {
        Preloaded preloaded = UnitOfWorkBatch.preloaded(PRELOADED, this::preload);
        return preloaded == null ? null : preloaded.rows().get(id);
    }

    @Override
    public void deleteAll() {
        jdbc.execute("TRUNCATE laureate_payment, laureate_view");
        revision.changed();
    }

    @Override
    public Optional<LaureateView> awaitVersion(String id, long version, Duration timeout) {
        Optional<LaureateView> view = written.await(() -> find(id).filter(found -> found.version() >= version), timeout);
        if (view.isPresent()) {
            // The row may be another instance's, or this one's before its commit moved the revision.
            revision.invalidate();
        }
        return view;
    }

    private void write(Map<String, Change> changes) {
        Collection<Change> rows = changes.values();
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(UPSERT, rows.stream().map(change -> columns(change.view())).toList());
        List<Object[]> payments = rows.stream().flatMap(JdbcLaureateViews::changedPayments).toList();
        if (!payments.isEmpty()) {
            jdbc.batchUpdate(PAYMENT_UPSERT, payments);
        }
        revision.changed();
        written.written();
    }

    /** The payments added or cancelled since the stored view, each as the columns of its row. */
    private static Stream<Object[]> changedPayments(Change change) {
        Map<String, LocalDate> stored = new HashMap<>();
        if (change.base() != null) {
            change.base().payments().forEach(line -> stored.put(line.paymentId(), line.cancelledOn()));
        }
        String laureate = change.view().id();
        return change.view().payments().stream()
                .filter(line -> !stored.containsKey(line.paymentId())
                        || !Objects.equals(stored.get(line.paymentId()), line.cancelledOn()))
                .map(line -> new Object[]{laureate, line.paymentId(), line.amount().amount(), line.kind().name(),
                        date(line.paidOn()), date(line.cancelledOn())});
    }

    private Object[] columns(LaureateView v) {
        return new Object[]{v.id(), v.reference(), v.name(), v.lead(), v.sectorsAsPublished(), v.sector().name(),
                v.scope() == null ? null : v.scope().name(), v.programme().name(), v.strategy(), v.status().name(),
                v.totalCost().amount(), v.maxGrant().amount(),
                v.awardedAmount() == null ? null : v.awardedAmount().amount(), v.decisionReference(),
                date(v.notifiedOn()), v.paid().amount(),
                v.evaluation() == null ? null : toJson(v.evaluation()), date(v.selectedOn()), v.version(),
                toJson(v.recoveries()), toJson(v.amendments()), date(v.withdrawnOn()), v.siret()};
    }

    private LaureateView row(ResultSet rs, int rowNum) throws SQLException {
        String scope = rs.getString("scope");
        String evaluation = rs.getString("evaluation");
        return new LaureateView(rs.getString("laureate_id"), rs.getString("reference"), rs.getString("name"),
                rs.getString("lead"), rs.getString("sectors_as_published"), Sector.valueOf(rs.getString("sector")),
                scope == null ? null : Scope.valueOf(scope), Programme.valueOf(rs.getString("programme")),
                rs.getString("strategy"), LaureateStatus.valueOf(rs.getString("status")),
                new Money(rs.getBigDecimal("total_cost")), new Money(rs.getBigDecimal("max_grant")),
                rs.getBigDecimal("awarded_amount") == null ? null : new Money(rs.getBigDecimal("awarded_amount")),
                rs.getString("decision_reference"), localDate(rs.getDate("notified_on")),
                new Money(rs.getBigDecimal("paid")), fromJson(rs.getString("payments"), PAYMENTS),
                evaluation == null ? null : fromJson(evaluation, new TypeReference<Evaluation>() { }),
                localDate(rs.getDate("selected_on")), rs.getLong("version"),
                fromJson(rs.getString("recoveries"), RECOVERIES), fromJson(rs.getString("amendments"), AMENDMENTS),
                localDate(rs.getDate("withdrawn_on")), rs.getString("siret"));
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T fromJson(String value, TypeReference<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
