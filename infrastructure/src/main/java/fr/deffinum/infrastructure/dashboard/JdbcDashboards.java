package fr.deffinum.infrastructure.dashboard;

import fr.deffinum.application.dashboard.Dashboard;
import fr.deffinum.application.dashboard.Dashboards;
import fr.deffinum.domain.programme.ProgrammeCode;
import fr.deffinum.infrastructure.projection.ReadModelRevision;
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
            FROM laureate_view %s
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
        return revision.cached(Dashboard.class, () -> GroupedFigures.query(jdbc, FIGURES.formatted("")));
    }

    @Override
    public Dashboard current(ProgrammeCode programme) {
        return revision.cached(new OfProgramme(programme), () -> GroupedFigures.query(jdbc,
                FIGURES.formatted("WHERE programme = ?"), programme.value()));
    }

    private record OfProgramme(ProgrammeCode programme) {
    }
}
