package fr.deffinum.api.laureate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.deffinum.api.ApiTest;
import fr.deffinum.api.Http;
import org.junit.jupiter.api.Test;

/** Each class of error: the designed status, a problem+json body with its stable code, and nothing recorded. */
class ErrorsApiTest extends ApiTest {

    private static final String NOTIFY = "/api/laureates/" + MARITIMUS + "/notification";

    @Test
    void a_malformed_body_is_a_400() {
        expectProblem(http.post(NOTIFY, "officer", "{\"awardedAmount\": 13"), 400, "INVALID_REQUEST");
    }

    @Test
    void missing_fields_are_a_400_naming_each_field_in_english_and_french() {
        Http.Answer answer = http.post(NOTIFY, "officer", "{\"awardedAmount\": 1000.00}");

        expectProblem(answer, 400, "INVALID_REQUEST");
        JsonNode errors = answer.json().get("errors");
        assertThat(errors).extracting(error -> error.get("field").asText())
                .containsExactlyInAnyOrder("decisionReference", "notifiedOn");
        errors.forEach(error -> {
            assertThat(error.get("message").asText()).isNotBlank();
            assertThat(error.get("message_fr").asText()).isNotBlank().isNotEqualTo(error.get("message").asText());
        });
    }

    @Test
    void an_amount_finer_than_a_cent_is_a_400() {
        expectProblem(http.post(NOTIFY, "officer",
                "{\"awardedAmount\": 1000.001, \"decisionReference\": \"D\", \"notifiedOn\": \"2023-01-15\"}"),
                400, "INVALID_AMOUNT");
    }

    @Test
    void a_negative_amount_is_a_400() {
        expectProblem(http.post(NOTIFY, "officer",
                "{\"awardedAmount\": -5, \"decisionReference\": \"D\", \"notifiedOn\": \"2023-01-15\"}"),
                400, "INVALID_AMOUNT");
    }

    @Test
    void a_date_out_of_range_is_a_400() {
        expectProblem(http.post(NOTIFY, "officer",
                "{\"awardedAmount\": 1000, \"decisionReference\": \"D\", \"notifiedOn\": \"1899-01-15\"}"),
                400, "INVALID_REQUEST");
    }

    @Test
    void a_request_without_credentials_is_a_401() {
        expectProblem(http.get("/api/laureates", null), 401, "AUTHENTICATION_REQUIRED");
        expectProblem(http.post(NOTIFY, null, "{}"), 401, "AUTHENTICATION_REQUIRED");
    }

    @Test
    void wrong_credentials_are_a_401() {
        Http.Answer answer = http.send(http.request("/api/laureates", null)
                .header("Authorization", "Basic b2ZmaWNlcjp3cm9uZw==").GET());
        expectProblem(answer, 401, "AUTHENTICATION_REQUIRED");
    }

    @Test
    void an_officer_on_an_admin_endpoint_is_a_403() {
        expectProblem(http.post("/api/admin/projections/laureates/rebuild", "officer", ""), 403, "FORBIDDEN");
    }

    @Test
    void an_unknown_laureate_is_a_404_to_read_and_to_write() {
        expectProblem(http.get("/api/laureates/no-such-laureate", "officer"), 404, "LAUREATE_NOT_FOUND");
        expectProblem(http.get("/api/laureates/no-such-laureate/events", "officer"), 404, "LAUREATE_NOT_FOUND");
        expectProblem(http.post("/api/laureates/no-such-laureate/notification", "officer",
                "{\"awardedAmount\": 1000, \"decisionReference\": \"D\", \"notifiedOn\": \"2023-01-15\"}"),
                404, "LAUREATE_NOT_FOUND");
    }

    @Test
    void a_payment_before_the_notification_is_a_409() {
        expectProblem(http.post("/api/laureates/" + MARITIMUS + "/payments", "officer",
                "{\"paymentId\": \"P1\", \"amount\": 1000, \"kind\": \"ADVANCE\", \"paidOn\": \"2023-01-15\"}"),
                409, "NOT_NOTIFIED");
    }

    @Test
    void an_evaluation_before_any_payment_is_a_409() {
        expectProblem(http.post("/api/laureates/" + MARITIMUS + "/evaluation", "officer",
                "{\"outcome\": \"ACHIEVED\", \"evaluatedOn\": \"2023-01-15\"}"), 409, "NOT_YET_PAID");
    }

    @Test
    void an_unknown_enum_value_is_a_400() {
        expectProblem(http.get("/api/laureates?status=BOGUS", "officer"), 400, "INVALID_REQUEST");
        expectProblem(http.post("/api/laureates/" + MARITIMUS + "/payments", "officer",
                "{\"paymentId\": \"P1\", \"amount\": 1000, \"kind\": \"GIFT\", \"paidOn\": \"2023-01-15\"}"),
                400, "INVALID_REQUEST");
    }

    @Test
    void a_body_that_is_not_json_is_a_415() {
        expectProblem(http.post(NOTIFY, "officer", "text/plain", "awardedAmount=1000"), 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    private void expectProblem(Http.Answer answer, int status, String code) {
        long before = storedEvents();
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.isProblem()).as(answer.contentType() + " " + answer.body()).isTrue();
        JsonNode problem = answer.json();
        assertThat(problem.get("code").asText()).isEqualTo(code);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("titre").asText()).isNotBlank();
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(laureateEvents()).isEqualTo(74);
    }
}
