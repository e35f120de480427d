package fr.deffinum.api.convention;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.deffinum.api.ApiTest;
import fr.deffinum.api.Http;
import fr.deffinum.api.document.TestDocuments;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Conventions over real HTTP: a schedule of 30 % advance, 50 % interim on a progress report and 20 %
 * balance on the final report, its conditions checked at each payment, the award amended only with a
 * matching schedule, and the work queue read at two points in both times.
 */
class ConventionsApiTest extends ApiTest {

    private static final String SCHEDULE = """
            [{"trancheId": "T1", "kind": "ADVANCE", "plannedOn": "2024-02-01", "amount": 300000.00},
             {"trancheId": "T2", "kind": "INTERIM", "plannedOn": "2025-06-30", "amount": 500000.00,
              "conditions": [{"document": "RAPPORT_INTERMEDIAIRE"}]},
             {"trancheId": "T3", "kind": "BALANCE", "plannedOn": "2026-09-30", "amount": 200000.00,
              "conditions": [{"document": "RAPPORT_FINAL"}]}]""";

    @Test
    void the_interim_and_the_balance_wait_for_their_reports() {
        String id = conventionSigned(0);
        assertThat(pay(id, "P1", "T1", "300000.00", "ADVANCE", "2024-02-01").status()).isEqualTo(200);

        Http.Answer early = pay(id, "P2", "T2", "500000.00", "INTERIM", "2025-07-01");
        assertThat(early.status()).as(early.body()).isEqualTo(409);
        assertThat(early.isProblem()).isTrue();
        assertThat(early.json().get("code").asText()).isEqualTo("CONDITION_NOT_MET");
        assertThat(early.json().get("detail").asText()).contains("RAPPORT_INTERMEDIAIRE");
        assertThat(early.json().get("detail_fr").asText()).contains("conditions de versement");

        attach(id, "RAPPORT_INTERMEDIAIRE", "2025-06-20");
        assertThat(pay(id, "P2", "T2", "500000.00", "INTERIM", "2025-07-01").status()).isEqualTo(200);
        assertThat(pay(id, "P3", "T3", "200000.00", "BALANCE", "2026-09-30").json().get("code").asText())
                .isEqualTo("CONDITION_NOT_MET");
        attach(id, "RAPPORT_FINAL", "2026-09-01");
        Http.Answer balance = pay(id, "P3", "T3", "200000.00", "BALANCE", "2026-09-30");

        assertThat(balance.status()).as(balance.body()).isEqualTo(200);
        JsonNode tranches = balance.json().get("convention").get("tranches");
        assertThat(tranches).hasSize(3);
        tranches.forEach(tranche -> assertThat(tranche.get("state").asText()).isEqualTo("PAID"));
        assertThat(balance.json().get("paid").decimalValue()).isEqualByComparingTo("1000000.00");
    }

    @Test
    void an_operations_file_names_each_payment_s_tranche_and_its_conditions_are_checked_line_by_line() {
        String id = conventionSigned(7);
        String reference = http.get("/api/laureates/" + id, "auditor").json().get("reference").asText();
        String file = """
                Référence;Opération;Date;Montant;Identifiant versement;Nature;Tranche
                %1$s;versement;01/02/2024;300 000,00;V-1;avance;T1
                %1$s;versement;01/07/2025;500 000,00;V-2;acompte;T2
                """.formatted(reference);

        Http.Answer refused = http.post("/api/imports/notifications", "officer", "text/csv", file);

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("CONDITION_NOT_MET").contains("tranche");
        assertThat(http.get("/api/laureates/" + id, "auditor").json().get("paid").decimalValue())
                .as("all or none").isEqualByComparingTo("0.00");
        Http.Answer recorded = http.post("/api/imports/notifications", "officer", "text/csv",
                file.lines().limit(2).collect(java.util.stream.Collectors.joining("\n")));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        assertThat(http.get("/api/laureates/" + id, "auditor").json().get("convention").get("tranches").get(0)
                .get("state").asText()).isEqualTo("PAID");
    }

    @Test
    void a_payment_beyond_its_tranche_or_naming_none_is_refused() {
        String id = conventionSigned(1);

        assertThat(pay(id, "P1", "T1", "300000.01", "ADVANCE", "2024-02-01").json().get("code").asText())
                .isEqualTo("TRANCHE_EXCEEDED");
        assertThat(pay(id, "P1", null, "1000.00", "ADVANCE", "2024-02-01").json().get("code").asText())
                .isEqualTo("TRANCHE_REQUIRED");
        JsonNode laureate = http.get("/api/laureates/" + id, "auditor").json();
        assertThat(laureate.get("convention").get("tranches").get(0).get("state").asText()).isEqualTo("PAYABLE");
        assertThat(laureate.get("convention").get("tranches").get(1).get("state").asText()).isEqualTo("PLANNED");
        assertThat(laureate.get("convention").get("tranches").get(1).get("missingDocuments").get(0).asText())
                .isEqualTo("RAPPORT_INTERMEDIAIRE");
    }

