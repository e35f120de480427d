package fr.deffinum.api.laureate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.deffinum.api.ApiTest;
import fr.deffinum.api.Http;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The story of MARITIMUS told over HTTP: notified, paid, evaluated, every step in its history. */
class LaureateLifecycleApiTest extends ApiTest {

    @Test
    void an_officer_notifies_pays_and_evaluates_maritimus_and_each_step_shows_in_figures_and_history() {
        Http.Answer notified = http.post(path("notification"), "officer", """
                {"awardedAmount": 1300000.00, "decisionReference": "DEC-2023-017", "notifiedOn": "2023-01-15",
                 "reason": "Arrêté de subvention n° 2023-017"}""");
        assertThat(notified.status()).isEqualTo(200);
        assertThat(notified.json().get("amountBasis").asText()).isEqualTo("FIRM");
        assertThat(notified.json().get("awardedAmount").decimalValue()).isEqualByComparingTo("1300000.00");
        assertThat(http.get("/api/laureates/" + MARITIMUS, "auditor").json().get("status").asText())
                .isEqualTo("NOTIFIED");
        JsonNode deffinum = deffinum();
        assertThat(deffinum.get("awarded").decimalValue()).isEqualByComparingTo("1300000.00");
        assertThat(deffinum.get("released").decimalValue()).isEqualByComparingTo("83760.00");

        Http.Answer paid = http.post(path("payments"), "officer", """
                {"paymentId": "AV-2023-001", "amount": 400000.00, "kind": "ADVANCE", "paidOn": "2023-02-01",
                 "reason": "Avance de 30 %"}""");
        assertThat(paid.status()).isEqualTo(200);
        assertThat(paid.json().get("paid").decimalValue()).isEqualByComparingTo("400000.00");
        assertThat(paid.json().get("remainingToPay").decimalValue()).isEqualByComparingTo("900000.00");
        assertThat(deffinum().get("paid").decimalValue()).isEqualByComparingTo("400000.00");

        Http.Answer evaluated = http.post(path("evaluation"), "officer", """
                {"outcome": "ACHIEVED", "evaluatedOn": "2024-06-30", "comment": "Objectifs atteints"}""");
        assertThat(evaluated.status()).isEqualTo(200);
        assertThat(evaluated.json().get("status").asText()).isEqualTo("EVALUATED");
        assertThat(evaluated.json().get("evaluation").get("outcome").asText()).isEqualTo("ACHIEVED");

        JsonNode history = http.get(path("events"), "auditor").json();
        assertThat(history).hasSize(4);
        assertThat(history.get(0).get("type").asText()).isEqualTo("LaureateSelected");
        assertThat(history.get(0).get("actor").asText()).isEqualTo("system:import");
        assertStep(history.get(1), "DecisionNotified", "Arrêté de subvention n° 2023-017", "2023-01-15");
        assertStep(history.get(2), "PaymentMade", "Avance de 30 %", "2023-02-01");
        assertStep(history.get(3), "LaureateEvaluated", "Objectifs atteints", "2024-06-30");
    }

    @Test
    void a_notification_above_the_maximum_is_refused_with_422_and_records_nothing() {
        String other = fr.deffinum.domain.laureate.LaureateId.fromReference("DEFFINUM-2022-A1-02").value();
        long events = storedEvents();

        Http.Answer refused = http.post("/api/laureates/" + other + "/notification", "officer", """
                {"awardedAmount": 2412078.01, "decisionReference": "D", "notifiedOn": "2023-01-15"}""");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("code").asText()).isEqualTo("AMOUNT_ABOVE_MAXIMUM");
        assertThat(refused.json().get("titre").asText()).contains("subvention maximale");
        assertThat(storedEvents()).isEqualTo(events);
    }

    @Test
    void an_auditor_records_nothing() {
        long events = storedEvents();
        for (String step : new String[]{"notification", "payments", "evaluation", "redirection"}) {
            Http.Answer refused = http.post(path(step), "auditor", "{}");
            assertThat(refused.status()).as(step).isEqualTo(403);
            assertThat(refused.json().get("code").asText()).isEqualTo("FORBIDDEN");
        }
        assertThat(http.post("/api/laureates", "auditor", "{}").status()).isEqualTo(403);
        assertThat(storedEvents()).isEqualTo(events);
    }

    @Test
    void a_laureate_redirected_to_cma_moves_to_the_cma_figures() {
        String id = fr.deffinum.domain.laureate.LaureateId.fromReference("DEFFINUM-2022-A1-03").value();
        BigDecimal cmaBefore = programme(1).get("maxGrant").decimalValue();

        Http.Answer redirected = http.post("/api/laureates/" + id + "/redirection", "officer", """
                {"strategy": "Ville durable", "redirectedOn": "2022-09-01", "reason": "Comité de pilotage"}""");

        assertThat(redirected.status()).isEqualTo(200);
        assertThat(redirected.json().get("programme").asText()).isEqualTo("CMA");
        assertThat(redirected.json().get("strategy").asText()).isEqualTo("Ville durable");
        assertThat(programme(1).get("maxGrant").decimalValue())
                .isEqualByComparingTo(cmaBefore.add(new BigDecimal("3052759.00")));
    }

    @Test
    void an_officer_selects_a_new_laureate_which_then_reads_back_with_its_maximum() {
        Http.Answer created = http.post("/api/laureates", "officer", """
                {"programme": "DEFFINUM", "reference": "DEFFINUM-2023-A1-01", "name": "NOUVEAU", "lead": "Organisme", "sector": "CRAFTS",
                 "scope": "NATIONAL", "totalCost": 1000000.00, "maxGrant": 700000.00, "selectedOn": "2023-03-01",
                 "reason": "Vague 2"}""");

        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asText();
        JsonNode read = http.get("/api/laureates/" + id, "auditor").json();
        assertThat(read.get("amountBasis").asText()).isEqualTo("MAXIMUM");
        assertThat(read.get("maxGrant").decimalValue()).isEqualByComparingTo("700000.00");
        assertThat(read.get("scope").asText()).isEqualTo("NATIONAL");
    }

    private JsonNode deffinum() {
        return programme(0);
    }

    private JsonNode programme(int index) {
        return http.get("/api/dashboard", "officer").json().get("programmes").get(index);
    }

    private static String path(String step) {
        return "/api/laureates/" + MARITIMUS + "/" + step;
    }

    private static void assertStep(JsonNode event, String type, String reason, String effectiveDate) {
        assertThat(event.get("type").asText()).isEqualTo(type);
        assertThat(event.get("actor").asText()).isEqualTo("officer");
        assertThat(event.get("reason").asText()).isEqualTo(reason);
        assertThat(event.get("effectiveDate").asText()).isEqualTo(effectiveDate);
        assertThat(event.get("recordedAt").asText()).isNotBlank();
        assertThat(event.get("correlationId").asText()).isNotBlank();
    }
}
