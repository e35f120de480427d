package fr.deffinum.infrastructure.dashboard;

import fr.deffinum.application.dashboard.Dashboard;
import fr.deffinum.application.dashboard.DashboardRow;
import fr.deffinum.application.dashboard.Dashboards;
import fr.deffinum.application.laureate.LaureateStatus;
import fr.deffinum.domain.laureate.Programme;
import fr.deffinum.domain.laureate.Sector;
import fr.deffinum.domain.money.Money;
import fr.deffinum.infrastructure.projection.ReadModelRevision;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The three groupings of the dashboard in one scan of {@code laureate_view}. */
@Repository
class JdbcDashboards implements Dashboards {

    private static final String FIGURES = """
            SELECT GROUPING(programme) AS by_other_than_programme, GROUPING(sector) AS by_other_than_sector,
                   programme, sector, status, count(*) AS laureates,
                   sum(total_cost) AS total_cost, sum(max_grant) AS max_grant,
                   coalesce(sum(awarded_amount), 0) AS awarded,
                   coalesce(sum(max_grant) FILTER (WHERE awarded_amount IS NULL), 0) AS pending_maximum,
                   coalesce(sum(max_grant - awarded_amount) FILTER (WHERE awarded_amount IS NOT NULL), 0) AS released,
                   sum(paid) AS paid
            FROM laureate_view
            GROUP BY GROUPING SETS ((programme), (sector), (status))
            """;

    private final JdbcTemplate jdbc;
    private final ReadModelRevision revision;

    JdbcDashboards(JdbcTemplate jdbc, ReadModelRevision revision) {
        this.jdbc = jdbc;
        this.revision = revision;
    }

    @Override
    public Dashboard current() {
        return revision.cached(Dashboard.class, this::query);
    }

    private Dashboard query() {
        List<DashboardRow> programmes = new ArrayList<>();
        List<DashboardRow> sectors = new ArrayList<>();
        List<DashboardRow> statuses = new ArrayList<>();
        jdbc.query(FIGURES, rs -> {
            if (rs.getInt("by_other_than_programme") == 0) {
                programmes.add(row(rs, rs.getString("programme")));
            } else if (rs.getInt("by_other_than_sector") == 0) {
                sectors.add(row(rs, rs.getString("sector")));
            } else {
                statuses.add(row(rs, rs.getString("status")));
            }
        });
        programmes.sort(Comparator.comparing(row -> Programme.valueOf(row.key())));
        sectors.sort(Comparator.comparing(row -> Sector.valueOf(row.key())));
        statuses.sort(Comparator.comparing(row -> LaureateStatus.valueOf(row.key())));
        return new Dashboard(programmes, sectors, statuses);
    }

    private static DashboardRow row(ResultSet rs, String key) throws SQLException {
        return new DashboardRow(key, rs.getLong("laureates"), money(rs, "total_cost"), money(rs, "max_grant"),
                money(rs, "awarded"), money(rs, "pending_maximum"), money(rs, "released"), money(rs, "paid"));
    }

    private static Money money(ResultSet rs, String column) throws SQLException {
        return new Money(rs.getBigDecimal(column));
    }
}
