package fr.deffinum.infrastructure.dashboard;

import fr.deffinum.application.dashboard.Dashboard;
import fr.deffinum.application.dashboard.DashboardRow;
import fr.deffinum.domain.money.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads a dashboard from a query grouped by {@code GROUPING SETS ((programme), (sector), (status))}
 * whose columns are named as the {@link DashboardRow}'s figures.
 */
public final class GroupedFigures {

    private GroupedFigures() {
    }

    public static Dashboard query(JdbcTemplate jdbc, String sql, Object... args) {
        List<DashboardRow> programmes = new ArrayList<>();
        List<DashboardRow> sectors = new ArrayList<>();
        List<DashboardRow> statuses = new ArrayList<>();
        jdbc.query(sql, rs -> {
            if (rs.getInt("by_other_than_programme") == 0) {
                programmes.add(row(rs, rs.getString("programme")));
            } else if (rs.getInt("by_other_than_sector") == 0) {
                sectors.add(row(rs, rs.getString("sector")));
            } else {
                statuses.add(row(rs, rs.getString("status")));
            }
        }, args);
        return Dashboard.ordered(programmes, sectors, statuses);
    }

    private static DashboardRow row(ResultSet rs, String key) throws SQLException {
        return new DashboardRow(key, rs.getLong("laureates"), money(rs, "total_cost"), money(rs, "max_grant"),
                money(rs, "awarded"), money(rs, "pending_maximum"), money(rs, "released"), money(rs, "paid"));
    }

    private static Money money(ResultSet rs, String column) throws SQLException {
        return new Money(rs.getBigDecimal(column));
    }
}
