package fr.deffinum.api.laureate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.deffinum.api.ApiTest;
import fr.deffinum.api.Http;
import fr.deffinum.domain.laureate.LaureateId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint that records on a laureate, lifecycle steps and corrections alike: it answers with
 * the laureate's new version as {@code ETag}, refuses a stale {@code If-Match} with a 412 and records
 * nothing, and reads the id of its path as the others do.
 */
class RecordingEndpointsApiTest extends ApiTest {

    /** Each correction, with a body it would record on a laureate notified and paid twice. */
    private static final Map<String, String> CORRECTIONS = corrections();

    @Test
    void every_step_and_every_correction_answers_with_the_laureate_s_new_version_as_etag() {
        String laureate = laureate("DEFFINUM-2022-A1-30");
        Map<String, String> steps = new LinkedHashMap<>();
        steps.put("/notification", """
                {"awardedAmount": 1000.00, "decisionReference": "D-30", "notifiedOn": "2023-01-15"}""");
        steps.put("/payments", """
                {"paymentId": "P-1", "amount": 400.00, "kind": "ADVANCE", "paidOn": "2023-02-01"}""");
        steps.put("/payments#2", """
                {"paymentId": "P-2", "amount": 100.00, "kind": "INTERIM", "paidOn": "2023-02-02"}""");
        steps.put("/siret", """
                {"siret": "13002526500013", "recordedOn": "2023-02-03"}""");
        steps.put("/evaluation", """
                {"outcome": "ACHIEVED", "evaluatedOn": "2023-02-04"}""");
        steps.putAll(CORRECTIONS);

        for (Map.Entry<String, String> step : steps.entrySet()) {
            long before = version(laureate);
            Http.Answer answer = http.post(path(laureate, step.getKey()), "officer", step.getValue());

            assertThat(answer.status()).as(step.getKey() + ": " + answer.body()).isEqualTo(200);
            assertThat(answer.header("ETag")).as(step.getKey()).isEqualTo(etag(before + 1))
                    .isEqualTo(etag(answer.json().get("version").asLong()))
                    .isEqualTo(http.get("/api/laureates/" + laureate, "auditor").header("ETag"));
        }

        String redirected = laureate("DEFFINUM-2022-A1-31");
        long before = version(redirected);
        Http.Answer answer = http.post(path(redirected, "/redirection"), "officer", """
                {"strategy": "Ville durable", "redirectedOn": "2022-09-01"}""");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.header("ETag")).isEqualTo(etag(before + 1));
    }

    @Test
    void a_correction_with_a_stale_if_match_is_a_412_that_records_nothing_and_goes_through_with_a_fresh_one() {
        String laureate = notifiedAndPaidTwice("DEFFINUM-2022-A1-32");
        String stale = http.get("/api/laureates/" + laureate, "officer").header("ETag");
        assertThat(http.post(path(laureate, "/payments"), "officer", """
                {"paymentId": "P-3", "amount": 10.00, "kind": "INTERIM", "paidOn": "2023-02-03"}""").status())
                .isEqualTo(200);

        for (Map.Entry<String, String> correction : CORRECTIONS.entrySet()) {
            String step = correction.getKey();
            String fresh = http.get("/api/laureates/" + laureate, "officer").header("ETag");
            long events = storedEvents();
            long steps = laureateEvents();

            for (String refused : new String[]{stale, "\"not-a-version\""}) {
                Http.Answer answer = postIfMatch(path(laureate, step), correction.getValue(), refused);
                assertThat(answer.status()).as(step + " If-Match " + refused + ": " + answer.body()).isEqualTo(412);
                assertThat(answer.isProblem()).as(step).isTrue();
                assertThat(answer.json().get("code").asText()).as(step).isEqualTo("VERSION_MISMATCH");
                assertThat(answer.json().get("detail_fr").asText()).as(step).isNotBlank();
                assertThat(answer.header("ETag")).as(step).isNull();
            }
            assertThat(storedEvents()).as(step + ": nothing recorded").isEqualTo(events);
            assertThat(http.get("/api/laureates/" + laureate, "officer").header("ETag")).as(step).isEqualTo(fresh);

            Http.Answer recorded = postIfMatch(path(laureate, step), correction.getValue(), fresh);
            assertThat(recorded.status()).as(step + ": " + recorded.body()).isEqualTo(200);
            assertThat(recorded.header("ETag")).as(step).isEqualTo(etag(versionOf(fresh) + 1));
            assertThat(laureateEvents()).as(step).isEqualTo(steps + 1);
            stale = fresh;
        }
        assertThat(http.get("/api/laureates/" + laureate, "auditor").json().get("status").asText())
                .isEqualTo("WITHDRAWN");
    }

    @Test
    void of_two_officers_correcting_from_the_same_version_the_second_gets_a_412() {
        String laureate = notifiedAndPaidTwice("DEFFINUM-2022-A1-33");
        String read = http.get("/api/laureates/" + laureate, "officer").header("ETag");

        Http.Answer first = postIfMatch(path(laureate, "/recoveries"), """
                {"recoveryId": "R-A", "amount": 10.00, "recoveredOn": "2023-03-01"}""", read);
        Http.Answer second = postIfMatch(path(laureate, "/recoveries"), """
                {"recoveryId": "R-B", "amount": 20.00, "recoveredOn": "2023-03-01"}""", read);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(second.status()).as(second.body()).isEqualTo(412);
        assertThat(http.get("/api/laureates/" + laureate, "auditor").json().get("recoveries")).hasSize(1);
    }

    @Test
    void every_recording_endpoint_answers_an_unknown_or_malformed_id_with_the_same_404() {
        Map<String, String> endpoints = new LinkedHashMap<>();
        endpoints.put("/redirection", """
                {"strategy": "Ville durable", "redirectedOn": "2022-09-01"}""");
        endpoints.put("/notification", """
                {"awardedAmount": 1000.00, "decisionReference": "D", "notifiedOn": "2023-01-15"}""");
        endpoints.put("/payments", """
                {"paymentId": "P-1", "amount": 10.00, "kind": "ADVANCE", "paidOn": "2023-02-01"}""");
        endpoints.put("/evaluation", """
                {"outcome": "ACHIEVED", "evaluatedOn": "2023-02-04"}""");
        endpoints.put("/siret", """
                {"siret": "13002526500013"}""");
        endpoints.putAll(CORRECTIONS);
        long events = storedEvents();

        for (String id : new String[]{"no-such-laureate", "%20", "%09", "x".repeat(300)}) {
            for (Map.Entry<String, String> endpoint : endpoints.entrySet()) {
                for (String ifMatch : new String[]{null, "\"1\""}) {
                    String what = endpoint.getKey() + " on '" + id + "' If-Match " + ifMatch;
                    Http.Answer answer = postIfMatch(path(id, endpoint.getKey()), endpoint.getValue(), ifMatch);
                    assertThat(answer.status()).as(what + ": " + answer.body()).isEqualTo(404);
                    assertThat(answer.isProblem()).as(what).isTrue();
                    assertThat(answer.json().get("code").asText()).as(what).isEqualTo("LAUREATE_NOT_FOUND");
                    assertThat(answer.header("ETag")).as(what).isNull();
                }
            }
            Http.Answer read = http.get("/api/laureates/" + id, "auditor");
            assertThat(read.status()).as("read '" + id + "': " + read.body()).isEqualTo(404);
            assertThat(read.json().get("code").asText()).isEqualTo("LAUREATE_NOT_FOUND");
            Http.Answer history = http.get("/api/laureates/" + id + "/events", "auditor");
            assertThat(history.status()).as("history of '" + id + "': " + history.body()).isEqualTo(404);
        }
        assertThat(storedEvents()).isEqualTo(events);
    }

    private String notifiedAndPaidTwice(String reference) {
        String laureate = laureate(reference);
        for (String[] step : new String[][]{
                {"/notification", """
                        {"awardedAmount": 1000.00, "decisionReference": "D", "notifiedOn": "2023-01-15"}"""},
                {"/payments", """
                        {"paymentId": "P-1", "amount": 400.00, "kind": "ADVANCE", "paidOn": "2023-02-01"}"""},
                {"/payments", """
                        {"paymentId": "P-2", "amount": 100.00, "kind": "INTERIM", "paidOn": "2023-02-02"}"""}}) {
            Http.Answer answer = http.post(path(laureate, step[0]), "officer", step[1]);
            assertThat(answer.status()).as(step[0] + ": " + answer.body()).isEqualTo(200);
        }
        return laureate;
    }

    private static Map<String, String> corrections() {
        Map<String, String> corrections = new LinkedHashMap<>();
        corrections.put("/amendments", """
                {"awardedAmount": 1200.00, "amendmentReference": "AV-1", "amendedOn": "2023-03-01"}""");
        corrections.put("/payments/P-2/cancellation", """
                {"cancelledOn": "2023-03-02", "reason": "Saisi deux fois"}""");
        corrections.put("/recoveries", """
                {"recoveryId": "R-1", "amount": 50.00, "recoveredOn": "2023-03-03"}""");
        corrections.put("/withdrawal", """
                {"withdrawnOn": "2023-03-04", "reason": "Courrier de renonciation"}""");
        return corrections;
    }

    private Http.Answer postIfMatch(String path, String body, String ifMatch) {
        var request = http.postRequest(path, "officer", "application/json", body);
        return http.send(ifMatch == null ? request : request.header("If-Match", ifMatch));
    }

    private long version(String laureate) {
        return http.get("/api/laureates/" + laureate, "auditor").json().get("version").asLong();
    }

    private static long versionOf(String etag) {
        return Long.parseLong(etag.replace("\"", ""));
    }

    private static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The step's address on the laureate; a step repeated is keyed {@code /payments#2}. */
    private static String path(String laureate, String step) {
        return "/api/laureates/" + laureate + step.replaceAll("#.*", "");
    }

    private static String laureate(String reference) {
        return LaureateId.fromReference(reference).value();
    }
}
