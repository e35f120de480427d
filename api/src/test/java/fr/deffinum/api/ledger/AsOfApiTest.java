package fr.deffinum.api.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.deffinum.api.ApiTest;
import fr.deffinum.api.Http;
import fr.deffinum.domain.laureate.LaureateId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Both times over HTTP. MARITIMUS's decision and payment are recorded today with dates of effect in
 * 2023: a reading "as recorded" before today does not see them, a reading "in effect" on a 2023
 * day does. Recording instants are real clock times, so they are captured between the steps.
 */
class AsOfApiTest extends ApiTest {

    private static final String LAUREATE = "/api/laureates/" + MARITIMUS;

    @Test
    void events_recorded_late_with_earlier_dates_of_effect_change_the_effective_reading_but_not_the_recorded_one() {
        String deffinumMaximaBefore = deffinum("").get("pendingMaximum").asText();
        Instant beforeNotification = Instant.now();
        assertThat(http.post(LAUREATE + "/notification", "officer", """
                {"awardedAmount": 1300000.00, "decisionReference": "DEC-2023-017", "notifiedOn": "2023-02-01",
                 "reason": "Arrêté reçu tardivement"}""").status()).isEqualTo(200);
        Instant afterNotification = Instant.now();
        assertThat(http.post(LAUREATE + "/payments", "officer", """
                {"paymentId": "AV-2023-001", "amount": 400000.00, "kind": "ADVANCE", "paidOn": "2023-02-20",
                 "reason": "Avance"}""").status()).isEqualTo(200);

        // In effect on 15 February 2023: notified (1 February), not yet paid (20 February).
        JsonNode mid = http.get(LAUREATE + "?effectiveOn=2023-02-15", "auditor").json();
        assertThat(mid.get("status").asText()).isEqualTo("NOTIFIED");
        assertThat(mid.get("amountBasis").asText()).isEqualTo("FIRM");
        assertThat(mid.get("awardedAmount").decimalValue()).isEqualByComparingTo("1300000.00");
        assertThat(mid.get("paid").decimalValue()).isZero();
        assertThat(mid.get("decisionReference").asText()).isEqualTo("DEC-2023-017");
        assertThat(mid.get("payments")).isEmpty();
        JsonNode midDashboard = deffinum("?effectiveOn=2023-02-15");
        assertThat(midDashboard.get("awarded").decimalValue()).isEqualByComparingTo("1300000.00");
        assertThat(midDashboard.get("released").decimalValue()).isEqualByComparingTo("83760.00");
        assertThat(midDashboard.get("paid").decimalValue()).isZero();

        // As recorded just before the notification: still selected with its maximum, whatever the day in effect.
        for (String point : List.of("?asOf=" + beforeNotification, "?asOf=" + beforeNotification + "&effectiveOn=2023-02-15")) {
            JsonNode known = http.get(LAUREATE + point, "auditor").json();
            assertThat(known.get("status").asText()).as(point).isEqualTo("SELECTED");
            assertThat(known.get("amountBasis").asText()).as(point).isEqualTo("MAXIMUM");
            assertThat(known.get("awardedAmount").isNull()).as(point).isTrue();
            assertThat(deffinum(point).get("awarded").decimalValue()).as(point).isZero();
            assertThat(deffinum(point).get("pendingMaximum").asText()).as(point).isEqualTo(deffinumMaximaBefore);
        }

        // As recorded after the notification but before the payment, in effect on 1 March: notified, unpaid.
        JsonNode between = http.get(LAUREATE + "?asOf=" + afterNotification + "&effectiveOn=2023-03-01", "auditor").json();
        assertThat(between.get("status").asText()).isEqualTo("NOTIFIED");
        assertThat(between.get("paid").decimalValue()).isZero();

        // In effect on 1 March, as known now: paid too.
        JsonNode march = http.get(LAUREATE + "?effectiveOn=2023-03-01", "auditor").json();
        assertThat(march.get("status").asText()).isEqualTo("PARTLY_FUNDED");
        assertThat(march.get("paid").decimalValue()).isEqualByComparingTo("400000.00");
        assertThat(march.get("payments")).hasSize(1);
        assertThat(deffinum("?effectiveOn=2023-03-01").get("paid").decimalValue()).isEqualByComparingTo("400000.00");

        // The present, from the current read model, agrees with "as known now, in effect today".
        assertThat(http.get(LAUREATE, "auditor").json().get("status").asText()).isEqualTo("PARTLY_FUNDED");
        assertThat(deffinum("").toString()).isEqualTo(deffinum("?asOf=" + Instant.now()).toString());
    }

