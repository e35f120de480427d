package fr.deffinum.api.laureate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.deffinum.api.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;

/** The read endpoints: filters, one laureate, the audit journal, the operations endpoints. */
@AutoConfigureObservability
class ReadApiTest extends ApiTest {

    @Test
    void the_list_filters_by_programme_sector_status_and_text() {
        assertThat(http.get("/api/laureates?programme=CMA", "officer").json()).hasSize(12);
        assertThat(http.get("/api/laureates?sector=CONSTRUCTION", "officer").json()).hasSize(8);
        assertThat(http.get("/api/laureates?status=REDIRECTED_TO_CMA", "officer").json()).hasSize(12);
        assertThat(http.get("/api/laureates?programme=DEFFINUM&status=SELECTED", "officer").json()).hasSize(50);
        JsonNode found = http.get("/api/laureates?q=maritim", "officer").json();
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("name").asText()).isEqualTo("MARITIMUS");
        assertThat(http.get("/api/laureates?q=%25", "officer").json()).isEmpty();
    }

    @Test
    void one_laureate_reads_with_what_the_press_release_published() {
        JsonNode maritimus = http.get("/api/laureates/" + MARITIMUS, "auditor").json();

        assertThat(maritimus.get("reference").asText()).isEqualTo("DEFFINUM-2022-A1-01");
        assertThat(maritimus.get("lead").asText()).isEqualTo("Centre Européen de Formation Continue Maritime");
        assertThat(maritimus.get("totalCost").decimalValue()).isEqualByComparingTo("1976800.00");
        assertThat(maritimus.get("maxGrant").decimalValue()).isEqualByComparingTo("1383760.00");
        assertThat(maritimus.get("awardedAmount").isNull()).isTrue();
        assertThat(maritimus.get("payments")).isEmpty();
        assertThat(maritimus.get("version").asLong()).isZero();
    }

    @Test
    void the_audit_journal_lists_every_event_newest_first_and_filters_them() {
        JsonNode page = http.get("/api/audit?size=100", "auditor").json();
        assertThat(page.get("total").asLong()).isEqualTo(74);
        JsonNode events = page.get("events");
        assertThat(events.get(0).get("globalIndex").asLong()).isGreaterThan(events.get(1).get("globalIndex").asLong());

        assertThat(http.get("/api/audit?type=LaureateRedirected", "auditor").json().get("total").asLong())
                .isEqualTo(12);
        assertThat(http.get("/api/audit?actor=system:import", "auditor").json().get("total").asLong()).isEqualTo(74);
        assertThat(http.get("/api/audit?actor=officer", "auditor").json().get("total").asLong()).isZero();
        assertThat(http.get("/api/audit?laureate=" + MARITIMUS, "auditor").json().get("total").asLong()).isEqualTo(1);
        assertThat(http.get("/api/audit?from=2100-01-01T00:00:00Z", "auditor").json().get("total").asLong()).isZero();
    }

    @Test
    void the_openapi_contract_is_published() {
        JsonNode contract = http.get("/v3/api-docs", null).json();
        assertThat(contract.get("paths").has("/api/laureates/{id}/notification")).isTrue();
        assertThat(contract.get("paths").has("/api/dashboard")).isTrue();
        JsonNode notification = contract.at("/paths/~1api~1laureates~1{id}~1notification/post/responses");
        assertThat(notification.at("/200/content/application~1json/schema/$ref").asText()).endsWith("/LaureateDetail");
        assertThat(notification.at("/202/content/application~1json/schema/$ref").asText()).endsWith("/ProposalResponse");
        assertThat(contract.get("paths").has("/api/proposals/{id}/approval")).isTrue();
    }

    @Test
    void health_shows_the_database_and_each_projection_caught_up() {
        JsonNode health = http.get("/actuator/health", null).json();
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/db/status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/projections/details/laureates/behind").asLong()).isZero();
        assertThat(http.get("/actuator/health/readiness", null).json().get("status").asText()).isEqualTo("UP");
    }

    @Test
    void prometheus_metrics_include_axon_s_and_are_for_admins_only() {
        assertThat(http.get("/actuator/prometheus", "officer").status()).isEqualTo(403);
        String metrics = http.get("/actuator/prometheus", "admin").body();
        assertThat(metrics).contains("commandBus_allTimer_seconds")
                .contains("deffinum_projection_behind_events{projection=\"laureates\"} 0.0")
                .contains("deffinum_projection_behind_events{projection=\"audit\"}");
    }
}
