package fr.deffinum.infrastructure.ledger;

import fr.deffinum.application.dashboard.Dashboard;
import fr.deffinum.application.laureate.LaureateStatus;
import fr.deffinum.application.ledger.AmountsLedger;
import fr.deffinum.application.ledger.LaureateStanding;
import fr.deffinum.application.ledger.LedgerEntry;
import fr.deffinum.application.ledger.LedgerFigures;
import fr.deffinum.application.ledger.PointInTime;
import fr.deffinum.domain.laureate.Programme;
import fr.deffinum.domain.laureate.Sector;
import fr.deffinum.domain.money.Money;
import fr.deffinum.infrastructure.dashboard.GroupedFigures;
import fr.deffinum.infrastructure.projection.CommittedWrites;
import fr.deffinum.infrastructure.projection.ReplayCopy;
import fr.deffinum.infrastructure.projection.UnitOfWorkBatch;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The amounts ledger in the {@code amounts_ledger} table. */
@Repository
class JdbcAmountsLedger implements AmountsLedger {

    private static final String PENDING = JdbcAmountsLedger.class.getName();
    private static final String COLUMNS = """
            global_index, laureate_id, sequence, kind, reference, effective_date, recorded_at, call, sector, \
            laureates, redirected, notified, evaluated, withdrawn, total_cost, max_grant, awarded, \
            pending_maximum, released, paid""";
    private static final String INSERT = "INSERT INTO amounts_ledger (" + COLUMNS + ") " + """
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (laureate_id, sequence) DO NOTHING
            """;
    private static final String SUMS = """
            SELECT coalesce(sum(laureates), 0) AS laureates, coalesce(sum(redirected), 0) AS redirected,
                   coalesce(sum(notified), 0) AS notified, coalesce(sum(evaluated), 0) AS evaluated,
                   coalesce(sum(withdrawn), 0) AS withdrawn, coalesce(sum(total_cost), 0) AS total_cost,
                   coalesce(sum(max_grant), 0) AS max_grant, coalesce(sum(awarded), 0) AS awarded,
                   coalesce(sum(pending_maximum), 0) AS pending_maximum, coalesce(sum(released), 0) AS released,
                   coalesce(sum(paid), 0) AS paid
            FROM amounts_ledger WHERE laureate_id = ? AND sequence < ?
            """;
    private static final String DASHBOARD = """
            SELECT GROUPING(programme) AS by_other_than_programme, GROUPING(sector) AS by_other_than_sector,
                   programme, sector, status, count(*) AS laureates, sum(total_cost) AS total_cost,
                   sum(max_grant) AS max_grant, sum(awarded) AS awarded, sum(pending_maximum) AS pending_maximum,
                   sum(released) AS released, sum(paid) AS paid
            FROM standing
            GROUP BY GROUPING SETS ((programme), (sector), (status))
            """;
    private static final String STANDINGS = "SELECT * FROM standing ORDER BY laureate_id";
    private static final String HOLDS =
            "SELECT EXISTS (SELECT 1 FROM amounts_ledger WHERE laureate_id = ? AND sequence >= ?)";

    private final JdbcTemplate jdbc;
    private final CommittedWrites written = new CommittedWrites();

    JdbcAmountsLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void append(LedgerEntry entry) {
        Map<String, LedgerEntry> pending = UnitOfWorkBatch.pending(PENDING, this::write);
        if (pending != null) {
            pending.put(key(entry), entry);
        } else {
            write(Map.of(key(entry), entry));
        }
    }

    /** An event is its laureate and sequence: the stream position of an event committed late is not its own. */
    private static String key(LedgerEntry entry) {
        return entry.laureateId() + "#" + entry.sequence();
    }

    @Override
    public LedgerFigures before(String laureateId, long sequence) {
        LedgerFigures stored = jdbc.queryForObject(SUMS, (rs, row) -> figures(rs), laureateId, sequence);
        Map<String, LedgerEntry> pending = UnitOfWorkBatch.pending(PENDING, this::write);
        if (pending == null) {
            return stored;
        }
        return pending.values().stream()
                .filter(entry -> entry.laureateId().equals(laureateId) && entry.sequence() < sequence)
                .map(LedgerEntry::change)
                .reduce(stored, LedgerFigures::plus);
    }