    @Test
    void the_list_filters_on_the_status_and_programme_a_laureate_had_at_that_point() {
        String other = "/api/laureates/" + LaureateId.fromReference("DEFFINUM-2022-A1-04").value();
        assertThat(http.post(other + "/redirection", "officer", """
                {"strategy": "Ville durable", "redirectedOn": "2022-09-01", "reason": "Comité"}""").status())
                .isEqualTo(200);

        List<String> cmaInAugust = references(http.get("/api/laureates?programme=CMA&effectiveOn=2022-08-31", "auditor"));
        List<String> cmaInSeptember = references(http.get("/api/laureates?programme=CMA&effectiveOn=2022-09-01", "auditor"));
        assertThat(cmaInAugust).hasSize(12).doesNotContain("DEFFINUM-2022-A1-04");
        assertThat(cmaInSeptember).hasSize(13).contains("DEFFINUM-2022-A1-04");
        assertThat(references(http.get("/api/laureates?status=REDIRECTED_TO_CMA&effectiveOn=2022-08-31", "auditor")))
                .hasSize(12);
    }

    @Test
    void before_the_selection_nothing_is_known() {
        assertThat(http.get("/api/laureates?effectiveOn=2022-06-30", "auditor").json()).isEmpty();
        assertThat(http.get(LAUREATE + "?effectiveOn=2022-06-30", "auditor").status()).isEqualTo(404);
        assertThat(http.get("/api/dashboard?effectiveOn=2022-06-30", "auditor").json().get("programmes")).isEmpty();
        assertThat(http.get(LAUREATE + "/events?effectiveOn=2022-06-30", "auditor").json()).isEmpty();
    }

    @Test
    void the_history_is_filtered_by_either_time() {
        String other = "/api/laureates/" + LaureateId.fromReference("DEFFINUM-2022-A2-01").value();
        Instant beforeNotification = Instant.now();
        assertThat(http.post(other + "/notification", "officer", """
                {"awardedAmount": 100000.00, "decisionReference": "DEC-5", "notifiedOn": "2023-02-01"}""").status())
                .isEqualTo(200);

        assertThat(types(http.get(other + "/events", "auditor")))
                .containsExactly("LaureateSelected", "LaureateRedirected", "DecisionNotified");
        assertThat(types(http.get(other + "/events?asOf=" + beforeNotification, "auditor")))
                .containsExactly("LaureateSelected", "LaureateRedirected");
        assertThat(types(http.get(other + "/events?effectiveOn=2023-01-31", "auditor")))
                .containsExactly("LaureateSelected", "LaureateRedirected");
        assertThat(types(http.get(other + "/events?effectiveOn=2023-02-01", "auditor")))
                .containsExactly("LaureateSelected", "LaureateRedirected", "DecisionNotified");
    }

    @Test
    void an_unreadable_point_in_time_is_a_400() {
        Http.Answer answer = http.get("/api/dashboard?asOf=yesterday", "auditor");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.isProblem()).isTrue();
        assertThat(http.get("/api/laureates?effectiveOn=15/02/2023", "auditor").status()).isEqualTo(400);
    }

    @Test
    void every_row_splits_its_maxima_at_any_point() {
        for (String point : List.of("?effectiveOn=2023-02-15", "?asOf=" + Instant.now(), "?effectiveOn=2022-07-01")) {
            JsonNode dashboard = http.get("/api/dashboard" + point, "officer").json();
            for (String grouping : new String[]{"programmes", "sectors", "statuses"}) {
                dashboard.get(grouping).forEach(row -> assertThat(row.get("awarded").decimalValue()
                        .add(row.get("pendingMaximum").decimalValue()).add(row.get("released").decimalValue()))
                        .as(point).isEqualByComparingTo(row.get("maxGrant").decimalValue()));
            }
        }
    }

    private JsonNode deffinum(String point) {
        return http.get("/api/dashboard" + point, "auditor").json().get("programmes").get(0);
    }

    private static List<String> references(Http.Answer answer) {
        assertThat(answer.status()).isEqualTo(200);
        List<String> references = new ArrayList<>();
        answer.json().forEach(laureate -> references.add(laureate.get("reference").asText()));
        return references;
    }

    private static List<String> types(Http.Answer answer) {
        assertThat(answer.status()).isEqualTo(200);
        List<String> types = new ArrayList<>();
        answer.json().forEach(event -> types.add(event.get("type").asText()));
        return types;
    }
}
