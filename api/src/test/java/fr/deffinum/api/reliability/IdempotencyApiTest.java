package fr.deffinum.api.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import fr.deffinum.api.ApiTest;
import fr.deffinum.api.Http;
import fr.deffinum.domain.laureate.LaureateId;
import org.junit.jupiter.api.Test;

/** A retried POST under the same Idempotency-Key gets the first answer and records nothing new. */
class IdempotencyApiTest extends ApiTest {

    private static final String SELECTION = """
            {"programme": "DEFFINUM", "reference": "DEFFINUM-2024-X-01", "name": "Atelier numérique", "lead": "Organisme X",
             "sector": "INDUSTRY", "totalCost": 200000, "maxGrant": 100000, "selectedOn": "2024-02-01",
             "reason": "Comité du 1er février"}""";

    @Test
    void a_selection_retried_under_its_key_is_recorded_once_and_answered_the_same() {
        long before = laureateEvents();

        Http.Answer first = keyed("/api/laureates", "selection-1", SELECTION);
        Http.Answer retry = keyed("/api/laureates", "selection-1", SELECTION);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(laureateEvents()).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("SELECT status FROM idempotent_request WHERE key = 'selection-1'",
                Integer.class)).isEqualTo(201);
    }

    @Test
    void a_key_reused_for_another_request_is_a_422_and_records_nothing() {
        String laureate = LaureateId.fromReference("DEFFINUM-2022-A1-10").value();
        assertThat(keyed(notification(laureate), "decision-1", decision("1000")).status()).isEqualTo(200);
        long before = storedEvents();

        Http.Answer reused = keyed(notification(laureate), "decision-1", decision("2000"));

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.isProblem()).isTrue();
        assertThat(reused.json().get("code").asText()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void a_refusal_is_kept_too_and_replayed_to_its_retry() {
        String laureate = LaureateId.fromReference("DEFFINUM-2022-A1-11").value();
        Http.Answer refused = keyed("/api/laureates/" + laureate + "/payments",
                "early-payment", payment("P-1", "10"));
        Http.Answer retry = keyed("/api/laureates/" + laureate + "/payments", "early-payment", payment("P-1", "10"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(retry.status()).isEqualTo(409);
        assertThat(retry.body()).isEqualTo(refused.body());
    }

    @Test
    void a_key_is_the_users_own() {
        String laureate = LaureateId.fromReference("DEFFINUM-2022-A1-12").value();
        assertThat(keyed(notification(laureate), "shared-key", decision("1000")).status()).isEqualTo(200);

        Http.Answer admin = http.send(http.postRequest(notification(laureate), "admin", "application/json",
                decision("1000")).header("Idempotency-Key", "shared-key"));

        assertThat(admin.status()).isEqualTo(409);
        assertThat(admin.json().get("code").asText()).isEqualTo("ALREADY_NOTIFIED");
    }

    @Test
    void a_malformed_key_is_a_400() {
        Http.Answer answer = keyed("/api/laureates", "x".repeat(201), SELECTION);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("code").asText()).isEqualTo("INVALID_IDEMPOTENCY_KEY");
    }

    @Test
    void a_payment_id_sent_again_never_pays_twice() {
        String laureate = LaureateId.fromReference("DEFFINUM-2022-A1-13").value();
        assertThat(http.post(notification(laureate), "officer", decision("1000")).status()).isEqualTo(200);
        String payments = "/api/laureates/" + laureate + "/payments";

        Http.Answer first = http.post(payments, "officer", payment("PAY-7", "400"));
        long afterFirst = storedEvents();
        Http.Answer again = http.post(payments, "officer", payment("PAY-7", "400"));
        Http.Answer other = http.post(payments, "officer", payment("PAY-7", "500"));

        assertThat(first.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("paid").decimalValue()).isEqualByComparingTo("400");
        assertThat(other.status()).isIn(409, 422);
        assertThat(other.json().get("code").asText()).isEqualTo("PAYMENT_ID_REUSED");
        assertThat(storedEvents()).isEqualTo(afterFirst);
        assertThat(http.get("/api/laureates/" + laureate, "auditor").json().get("payments")).hasSize(1);
    }

    private Http.Answer keyed(String path, String key, String body) {
        return http.send(http.postRequest(path, "officer", "application/json", body).header("Idempotency-Key", key));
    }

    private static String notification(String laureate) {
        return "/api/laureates/" + laureate + "/notification";
    }

    private static String decision(String amount) {
        return "{\"awardedAmount\": " + amount + ", \"decisionReference\": \"D-1\", \"notifiedOn\": \"2023-01-15\"}";
    }

    private static String payment(String id, String amount) {
        return "{\"paymentId\": \"" + id + "\", \"amount\": " + amount
                + ", \"kind\": \"ADVANCE\", \"paidOn\": \"2023-03-01\"}";
    }
}