    @Override
    public void deleteAll() {
        jdbc.execute("TRUNCATE amounts_ledger");
    }

    @Override
    public boolean awaitSequence(String laureateId, long sequence, Duration timeout) {
        return written.awaitTrue(() -> jdbc.queryForObject(HOLDS, Boolean.class, laureateId, sequence), timeout);
    }

    @Override
    public Dashboard dashboard(PointInTime point) {
        StandingQuery query = StandingQuery.of(point, null, DASHBOARD);
        return GroupedFigures.query(jdbc, query.sql, query.args);
    }

    @Override
    public List<LaureateStanding> standings(PointInTime point) {
        StandingQuery query = StandingQuery.of(point, null, STANDINGS);
        return jdbc.query(query.sql, JdbcAmountsLedger::standing, query.args);
    }

    @Override
    public Optional<LaureateStanding> standing(String laureateId, PointInTime point) {
        StandingQuery query = StandingQuery.of(point, laureateId, STANDINGS);
        return jdbc.query(query.sql, JdbcAmountsLedger::standing, query.args).stream().findFirst();
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
        return jdbc.query(sql.toString(), JdbcAmountsLedger::entry, args.toArray());
    }

    private void write(Map<String, LedgerEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        List<Object[]> rows = entries.values().stream().map(JdbcAmountsLedger::columns).toList();
        ReplayCopy.insert(jdbc, "amounts_ledger", COLUMNS, INSERT, rows);
        written.written();
    }

    private static Object[] columns(LedgerEntry e) {
        LedgerFigures c = e.change();
        return new Object[]{e.globalIndex(), e.laureateId(), e.sequence(), e.kind(), e.reference(),
                Date.valueOf(e.effectiveDate()), Timestamp.from(e.recordedAt()),
                e.call() == null ? null : e.call().name(), e.sector() == null ? null : e.sector().name(),
                c.laureates(), c.redirected(), c.notified(), c.evaluated(), c.withdrawn(),
                c.totalCost(), c.maxGrant(), c.awarded(), c.pendingMaximum(), c.released(), c.paid()};
    }

    private static LedgerEntry entry(ResultSet rs, int row) throws SQLException {
        String call = rs.getString("call");
        String sector = rs.getString("sector");
        return new LedgerEntry(rs.getLong("global_index"), rs.getString("laureate_id"), rs.getLong("sequence"),
                rs.getString("kind"), rs.getString("reference"), rs.getDate("effective_date").toLocalDate(),
                rs.getTimestamp("recorded_at").toInstant(), call == null ? null : Programme.valueOf(call),
                sector == null ? null : Sector.valueOf(sector), figures(rs));
    }

    private static LedgerFigures figures(ResultSet rs) throws SQLException {
        return new LedgerFigures(rs.getInt("laureates"), rs.getInt("redirected"), rs.getInt("notified"),
                rs.getInt("evaluated"), rs.getInt("withdrawn"), rs.getBigDecimal("total_cost"),
                rs.getBigDecimal("max_grant"), rs.getBigDecimal("awarded"), rs.getBigDecimal("pending_maximum"),
                rs.getBigDecimal("released"), rs.getBigDecimal("paid"));
    }

    private static LaureateStanding standing(ResultSet rs, int row) throws SQLException {
        boolean firm = rs.getInt("notified") > 0 || rs.getInt("withdrawn") > 0;
        BigDecimal awarded = rs.getBigDecimal("awarded");
        return new LaureateStanding(rs.getString("laureate_id"), Programme.valueOf(rs.getString("programme")),
                LaureateStatus.valueOf(rs.getString("status")), firm ? new Money(awarded) : null,
                new Money(rs.getBigDecimal("paid")));
    }
}
