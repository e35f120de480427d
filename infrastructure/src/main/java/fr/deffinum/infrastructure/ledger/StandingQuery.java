package fr.deffinum.infrastructure.ledger;

import fr.deffinum.application.ledger.PointInTime;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of each laureate's standing at a point in time: its ledger rows within both times,
 * summed; programme and status derived from the summed counters, so that any subset of rows gives
 * a consistent answer.
 */
final class StandingQuery {

    private static final String STANDINGS = """
            WITH summed AS (
                SELECT laureate_id, max(call) AS call, max(sector) AS sector,
                       sum(redirected) AS redirected, sum(notified) AS notified, sum(evaluated) AS evaluated,
                       sum(withdrawn) AS withdrawn, sum(total_cost) AS total_cost, sum(max_grant) AS max_grant,
                       sum(awarded) AS awarded, sum(pending_maximum) AS pending_maximum,
                       sum(released) AS released, sum(paid) AS paid
                FROM amounts_ledger
                WHERE %s
                GROUP BY laureate_id
                HAVING sum(laureates) > 0
            ), standing AS (
                SELECT summed.*,
                       CASE WHEN redirected > 0 THEN 'CMA' ELSE call END AS programme,
                       CASE WHEN withdrawn > 0 THEN 'WITHDRAWN'
                            WHEN evaluated > 0 THEN 'EVALUATED'
                            WHEN notified > 0 AND paid > 0 AND paid >= awarded THEN 'FULLY_FUNDED'
                            WHEN notified > 0 AND paid > 0 THEN 'PARTLY_FUNDED'
                            WHEN notified > 0 THEN 'NOTIFIED'
                            WHEN redirected > 0 THEN 'REDIRECTED_TO_CMA'
                            ELSE 'SELECTED' END AS status
                FROM summed
            )
            """;

    final String sql;
    final Object[] args;

    private StandingQuery(String sql, Object[] args) {
        this.sql = sql;
        this.args = args;
    }

    /** {@code WITH … standing AS (…)} followed by {@code select}, over one laureate if {@code laureateId} is set. */
    static StandingQuery of(PointInTime point, String laureateId, String select) {
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
        return new StandingQuery(STANDINGS.formatted(String.join(" AND ", conditions)) + select, args.toArray());
    }
}