    @Test
    void a_schedule_that_does_not_add_up_to_the_award_is_refused_and_records_nothing() {
        String id = notified(2);
        long before = laureateEvents();

        Http.Answer refused = http.post("/api/laureates/" + id + "/convention", "officer",
                convention(SCHEDULE.replace("200000.00", "199999.99")));

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().get("code").asText()).isEqualTo("SCHEDULE_NOT_AWARDED");
        assertThat(laureateEvents()).isEqualTo(before);
        assertThat(http.post("/api/laureates/" + id + "/convention", "officer", convention("[]")).status())
                .isEqualTo(400);
    }

    @Test
    void an_amendment_needs_a_new_schedule_that_matches_it_and_then_both_are_recorded() {
        String id = conventionSigned(3);
        pay(id, "P1", "T1", "300000.00", "ADVANCE", "2024-02-01");

        Http.Answer without = http.post("/api/laureates/" + id + "/amendments", "officer", """
                {"awardedAmount": 900000.00, "amendmentReference": "AV-1", "amendedOn": "2024-06-01"}""");
        assertThat(without.status()).as(without.body()).isEqualTo(422);
        assertThat(without.json().get("code").asText()).isEqualTo("SCHEDULE_NOT_AWARDED");
        Http.Answer paidChanged = http.post("/api/laureates/" + id + "/amendments", "officer", amendment(
                SCHEDULE.replace("300000.00", "200000.00")));
        assertThat(paidChanged.json().get("code").asText()).isEqualTo("PAID_TRANCHE_CHANGED");

        Http.Answer amended = http.post("/api/laureates/" + id + "/amendments", "officer", amendment(
                SCHEDULE.replace("200000.00", "100000.00")));

        assertThat(amended.status()).as(amended.body()).isEqualTo(200);
        assertThat(amended.json().get("awardedAmount").decimalValue()).isEqualByComparingTo("900000.00");
        assertThat(amended.json().get("convention").get("tranches").get(2).get("amount").decimalValue())
                .isEqualByComparingTo("100000.00");
        List<String> types = new ArrayList<>();
        http.get("/api/laureates/" + id + "/events", "auditor").json().forEach(event -> types.add(event.get("type").asText()));
        assertThat(types).endsWith("AwardAmended", "ScheduleReplanned");
    }

    @Test
    void a_report_recorded_late_with_an_earlier_date_of_effect_is_late_as_known_then_and_on_time_as_in_effect() {
        String id = conventionSigned(4);
        pay(id, "P1", "T1", "300000.00", "ADVANCE", "2024-02-01");
        String day = "2025-07-15";
        assertThat(items(id, "effectiveOn=" + day)).extracting(item -> item.get("kind").asText()).containsExactly("REPORT_LATE");
        JsonNode late = items(id, "effectiveOn=" + day).get(0);
        assertThat(late.get("document").asText()).isEqualTo("RAPPORT_INTERMEDIAIRE");
        assertThat(late.get("trancheId").asText()).isEqualTo("T2");
        assertThat(late.get("dueOn").asText()).isEqualTo("2025-06-30");
        assertThat(late.get("daysLate").asLong()).isEqualTo(15);
        assertThat(late.get("link").asText()).isEqualTo("/laureats/" + id);
        Instant beforeRecording = Instant.now();

        attach(id, "RAPPORT_INTERMEDIAIRE", "2025-06-20");

        assertThat(items(id, "effectiveOn=" + day + "&asOf=" + beforeRecording))
                .extracting(item -> item.get("kind").asText()).containsExactly("REPORT_LATE");
        assertThat(items(id, "effectiveOn=" + day))
                .extracting(item -> item.get("kind").asText()).containsExactly("TRANCHE_PAYABLE");
        assertThat(items(id, "effectiveOn=2025-06-25")).as("received on the 20th, its tranche not yet due").isEmpty();
        assertThat(items(id, "effectiveOn=2025-06-25&asOf=" + beforeRecording))
                .extracting(item -> item.get("kind").asText()).containsExactly("REPORT_DUE");
    }

    @Test
    void a_notified_laureate_without_a_convention_past_the_programme_delay_is_late_by_so_many_days() {
        String id = notified(5);
        Http.Answer deadlines = http.put("/api/programmes/DEFFINUM/deadlines", "admin", """
                {"conventionWithinDays": 60, "finalReportWithinMonths": 3, "effectiveOn": "2023-01-01",
                 "reason": "Règlement du programme"}""");
        assertThat(deadlines.status()).as(deadlines.body()).isEqualTo(200);

        JsonNode late = awaitItems(id, "effectiveOn=2024-03-25&programme=DEFFINUM", 1).get(0);

        assertThat(late.get("kind").asText()).isEqualTo("CONVENTION_LATE");
        assertThat(late.get("dueOn").asText()).isEqualTo("2024-03-15");
        assertThat(late.get("daysLate").asLong()).isEqualTo(10);
        assertThat(http.get("/api/programmes/DEFFINUM/deadlines", "auditor").json().get("recorded").asBoolean()).isTrue();
        assertThat(items(id, "effectiveOn=2024-03-10")).isEmpty();
        Http.Answer off = http.post("/api/reminders", "admin", "");
        assertThat(off.status()).as("no SMTP server configured here").isEqualTo(409);
        assertThat(off.json().get("code").asText()).isEqualTo("REMINDERS_OFF");
    }

    @Test
    void the_programme_shows_planned_and_paid_by_quarter() {
        String id = conventionSigned(6);
        pay(id, "P1", "T1", "300000.00", "ADVANCE", "2024-02-01");

        JsonNode quarters = http.get("/api/programmes/DEFFINUM/quarters", "auditor").json();

        Map<String, JsonNode> byQuarter = new java.util.HashMap<>();
        quarters.forEach(quarter -> byQuarter.put(quarter.get("quarter").asText(), quarter));
        assertThat(byQuarter.get("2024-T1").get("planned").decimalValue()).isGreaterThanOrEqualTo(new java.math.BigDecimal("300000.00"));
        assertThat(byQuarter.get("2024-T1").get("paid").decimalValue()).isGreaterThanOrEqualTo(new java.math.BigDecimal("300000.00"));
        assertThat(byQuarter.get("2026-T3").get("planned").decimalValue()).isGreaterThanOrEqualTo(new java.math.BigDecimal("200000.00"));
    }

    /** The {@code n}th DEFFINUM laureate whose maximum allows the million this schedule plans. */
    private String notified(int n) {
        List<String> large = new ArrayList<>();
        http.get("/api/laureates?programme=DEFFINUM", "auditor").json().forEach(laureate -> {
            if (laureate.get("maxGrant").decimalValue().compareTo(new java.math.BigDecimal("1000000")) >= 0) {
                large.add(laureate.get("id").asText());
            }
        });
        String id = large.get(n);
        Http.Answer notified = http.post("/api/laureates/" + id + "/notification", "officer", """
                {"awardedAmount": 1000000.00, "decisionReference": "Arrêté %d", "notifiedOn": "2024-01-15"}"""
                .formatted(n));
        assertThat(notified.status()).as(notified.body()).isEqualTo(200);
        return id;
    }

    private String conventionSigned(int n) {
        String id = notified(n);
        Http.Answer signed = http.post("/api/laureates/" + id + "/convention", "officer", convention(SCHEDULE));
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);
        assertThat(signed.json().get("convention").get("reference").asText()).isEqualTo("CONV-2024");
        return id;
    }

    private static String convention(String tranches) {
        return """
                {"reference": "CONV-2024", "signedOn": "2024-01-20", "startsOn": "2024-02-01", "endsOn": "2026-06-30",
                 "tranches": %s, "reason": "Convention signée"}""".formatted(tranches);
    }

    private static String amendment(String tranches) {
        return """
                {"awardedAmount": 900000.00, "amendmentReference": "AV-1", "amendedOn": "2024-06-01",
                 "tranches": %s}""".formatted(tranches);
    }

    private Http.Answer pay(String id, String paymentId, String tranche, String amount, String kind, String on) {
        return http.post("/api/laureates/" + id + "/payments", "officer", """
                {"paymentId": "%s", "amount": %s, "kind": "%s", "paidOn": "%s"%s}""".formatted(paymentId, amount, kind,
                on, tranche == null ? "" : ", \"trancheId\": \"" + tranche + "\""));
    }

    private void attach(String id, String kind, String on) {
        Http.Answer attached = http.postFile("/api/laureates/" + id + "/documents", "officer",
                Map.of("kind", kind, "attachedOn", on), kind + ".pdf", TestDocuments.pdf(kind + on));
        assertThat(attached.status()).as(attached.body()).isEqualTo(201);
    }

    private List<JsonNode> items(String id, String query) {
        List<JsonNode> items = new ArrayList<>();
        http.get("/api/work?" + query, "auditor").json().forEach(item -> {
            if (id.equals(item.path("laureate").asText())) {
                items.add(item);
            }
        });
        return items;
    }

    /** The work queue is a read model: a programme's deadlines recorded a moment ago show once it has folded them in. */
    private List<JsonNode> awaitItems(String id, String query, int count) {
        long until = System.currentTimeMillis() + 5000;
        List<JsonNode> items = items(id, query);
        while (items.size() < count && System.currentTimeMillis() < until) {
            Thread.onSpinWait();
            items = items(id, query);
        }
        return items;
    }
}
