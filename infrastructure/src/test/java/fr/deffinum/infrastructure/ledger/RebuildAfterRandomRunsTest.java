package fr.deffinum.infrastructure.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import fr.deffinum.application.laureate.LaureateRecorder;
import fr.deffinum.application.laureate.Provenance;
import fr.deffinum.application.ledger.LaureateRuns;
import fr.deffinum.application.projection.Projections;
import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.RuleViolation;
import fr.deffinum.infrastructure.testing.PostgresIntegrationTest;
import fr.deffinum.infrastructure.testing.TestProgrammes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Random runs of commands on a dozen laureates, recorded as an officer records them (refusals
 * skipped), then the ledger, the laureates and the programmes rebuilt from the stored events: the
 * same rows as the processors wrote live.
 */
@SpringBootTest
class RebuildAfterRandomRunsTest extends PostgresIntegrationTest {

    private static final Provenance OFFICER = new Provenance("officer", "Essai", null);
    private static final Map<String, String> TABLES = Map.of(
            "amounts_ledger", "SELECT * FROM amounts_ledger ORDER BY laureate_id, sequence",
            "laureate_view", "SELECT * FROM laureate_view ORDER BY laureate_id",
            "programme_view", "SELECT * FROM programme_view ORDER BY code");

    @Autowired
    LaureateRecorder recorder;
    @Autowired
    Projections projections;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_rebuild_after_random_runs_gives_the_rows_the_processors_wrote_live() {
        TestProgrammes.open(recorder, "DEFFINUM", "CMA");
        int accepted = 0;
        for (int run = 0; run < 12; run++) {
            LaureateId laureate = LaureateId.fromReference("RUN-" + run);
            recorder.select(LaureateRuns.selection(laureate), OFFICER);
            for (Object command : LaureateRuns.commands(laureate).sample()) {
                try {
                    recorder.record(laureate, command, OFFICER, OptionalLong.empty());
                    accepted++;
                } catch (RuleViolation refused) {
                    // a refused step records nothing, as over HTTP
                }
            }
        }
        assertThat(accepted).isPositive();
        assertThat(projections.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
        Map<String, List<Map<String, Object>>> live = rows();
        assertThat(live.get("amounts_ledger")).hasSizeGreaterThan(12);

        projections.rebuild(Set.of("ledger", "laureates", "programmes"));

        assertThat(rows()).isEqualTo(live);
    }

    private Map<String, List<Map<String, Object>>> rows() {
        Map<String, List<Map<String, Object>>> rows = new TreeMap<>();
        TABLES.forEach((table, query) -> rows.put(table, jdbc.queryForList(query)));
        return rows;
    }
}
