package fr.deffinum.infrastructure.laureate;

import com.fasterxml.jackson.core.type.TypeReference;
import fr.deffinum.application.laureate.AmendmentLine;
import fr.deffinum.application.laureate.Evaluation;
import fr.deffinum.application.laureate.LaureateFilter;
import fr.deffinum.application.laureate.LaureateKey;
import fr.deffinum.application.laureate.LaureateStatus;
import fr.deffinum.application.laureate.LaureateView;
import fr.deffinum.application.laureate.LaureateViews;
import fr.deffinum.application.laureate.PaymentLine;
import fr.deffinum.application.laureate.RecoveryLine;
import fr.deffinum.domain.laureate.Scope;
import fr.deffinum.domain.laureate.events.LaureateEvent;
import fr.deffinum.domain.laureate.events.LaureateSelected;
import fr.deffinum.domain.laureate.events.PaymentCancelled;
import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.ProgrammeCode;
import fr.deffinum.infrastructure.json.JsonColumns;
import fr.deffinum.infrastructure.projection.CommittedWrites;
import fr.deffinum.infrastructure.projection.LiveBatch;
import fr.deffinum.infrastructure.projection.ReadModelRevision;
import fr.deffinum.infrastructure.projection.ReplayableReadModel;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The laureate read model: one {@code laureate_view} row per laureate with its totals (evaluation,
 * recoveries and amendments as JSON columns), and its payments as rows of {@code laureate_payment};
 * fed by the {@value #NAME} processor, answering {@link LaureateViews}. A batch of events reads the
 * rows of the laureates it concerns in one query, folds each event into its laureate's view
 * ({@link LaureateView}'s withers) and writes the rows it changed in one statement per table, only
 * the payment rows it added or cancelled: a replay costs one row per payment, not a rewrite of the
 * laureate's whole list per batch. The rows of its documents are written with it ({@link DocumentRows}).
 * A row remembers the version of its last event, so an event folded in again changes nothing.
 */
@Component
@ProcessingGroup(LaureateReadModel.NAME)
class LaureateReadModel implements LaureateViews, ReplayableReadModel {

    static final String NAME = "laureates";

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
    private final JsonColumns json;
    private final ReadModelRevision revision;
    private final CommittedWrites written = new CommittedWrites();
    private final DocumentRows documents;

    LaureateReadModel(JdbcTemplate jdbc, JsonColumns json, ReadModelRevision revision, DocumentRows documents) {
        this.documents = documents;
        this.jdbc = jdbc;
        this.json = json;
        this.revision = revision;
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
        jdbc.execute("TRUNCATE laureate_payment, laureate_view");
        documents.reset();
        revision.changed();
    }

    @Override
    public void fold(List<? extends TrackedEventMessage<?>> events, Source source) {
        List<DomainEventMessage<?>> laureateEvents = events.stream()
                .filter(event -> event instanceof DomainEventMessage<?> && event.getPayload() instanceof LaureateEvent)
                .<DomainEventMessage<?>>map(event -> (DomainEventMessage<?>) event)
                .toList();
        Map<String, LaureateView> stored = stored(laureateEvents);
        Map<String, LaureateView> folded = new LinkedHashMap<>();
        for (DomainEventMessage<?> event : laureateEvents) {
            String id = event.getAggregateIdentifier();
            LaureateView view = folded.getOrDefault(id, stored.get(id));
            LaureateView next = next(view, (LaureateEvent) event.getPayload(), event.getSequenceNumber());
            if (next != view) {
                folded.put(id, next);
            }
        }
        documents.fold(laureateEvents, source);
        write(stored, folded.values());
    }

    /** A laureate is known from its selection on; an event that comes after its view's version moves it on. */
    private static LaureateView next(LaureateView view, LaureateEvent event, long version) {
        if (view == null) {
            return event instanceof LaureateSelected selected ? LaureateView.selected(selected, version) : null;
        }
        return view.fold(event, version);
    }

    /**
     * The stored rows of the laureates the events concern, in one query. A fold only appends payments,
     * except a cancellation, which marks one: only the laureates with a cancellation among the events
     * are read with their payments, the others with none, so that a batch reads and writes only what
     * it changes. These partial views stay within the fold.
     */
    private Map<String, LaureateView> stored(List<DomainEventMessage<?>> events) {
        Set<String> cancelling = new LinkedHashSet<>();
        Set<String> others = new LinkedHashSet<>();
        events.forEach(event -> (event.getPayloadType() == PaymentCancelled.class ? cancelling : others)
                .add(event.getAggregateIdentifier()));
        others.removeAll(cancelling);
        Map<String, LaureateView> rows = new HashMap<>();
        read(NO_PAYMENTS, others, rows);
        read(ALL_PAYMENTS, cancelling, rows);
        return rows;
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

    /** Writes the views folded, and of their payments those added or cancelled since the stored row. */
    private void write(Map<String, LaureateView> stored, Collection<LaureateView> folded) {
        if (folded.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(UPSERT, folded.stream().map(this::columns).toList());
        List<Object[]> payments = folded.stream()
                .flatMap(view -> changedPayments(stored.get(view.id()), view)).toList();
        if (!payments.isEmpty()) {
            jdbc.batchUpdate(PAYMENT_UPSERT, payments);
        }
        revision.changed();
        written.written();
    }

    @Override
    public Optional<LaureateView> find(String id) {
        return jdbc.query(SELECT.formatted(ALL_PAYMENTS) + "WHERE v.laureate_id = ?", this::row, id)
                .stream().findFirst();
    }

    @Override
    public List<LaureateKey> keys() {
        return jdbc.query("SELECT laureate_id, reference, programme FROM laureate_view", (rs, row) ->
                new LaureateKey(rs.getString(1), rs.getString(2), new ProgrammeCode(rs.getString(3))));
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
            args.add(filter.programme().value());
        }
        if (filter.status() != null) {
            sql.append(" AND status = ?");
            args.add(filter.status().name());
        }
        if (filter.sector() != null) {
            sql.append(" AND sector = ?");
            args.add(filter.sector());
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
    public Optional<LaureateView> awaitVersion(String id, long version, Duration timeout) {
        Optional<LaureateView> view = written.await(() -> find(id).filter(found -> found.version() >= version), timeout);
        if (view.isPresent()) {
            // The row may be another instance's, or this one's before its commit moved the revision.
            revision.invalidate();
        }
        return view;
    }

    /** The payments added or cancelled since the stored view (all of them without one), as the columns of their rows. */
    private static Stream<Object[]> changedPayments(LaureateView base, LaureateView view) {
        Map<String, LocalDate> stored = new HashMap<>();
        if (base != null) {
            base.payments().forEach(line -> stored.put(line.paymentId(), line.cancelledOn()));
        }
        return view.payments().stream()
                .filter(line -> !stored.containsKey(line.paymentId())
                        || !Objects.equals(stored.get(line.paymentId()), line.cancelledOn()))
                .map(line -> new Object[]{view.id(), line.paymentId(), line.amount().amount(), line.kind().name(),
                        date(line.paidOn()), date(line.cancelledOn())});
    }

    private Object[] columns(LaureateView v) {
        return new Object[]{v.id(), v.reference(), v.name(), v.lead(), v.sectorsAsPublished(), v.sector(),
                v.scope() == null ? null : v.scope().name(), v.programme().value(), v.strategy(), v.status().name(),
                v.totalCost().amount(), v.maxGrant().amount(),
                v.awardedAmount() == null ? null : v.awardedAmount().amount(), v.decisionReference(),
                date(v.notifiedOn()), v.paid().amount(),
                v.evaluation() == null ? null : json.write(v.evaluation()), date(v.selectedOn()), v.version(),
                json.write(v.recoveries()), json.write(v.amendments()), date(v.withdrawnOn()), v.siret()};
    }

    private LaureateView row(ResultSet rs, int rowNum) throws SQLException {
        String scope = rs.getString("scope");
        String evaluation = rs.getString("evaluation");
        return new LaureateView(rs.getString("laureate_id"), rs.getString("reference"), rs.getString("name"),
                rs.getString("lead"), rs.getString("sectors_as_published"), rs.getString("sector"),
                scope == null ? null : Scope.valueOf(scope), new ProgrammeCode(rs.getString("programme")),
                rs.getString("strategy"), LaureateStatus.valueOf(rs.getString("status")),
                new Money(rs.getBigDecimal("total_cost")), new Money(rs.getBigDecimal("max_grant")),
                rs.getBigDecimal("awarded_amount") == null ? null : new Money(rs.getBigDecimal("awarded_amount")),
                rs.getString("decision_reference"), localDate(rs.getDate("notified_on")),
                new Money(rs.getBigDecimal("paid")), json.read(rs.getString("payments"), PAYMENTS),
                evaluation == null ? null : json.read(evaluation, new TypeReference<Evaluation>() { }),
                localDate(rs.getDate("selected_on")), rs.getLong("version"),
                json.read(rs.getString("recoveries"), RECOVERIES), json.read(rs.getString("amendments"), AMENDMENTS),
                localDate(rs.getDate("withdrawn_on")), rs.getString("siret"));
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
