package fr.deffinum.api.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.deffinum.api.ApiTest;
import fr.deffinum.api.Http;
import fr.deffinum.domain.laureate.LaureateId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each correction told on MARITIMUS (maximum 1,383,760.00 €) over HTTP, with the DEFFINUM
 * figures of the dashboard before and after: amended, an erroneous payment cancelled, money
 * recovered, the laureate withdrawn, then recovered in full.
 */
class CorrectionsApiTest extends ApiTest {

    private static final String LAUREATE = "/api/laureates/" + MARITIMUS;

    @Test
    void maritimus_is_amended_corrected_recovered_and_withdrawn_and_the_dashboard_follows_each_step() {
        JsonNode start = deffinum();
        BigDecimal pending = start.get("pendingMaximum").decimalValue();
        post("/notification", """
                {"awardedAmount": 1300000.00, "decisionReference": "DEC-2023-017", "notifiedOn": "2023-01-15"}""");
        assertFigures("notified", "1300000.00", pending.subtract(new BigDecimal("1383760.00")), "83760.00", "0");

        JsonNode amended = post("/amendments", """
                {"awardedAmount": 1383760.00, "amendmentReference": "AVENANT-1", "amendedOn": "2023-03-01",
                 "reason": "Avenant n° 1 : extension du périmètre"}""");
        assertThat(amended.get("awardedAmount").decimalValue()).isEqualByComparingTo("1383760.00");
        assertThat(amended.get("amendments").get(0).get("previousAmount").decimalValue()).isEqualByComparingTo("1300000.00");
        assertFigures("amended", "1383760.00", pending.subtract(new BigDecimal("1383760.00")), "0", "0");

        post("/payments", """
                {"paymentId": "AV-1", "amount": 400000.00, "kind": "ADVANCE", "paidOn": "2023-04-01"}""");
        post("/payments", """
                {"paymentId": "ERR-1", "amount": 50000.00, "kind": "INTERIM", "paidOn": "2023-04-02"}""");
        assertThat(deffinum().get("paid").decimalValue()).isEqualByComparingTo("450000.00");
        JsonNode cancelled = post("/payments/ERR-1/cancellation", """
                {"cancelledOn": "2023-04-03", "reason": "Saisi deux fois"}""");
        assertThat(cancelled.get("paid").decimalValue()).isEqualByComparingTo("400000.00");
        assertThat(cancelled.get("payments").get(1).get("cancelledOn").asText()).isEqualTo("2023-04-03");
        assertThat(cancelled.get("status").asText()).isEqualTo("PARTLY_FUNDED");
        assertFigures("cancelled", "1383760.00", pending.subtract(new BigDecimal("1383760.00")), "0", "400000.00");

        String recovery = """
                {"recoveryId": "REV-1", "amount": 100000.00, "recoveredOn": "2023-05-01", "reason": "Titre de perception"}""";
        assertThat(post("/recoveries", recovery).get("paid").decimalValue()).isEqualByComparingTo("300000.00");
        long events = storedEvents();
        assertThat(post("/recoveries", recovery).get("paid").decimalValue()).isEqualByComparingTo("300000.00");
        assertThat(storedEvents()).as("the same recovery resent is a replay").isEqualTo(events);
        assertFigures("recovered", "1383760.00", pending.subtract(new BigDecimal("1383760.00")), "0", "300000.00");

        JsonNode withdrawn = post("/withdrawal", """
                {"withdrawnOn": "2023-06-01", "reason": "Courrier de renonciation du porteur"}""");
        assertThat(withdrawn.get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.get("amountBasis").asText()).isEqualTo("FIRM");
        assertThat(withdrawn.get("awardedAmount").decimalValue()).isEqualByComparingTo("300000.00");
        assertThat(withdrawn.get("remainingToPay").decimalValue()).isZero();
        assertFigures("withdrawn", "300000.00", pending.subtract(new BigDecimal("1383760.00")), "1083760.00", "300000.00");
        assertThat(status("WITHDRAWN").get("laureates").asInt()).isEqualTo(1);

        post("/recoveries", """
                {"recoveryId": "REV-2", "amount": 300000.00, "recoveredOn": "2023-07-01"}""");
        assertFigures("recovered in full", "0", pending.subtract(new BigDecimal("1383760.00")), "1383760.00", "0");

        Http.Answer refused = http.post(LAUREATE + "/payments", "officer", """
                {"paymentId": "AV-2", "amount": 1.00, "kind": "INTERIM", "paidOn": "2023-08-01"}""");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asText()).isEqualTo("LAUREATE_WITHDRAWN");

        JsonNode beforeWithdrawal = http.get(LAUREATE + "?effectiveOn=2023-05-15", "auditor").json();
        assertThat(beforeWithdrawal.get("status").asText()).isEqualTo("PARTLY_FUNDED");
        assertThat(beforeWithdrawal.get("awardedAmount").decimalValue()).isEqualByComparingTo("1383760.00");
        assertThat(beforeWithdrawal.get("paid").decimalValue()).isEqualByComparingTo("300000.00");
        assertThat(beforeWithdrawal.get("recoveries")).hasSize(1);
        assertThat(beforeWithdrawal.get("withdrawnOn").isNull()).isTrue();

