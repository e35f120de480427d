package fr.deffinum.infrastructure.ledger;

import fr.deffinum.application.dashboard.Dashboard;
import fr.deffinum.application.dashboard.DashboardRow;
import fr.deffinum.application.laureate.LaureateStatus;
import fr.deffinum.application.ledger.AmountsLedger;
import fr.deffinum.application.ledger.LaureateStanding;
import fr.deffinum.application.ledger.LedgerEntries;
import fr.deffinum.application.ledger.LedgerEntry;
import fr.deffinum.application.ledger.LedgerFigures;
import fr.deffinum.application.ledger.PointInTime;
import fr.deffinum.domain.laureate.events.LaureateEvent;
import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.ProgrammeCode;
import fr.deffinum.infrastructure.projection.CommittedWrites;
import fr.deffinum.infrastructure.projection.LiveBatch;
import fr.deffinum.infrastructure.projection.ReplayCopy;
import fr.deffinum.infrastructure.projection.ReplayableReadModel;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The amounts ledger in {@code amounts_ledger}, one row per event ({@link LedgerEntries}), keyed by its
 * laureate and sequence so that an event folded in again changes nothing; fed by the {@value #NAME}
 * processor, answering {@link AmountsLedger}. A reading at a point in time sums each laureate's rows
 * within both times in SQL; its programme and status follow from the summed facts in Java
 * ({@link LedgerFigures#status()}), the one rule of every read model, so that any subset of rows gives
 * a consistent answer.
 */
@Component
@ProcessingGroup(LedgerReadModel.NAME)
class LedgerReadModel implements AmountsLedger, ReplayableReadModel {

    static final String NAME = "ledger";

    private static final String COLUMNS = """
            global_index, laureate_id, sequence, kind, reference, effective_date, recorded_at, call, sector, \
            laureates, redirected, notified, evaluated, withdrawn, total_cost, max_grant, awarded, \
            pending_maximum, released, paid""";
    private static final String INSERT = "INSERT INTO amounts_ledger (" + COLUMNS + ") " + """
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (laureate_id, sequence) DO NOTHING
            """;
    private static final String BEFORE = """
            SELECT coalesce(sum(laureates), 0) AS laureates, coalesce(sum(redirected), 0) AS redirected,
                   coalesce(sum(notified), 0) AS notified, coalesce(sum(evaluated), 0) AS evaluated,
                   coalesce(sum(withdrawn), 0) AS withdrawn, coalesce(sum(total_cost), 0) AS total_cost,
                   coalesce(sum(max_grant), 0) AS max_grant, coalesce(sum(awarded), 0) AS awarded,
                   coalesce(sum(pending_maximum), 0) AS pending_maximum, coalesce(sum(released), 0) AS released,
                   coalesce(sum(paid), 0) AS paid
            FROM amounts_ledger WHERE laureate_id = ? AND sequence < ?
            """;
    /** Each laureate's rows within both times, summed, for the laureates selected by then. */
    private static final String SUMMED = """
            SELECT laureate_id, (array_agg(call ORDER BY sequence DESC) FILTER (WHERE call IS NOT NULL))[1] AS call,
                   max(sector) AS sector,
                   sum(laureates) AS laureates, sum(redirected) AS redirected, sum(notified) AS notified,
                   sum(evaluated) AS evaluated, sum(withdrawn) AS withdrawn, sum(total_cost) AS total_cost,
                   sum(max_grant) AS max_grant, sum(awarded) AS awarded, sum(pending_maximum) AS pending_maximum,
                   sum(released) AS released, sum(paid) AS paid
            FROM amounts_ledger
            WHERE %s
            GROUP BY laureate_id
            HAVING sum(laureates) > 0
            ORDER BY laureate_id
            """;
    private static final String HOLDS =
            "SELECT EXISTS (SELECT 1 FROM amounts_ledger WHERE laureate_id = ? AND sequence >= ?)";

    private final JdbcTemplate jdbc;
    private final CommittedWrites written = new CommittedWrites();

    LedgerReadModel(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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
        jdbc.execute("TRUNCATE amounts_ledger");
    }

    /**
     * A notification, a withdrawal and a recovery need the laureate's figures before them: the sum of
     * its rows stored and of those the batch folded before.
     */
    @Override
    public void fold(List<? extends TrackedEventMessage<?>> events, Source source) {
        Map<String, LedgerEntry> entries = new LinkedHashMap<>();
        for (TrackedEventMessage<?> message : events) {
            if (message instanceof DomainEventMessage<?> event && event.getPayload() instanceof LaureateEvent payload) {
                String laureateId = payload.laureateId().value();
                long sequence = event.getSequenceNumber();
                LedgerEntry entry = LedgerEntries.of(payload, message.trackingToken().position().orElseThrow(),
                        sequence, event.getTimestamp(), () -> before(laureateId, sequence, entries.values()));
                entries.put(key(entry), entry);
            }
        }
        write(entries.values(), source);
    }

    /** An event is its laureate and sequence: the stream position of an event committed late is not its own. */
    private static String key(LedgerEntry entry) {
        return entry.laureateId() + "#" + entry.sequence();
    }

    /** The sum of a laureate's entries before its event {@code sequence}, stored or among those being folded. */
    private LedgerFigures before(String laureateId, long sequence, Collection<LedgerEntry> folding) {
        LedgerFigures stored = jdbc.queryForObject(BEFORE, (rs, row) -> figures(rs), laureateId, sequence);
        return folding.stream()
                .filter(entry -> entry.laureateId().equals(laureateId) && entry.sequence() < sequence)
                .map(LedgerEntry::change)
                .reduce(stored, LedgerFigures::plus);
    }

    private void write(Collection<LedgerEntry> entries, Source source) {
        if (entries.isEmpty()) {
            return;
        }
        List<Object[]> rows = entries.stream().map(LedgerReadModel::columns).toList();
        ReplayCopy.insert(jdbc, "amounts_ledger", COLUMNS, INSERT, rows, source);
        written.written();
    }

    @Override
    public boolean awaitSequence(String laureateId, long sequence, Duration timeout) {
        return written.awaitTrue(() -> jdbc.queryForObject(HOLDS, Boolean.class, laureateId, sequence), timeout);
    }

    /** The three groupings of the laureates' standings at that point, each adding up to the same totals. */
    @Override
    public Dashboard dashboard(PointInTime point) {
        return dashboard(summed(point, null));
    }

    @Override
    public Dashboard dashboard(PointInTime point, ProgrammeCode programme) {
        return dashboard(summed(point, null).stream().filter(laureate -> laureate.programme().equals(programme)).toList());
    }

    private static Dashboard dashboard(List<Summed> laureates) {
        return Dashboard.ordered(grouped(laureates, summed -> summed.programme().value()),
                grouped(laureates, Summed::sector), grouped(laureates, summed -> summed.status().name()));
    }

    @Override
    public List<LaureateStanding> standings(PointInTime point) {
        return summed(point, null).stream().map(Summed::standing).toList();
    }

    @Override
    public Optional<LaureateStanding> standing(String laureateId, PointInTime point) {
        return summed(point, laureateId).stream().findFirst().map(Summed::standing);
    }

    @Override
    public List<LedgerEntry> entries(String laureateId, PointInTime point) {
        StringBuilder sql = new StringBuilder("SELECT * FROM amounts_ledger WHERE laureate_id = ?");
        List<Object> args = new ArrayList<>(List.of(laureateId));
        if (point.asOf() != null) {
            sql.append(" AND recorded_at <= ?");
            args.add(Timestamp.from(point.asOf()));
        }
        if (point.effectiveOn() != null) {
            sql.append(" AND effective_date <= ?");
            args.add(Date.valueOf(point.effectiveOn()));
        }
        sql.append(" ORDER BY sequence");
        return jdbc.query(sql.toString(), LedgerReadModel::entry, args.toArray());
    }

    /** Each laureate's summed rows at that point (only {@code laureateId}'s if set), in the order of their ids. */
    private List<Summed> summed(PointInTime point, String laureateId) {
        List<String> conditions = new ArrayList<>(List.of("true"));
        List<Object> args = new ArrayList<>();
        if (laureateId != null) {
            conditions.add("laureate_id = ?");
            args.add(laureateId);
        }
        if (point.asOf() != null) {
            conditions.add("recorded_at <= ?");
            args.add(Timestamp.from(point.asOf()));
        }
        if (point.effectiveOn() != null) {
            conditions.add("effective_date <= ?");
            args.add(Date.valueOf(point.effectiveOn()));
        }
        return jdbc.query(SUMMED.formatted(String.join(" AND ", conditions)), (rs, row) -> new Summed(
                rs.getString("laureate_id"), new ProgrammeCode(rs.getString("call")), rs.getString("sector"),
                figures(rs)), args.toArray());
    }

    private static List<DashboardRow> grouped(List<Summed> laureates, Function<Summed, String> key) {
        return laureates.stream().collect(Collectors.groupingBy(key, Collectors.toList()))
                .entrySet().stream().map(group -> {
                    LedgerFigures sum = group.getValue().stream().map(Summed::sums)
                            .reduce(LedgerFigures.NONE, LedgerFigures::plus);
                    return new DashboardRow(group.getKey(), group.getValue().size(), new Money(sum.totalCost()),
                            new Money(sum.maxGrant()), new Money(sum.awarded()), new Money(sum.pendingMaximum()),
                            new Money(sum.released()), new Money(sum.paid()));
                }).toList();
    }

    /** A laureate's rows at a point in time, summed: the figures it had then, and the facts they establish. */
    private record Summed(String laureateId, ProgrammeCode programme, String sector, LedgerFigures sums) {

        LaureateStatus status() {
            return sums.status();
        }

        /** The grant is firm once notified or withdrawn (the laureate then keeps its net paid). */
        LaureateStanding standing() {
            boolean firm = sums.notified() > 0 || sums.withdrawn() > 0;
            return new LaureateStanding(laureateId, programme, status(), firm ? new Money(sums.awarded()) : null,
                    new Money(sums.paid()));
        }
    }

    private static Object[] columns(LedgerEntry e) {
        LedgerFigures c = e.change();
        return new Object[]{e.globalIndex(), e.laureateId(), e.sequence(), e.kind(), e.reference(),
                Date.valueOf(e.effectiveDate()), Timestamp.from(e.recordedAt()),
                e.programme() == null ? null : e.programme().value(), e.sector(),
                c.laureates(), c.redirected(), c.notified(), c.evaluated(), c.withdrawn(),
                c.totalCost(), c.maxGrant(), c.awarded(), c.pendingMaximum(), c.released(), c.paid()};
    }

    private static LedgerEntry entry(ResultSet rs, int row) throws SQLException {
        String call = rs.getString("call");
        String sector = rs.getString("sector");
        return new LedgerEntry(rs.getLong("global_index"), rs.getString("laureate_id"), rs.getLong("sequence"),
                rs.getString("kind"), rs.getString("reference"), rs.getDate("effective_date").toLocalDate(),
                rs.getTimestamp("recorded_at").toInstant(), call == null ? null : new ProgrammeCode(call),
                sector, figures(rs));
    }

    private static LedgerFigures figures(ResultSet rs) throws SQLException {
        return new LedgerFigures(rs.getInt("laureates"), rs.getInt("redirected"), rs.getInt("notified"),
                rs.getInt("evaluated"), rs.getInt("withdrawn"), rs.getBigDecimal("total_cost"),
                rs.getBigDecimal("max_grant"), rs.getBigDecimal("awarded"), rs.getBigDecimal("pending_maximum"),
                rs.getBigDecimal("released"), rs.getBigDecimal("paid"));
    }
}
