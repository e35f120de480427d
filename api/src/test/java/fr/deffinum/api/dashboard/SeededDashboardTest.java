package fr.deffinum.api.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.deffinum.api.ApiTest;
import fr.deffinum.api.DeffinumApplication;
import fr.deffinum.api.Http;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

class SeededDashboardTest extends ApiTest {

    @Test
    void a_fresh_start_shows_the_published_totals_of_both_annexes_all_as_maxima() {
        JsonNode programmes = http.get("/api/dashboard", "auditor").json().get("programmes");

        assertThat(programmes).hasSize(2);
        assertFigures(programmes.get(0), "DEFFINUM", 50, "140339478.00", "90299005.00");
        assertFigures(programmes.get(1), "CMA", 12, "68788320.00", "45011922.00");
        programmes.forEach(row -> {
            assertThat(row.get("awarded").decimalValue()).isZero();
            assertThat(row.get("pendingMaximum").decimalValue()).isEqualByComparingTo(row.get("maxGrant").decimalValue());
        });
        JsonNode laureates = http.get("/api/laureates", "officer").json();
        assertThat(laureates).hasSize(62);
        laureates.forEach(laureate -> assertThat(laureate.get("amountBasis").asText()).isEqualTo("MAXIMUM"));
    }

    @Test
    void the_sectors_are_those_of_the_published_table_with_its_project_counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        http.get("/api/dashboard", "officer").json().get("sectors")
                .forEach(row -> counts.put(row.get("label").asText(), row.get("laureates").asInt()));

        assertThat(counts).containsExactly(
                Map.entry("Construction", 8), Map.entry("Hébergement et restauration", 4),
                Map.entry("Santé et social", 8), Map.entry("Industrie", 3), Map.entry("Transport", 4),
                Map.entry("Commerce, banque", 3), Map.entry("Agriculture, sylviculture et pêche", 5),
                Map.entry("Sport, animation", 4), Map.entry("Technologie, numérique", 4), Map.entry("Artisanat", 1),
                Map.entry("Transverse ou réseau", 18));
    }

    @Test
    void every_row_splits_its_maxima_into_awarded_pending_and_released() {
        JsonNode dashboard = http.get("/api/dashboard", "officer").json();
        for (String grouping : new String[]{"programmes", "sectors", "statuses"}) {
            dashboard.get(grouping).forEach(row -> assertThat(row.get("awarded").decimalValue()
                    .add(row.get("pendingMaximum").decimalValue()).add(row.get("released").decimalValue()))
                    .isEqualByComparingTo(row.get("maxGrant").decimalValue()));
        }
    }

    @Test
    void a_rebuild_of_every_projection_in_one_pass_or_of_one_alone_gives_the_same_figures() {
        String before = http.get("/api/dashboard", "officer").body();
        String journalBefore = http.get("/api/audit?size=500", "officer").body();
        String ledgerBefore = http.get("/api/dashboard?effectiveOn=2022-07-01", "officer").body();

        Http.Answer rebuilt = http.post("/api/admin/projections/rebuild", "admin", "");
        assertThat(rebuilt.status()).isEqualTo(200);
        rebuilt.json().forEach(projection -> {
            assertThat(projection.get("running").asBoolean()).isTrue();
            assertThat(projection.get("position").asLong()).isEqualTo(projection.get("head").asLong()).isPositive();
        });
        assertThat(http.post("/api/admin/projections/ledger/rebuild", "admin", "").status()).isEqualTo(200);

        assertThat(http.get("/api/dashboard", "officer").body()).isEqualTo(before);
        assertThat(http.get("/api/audit?size=500", "officer").body()).isEqualTo(journalBefore);
        assertThat(http.get("/api/dashboard?effectiveOn=2022-07-01", "officer").body()).isEqualTo(ledgerBefore)
                .isEqualTo(before);
    }

    @Test
    void a_restart_on_the_same_database_records_nothing_more_and_shows_the_same_figures() {
        String before = http.get("/api/dashboard", "officer").body();
        long events = storedEvents();

        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(DeffinumApplication.class)
                .run(Stream.concat(Stream.of(database().arguments()), Stream.of("--server.port=0",
                        "--deffinum.users[0].name=officer", "--deffinum.users[0].password={noop}officer",
                        "--deffinum.users[0].roles=OFFICER")).toArray(String[]::new))) {
            Http second = new Http(Integer.parseInt(restarted.getEnvironment().getProperty("local.server.port")));
            assertThat(second.get("/api/dashboard", "officer").body()).isEqualTo(before);
        }
        assertThat(storedEvents()).isEqualTo(events);
    }

    private static void assertFigures(JsonNode row, String programme, int laureates, String totalCost, String maxGrant) {
        assertThat(row.get("programme").asText()).isEqualTo(programme);
        assertThat(row.get("laureates").asInt()).isEqualTo(laureates);
        assertThat(row.get("totalCost").decimalValue()).isEqualByComparingTo(new BigDecimal(totalCost));
        assertThat(row.get("maxGrant").decimalValue()).isEqualByComparingTo(new BigDecimal(maxGrant));
    }
}