        List<String> types = new ArrayList<>();
        JsonNode history = http.get(LAUREATE + "/events", "auditor").json();
        history.forEach(event -> types.add(event.get("type").asText()));
        assertThat(types).containsExactly("LaureateSelected", "DecisionNotified", "AwardAmended", "PaymentMade",
                "PaymentMade", "PaymentCancelled", "PaymentRecovered", "LaureateWithdrawn", "PaymentRecovered");
        assertThat(history.get(2).get("reason").asText()).isEqualTo("Avenant n° 1 : extension du périmètre");
        assertThat(history.get(7).get("actor").asText()).isEqualTo("officer");
    }

    @Test
    void each_correction_refused_answers_its_rule_and_records_nothing() {
        String other = "/api/laureates/" + LaureateId.fromReference("DEFFINUM-2022-A1-02").value();
        long events = storedEvents();
        expect(http.post(other + "/amendments", "officer", """
                {"awardedAmount": 1000.00, "amendmentReference": "AV", "amendedOn": "2023-03-01"}"""),
                409, "NOT_NOTIFIED");
        expect(http.post(other + "/recoveries", "officer", """
                {"recoveryId": "REV", "amount": 1.00, "recoveredOn": "2023-03-01"}"""), 422, "RECOVERY_ABOVE_PAID");
        expect(http.post(other + "/payments/NOPE/cancellation", "officer", """
                {"cancelledOn": "2023-03-01", "reason": "Erreur"}"""), 409, "UNKNOWN_PAYMENT");
        expect(http.post(other + "/withdrawal", "officer", """
                {"withdrawnOn": "2023-03-01"}"""), 400, "INVALID_REQUEST");
        expect(http.post(other + "/amendments", "officer", """
                {"awardedAmount": -1.00, "amendmentReference": "AV", "amendedOn": "2023-03-01"}"""),
                400, "INVALID_AMOUNT");
        assertThat(storedEvents()).isEqualTo(events);

        Http.Answer aboveMaximum = http.post(other + "/notification", "officer", """
                {"awardedAmount": 1000000.00, "decisionReference": "D", "notifiedOn": "2023-01-15"}""");
        assertThat(aboveMaximum.status()).isEqualTo(200);
        Http.Answer refused = http.post(other + "/amendments", "officer", """
                {"awardedAmount": 99999999.00, "amendmentReference": "AV", "amendedOn": "2023-03-01"}""");
        expect(refused, 422, "AMOUNT_ABOVE_MAXIMUM");
        assertThat(refused.json().get("titre").asText()).contains("subvention maximale");
    }

    @Test
    void an_auditor_records_no_correction() {
        long events = storedEvents();
        for (String step : new String[]{"amendments", "payments/AV-1/cancellation", "recoveries", "withdrawal"}) {
            expect(http.post(LAUREATE + "/" + step, "auditor", "{}"), 403, "FORBIDDEN");
        }
        assertThat(storedEvents()).isEqualTo(events);
    }

    private JsonNode post(String step, String body) {
        Http.Answer answer = http.post(LAUREATE + step, "officer", body);
        assertThat(answer.status()).as(step + ": " + answer.body()).isEqualTo(200);
        return answer.json();
    }

    private void assertFigures(String step, String awarded, BigDecimal pending, String released, String paid) {
        JsonNode row = deffinum();
        assertThat(row.get("awarded").decimalValue()).as(step).isEqualByComparingTo(awarded);
        assertThat(row.get("pendingMaximum").decimalValue()).as(step).isEqualByComparingTo(pending);
        assertThat(row.get("released").decimalValue()).as(step).isEqualByComparingTo(released);
        assertThat(row.get("paid").decimalValue()).as(step).isEqualByComparingTo(paid);
        JsonNode dashboard = http.get("/api/dashboard", "officer").json();
        for (String grouping : new String[]{"programmes", "sectors", "statuses"}) {
            dashboard.get(grouping).forEach(each -> assertThat(each.get("awarded").decimalValue()
                    .add(each.get("pendingMaximum").decimalValue()).add(each.get("released").decimalValue()))
                    .as(step + " " + grouping).isEqualByComparingTo(each.get("maxGrant").decimalValue()));
        }
        assertThat(http.get("/api/dashboard?asOf=" + java.time.Instant.now(), "officer").body()).as(step)
                .isEqualTo(http.get("/api/dashboard", "officer").body());
    }

    private JsonNode deffinum() {
        return http.get("/api/dashboard", "officer").json().get("programmes").get(0);
    }

    private JsonNode status(String status) {
        for (JsonNode row : http.get("/api/dashboard", "officer").json().get("statuses")) {
            if (row.get("status").asText().equals(status)) {
                return row;
            }
        }
        throw new AssertionError("No row for status " + status);
    }

    private static void expect(Http.Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.json().get("code").asText()).isEqualTo(code);
    }
}
