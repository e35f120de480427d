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
import fr.deffinum.domain.money.Money;
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
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The laureate read model in the {@code laureate_view} table; payments and evaluation as JSON columns. */
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
                paid, payments, evaluation, selected_on, version, recoveries, amendments, withdrawn_on, siret)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?::jsonb, ?::jsonb, ?, ?)
            ON CONFLICT (laureate_id) DO UPDATE SET programme = EXCLUDED.programme, strategy = EXCLUDED.strategy,
                status = EXCLUDED.status, awarded_amount = EXCLUDED.awarded_amount,
                decision_reference = EXCLUDED.decision_reference, notified_on = EXCLUDED.notified_on,
                paid = EXCLUDED.paid, payments = EXCLUDED.payments, evaluation = EXCLUDED.evaluation,
                version = EXCLUDED.version, recoveries = EXCLUDED.recoveries, amendments = EXCLUDED.amendments,
                withdrawn_on = EXCLUDED.withdrawn_on, siret = EXCLUDED.siret
            WHERE laureate_view.version < EXCLUDED.version
            """;

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final ReadModelRevision revision;
    /** Waiters for a version are woken when this instance commits rows; another instance's rows are polled for. */
    private final Object written = new Object();

    JdbcLaureateViews(JdbcTemplate jdbc, ObjectMapper json, ReadModelRevision revision) {
        this.jdbc = jdbc;
        this.json = json;
        this.revision = revision;
    }

    @Override
    public Optional<LaureateView> find(String id) {
        Map<String, LaureateView> pending = UnitOfWorkBatch.pending(PENDING, this::write);
        if (pending != null && pending.containsKey(id)) {
            return Optional.of(pending.get(id));
        }
        Preloaded preloaded = UnitOfWorkBatch.preloaded(PRELOADED, this::preload);
        if (preloaded != null && preloaded.ids().contains(id)) {
            return Optional.ofNullable(preloaded.rows().get(id));
        }
        return jdbc.query("SELECT * FROM laureate_view WHERE laureate_id = ?", this::row, id).stream().findFirst();
    }

    private Preloaded preload(Set<String> ids) {
        Map<String, LaureateView> rows = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.query(connection -> {
                PreparedStatement select = connection.prepareStatement("SELECT * FROM laureate_view WHERE laureate_id = ANY (?)");
                select.setArray(1, connection.createArrayOf("varchar", ids.toArray()));
                return select;
            }, rs -> {
                LaureateView view = row(rs, 0);
                rows.put(view.id(), view);
            });
        }
        return new Preloaded(ids, rows);
    }

    /** The rows of the laureates a batch's events concern, read once at the batch's first lookup. */
    private record Preloaded(Set<String> ids, Map<String, LaureateView> rows) {
    }

    @Override
    public List<LaureateView> search(LaureateFilter filter) {
        return revision.cached(filter, () -> List.copyOf(query(filter)));
    }

    private List<LaureateView> query(LaureateFilter filter) {
        StringBuilder sql = new StringBuilder("SELECT * FROM laureate_view WHERE true");
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
        Map<String, LaureateView> pending = UnitOfWorkBatch.pending(PENDING, this::write);
        if (pending != null) {
            pending.put(view.id(), view);
        } else {
            write(Map.of(view.id(), view));
        }
    }

    @Override
    public void deleteAll() {
        jdbc.update("DELETE FROM laureate_view");
        revision.changed();
    }

    @Override
    public Optional<LaureateView> awaitVersion(String id, long version, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long pause = Duration.ofMillis(1).toNanos();
        while (true) {
            Optional<LaureateView> view = find(id).filter(found -> found.version() >= version);
            if (view.isPresent() || System.nanoTime() > deadline) {
                return view;
            }
            try {
                synchronized (written) {
                    written.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(pause)));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return view;
            }
            pause = Math.min(pause * 2, Duration.ofMillis(20).toNanos());
        }
    }

    private void wakeWaiters() {
        synchronized (written) {
            written.notifyAll();
        }
    }

    private void write(Map<String, LaureateView> views) {
        Collection<LaureateView> rows = views.values();
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(UPSERT, rows.stream().map(this::columns).toList());
        revision.changed();
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().root().afterCommit(unitOfWork -> wakeWaiters());
        }
    }

    private Object[] columns(LaureateView v) {
        return new Object[]{v.id(), v.reference(), v.name(), v.lead(), v.sectorsAsPublished(), v.sector().name(),
                v.scope() == null ? null : v.scope().name(), v.programme().name(), v.strategy(), v.status().name(),
                v.totalCost().amount(), v.maxGrant().amount(),
                v.awardedAmount() == null ? null : v.awardedAmount().amount(), v.decisionReference(),
                date(v.notifiedOn()), v.paid().amount(), toJson(v.payments()),
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
