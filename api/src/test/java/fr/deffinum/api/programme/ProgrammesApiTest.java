package fr.deffinum.api.programme;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.deffinum.api.ApiTest;
import fr.deffinum.api.Http;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Programmes over HTTP on the seeded store: DEFFINUM with its envelope of 100 million, CMA whose
 * envelope is unknown; each with its laureates' figures, opened, raised or cut and staffed by an
 * administrator only, every refusal a problem and nothing recorded.
 */
class ProgrammesApiTest extends ApiTest {

    @Test
    void each_programme_shows_its_envelope_what_its_laureates_hold_of_it_and_what_is_left() {
        Http.Answer answer = http.get("/api/programmes", "auditor");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode deffinum = programme(answer.json(), "DEFFINUM");
        JsonNode row = dashboardRow("DEFFINUM");
        assertThat(deffinum.get("name").asText()).isEqualTo("Dispositifs France Formation Innovante Numérique");
        assertThat(deffinum.get("envelope").decimalValue()).isEqualByComparingTo("100000000.00");
        assertThat(deffinum.get("exposure").decimalValue()).isEqualByComparingTo(row.get("exposure").decimalValue());
        assertThat(deffinum.get("pendingMaximum").decimalValue()).isEqualByComparingTo(row.get("pendingMaximum").decimalValue());
        assertThat(deffinum.get("laureates").asLong()).isEqualTo(row.get("laureates").asLong());
        assertThat(deffinum.get("available").decimalValue())
                .isEqualByComparingTo(new BigDecimal("100000000.00").subtract(row.get("exposure").decimalValue()));
        assertThat(deffinum.get("sectors")).hasSize(11);
        assertThat(answer.body()).contains("\"envelope\":100000000.00");
        JsonNode cma = programme(answer.json(), "CMA");
        assertThat(cma.get("envelope").isNull()).isTrue();
        assertThat(cma.get("available").isNull()).isTrue();
        assertThat(cma.get("laureates").asLong()).isEqualTo(12);
    }

    @Test
    void an_administrator_opens_a_programme_which_then_reads_back_with_figures_of_zero() {
        Http.Answer opened = http.post("/api/programmes", "admin", """
                {"code": "FORMA-2024", "name": "Formations d'avenir", "plan": "France 2030", "euFunded": true,
                 "operator": "Caisse des Dépôts", "openedOn": "2024-03-01", "envelope": 5000000,
                 "sectors": ["Industrie", "Santé et social"], "reason": "Arrêté du 1er mars 2024"}""");

        assertThat(opened.status()).isEqualTo(201);
        assertThat(opened.header("Location")).isEqualTo("/api/programmes/FORMA-2024");
        JsonNode read = http.get("/api/programmes/FORMA-2024", "auditor").json();
        assertThat(read.get("name").asText()).isEqualTo("Formations d'avenir");
        assertThat(read.get("euFunded").asBoolean()).isTrue();
        assertThat(read.get("openedOn").asText()).isEqualTo("2024-03-01");
        assertThat(read.get("envelope").decimalValue()).isEqualByComparingTo("5000000.00");
        assertThat(read.get("available").decimalValue()).isEqualByComparingTo("5000000.00");
        for (String figure : new String[]{"exposure", "awarded", "pendingMaximum", "released", "paid"}) {
            assertThat(read.get(figure).decimalValue()).as(figure).isZero();
        }
        assertThat(read.get("laureates").asLong()).isZero();
        assertThat(read.get("officers")).isEmpty();
        assertThat(read.get("sectors")).extracting(JsonNode::asText).containsExactly("Industrie", "Santé et social");
        JsonNode opening = read.get("envelopeHistory").get(0);
        assertThat(opening.get("envelope").decimalValue()).isEqualByComparingTo("5000000.00");
        assertThat(opening.get("changedOn").asText()).isEqualTo("2024-03-01");
        assertThat(opening.get("actor").asText()).isEqualTo("admin");
        assertThat(opening.get("reason").asText()).isEqualTo("Arrêté du 1er mars 2024");
        assertThat(opening.get("recordedAt").asText()).isNotBlank();
    }

    @Test
    void opening_a_code_already_taken_is_a_409_and_records_nothing() {
        long events = storedEvents();

        Http.Answer refused = http.post("/api/programmes", "admin", """
                {"code": "CMA", "name": "Autre", "openedOn": "2024-01-01"}""");

        expectProblem(refused, 409, "PROGRAMME_EXISTS");
        assertThat(refused.json().get("detail_fr").asText()).contains("CMA");
        assertThat(storedEvents()).isEqualTo(events);
    }

    @Test
    void of_openings_racing_for_one_code_one_is_recorded_and_the_others_are_409s() throws Exception {
        String opening = """
                {"code": "RACE", "name": "Programme disputé", "openedOn": "2024-01-01"}""";
        ExecutorService senders = Executors.newFixedThreadPool(6);
        try {
            List<Future<Http.Answer>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(senders.submit(() -> http.post("/api/programmes", "admin", opening)));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Http.Answer> answer : answers) {
                Http.Answer done = answer.get(60, TimeUnit.SECONDS);
                statuses.add(done.status());
                if (done.status() != 201) {
                    expectProblem(done, 409, "PROGRAMME_EXISTS");
                }
            }
            assertThat(statuses).containsOnlyOnce(201);
        } finally {
            senders.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = 'RACE'",
                Long.class)).isEqualTo(1);
    }

    @Test
    void bad_openings_are_problems_never_server_errors() {
        long events = storedEvents();

        Http.Answer badCode = http.post("/api/programmes", "admin", """
                {"code": "cma 2024", "openedOn": "2024-01-01"}""");
        expectProblem(badCode, 400, "INVALID_REQUEST");
        assertThat(badCode.json().get("errors")).extracting(error -> error.get("field").asText())
                .containsExactlyInAnyOrder("code", "name");
        expectProblem(http.post("/api/programmes", "admin", """
                {"code": "NEG", "name": "N", "openedOn": "2024-01-01", "envelope": -1}"""), 400, "INVALID_AMOUNT");
        expectProblem(http.post("/api/programmes", "admin", """
                {"code": "ZERO", "name": "Z", "openedOn": "2024-01-01", "envelope": 0}"""), 422, "AMOUNT_NOT_POSITIVE");
        expectProblem(http.post("/api/programmes", "admin", """
                {"code": "BLANK", "name": "B", "openedOn": "2024-01-01", "sectors": [" "]}"""), 400, "INVALID_REQUEST");
        expectProblem(http.post("/api/programmes", "admin", "{\"code\": "), 400, "INVALID_REQUEST");
        assertThat(storedEvents()).isEqualTo(events);
    }

    @Test
    void hostile_bodies_are_client_errors_as_problems_never_server_errors() {
        long events = storedEvents();
        String[] openings = {"[]", "null", "\"x\"", "{\"code\": [\"XY\"], \"name\": \"N\", \"openedOn\": \"2024-01-01\"}",
                "{\"code\": \"HOSTILE\", \"name\": \"N\", \"openedOn\": \"01/01/2024\"}",
                "{\"code\": \"HOSTILE\", \"name\": \"N\", \"openedOn\": \"2024-01-01\", \"envelope\": \"abc\"}",
                "{\"code\": \"HOSTILE\", \"name\": \"N\", \"openedOn\": \"2024-01-01\", \"envelope\": 1e400}",
                "{\"code\": \"HOSTILE\", \"name\": \"N\", \"openedOn\": \"2024-01-01\", \"envelope\": 1000000000000}",
                "{\"code\": \"HOSTILE\", \"name\": \"N\", \"openedOn\": \"2024-01-01\", \"sectors\": {\"a\": 1}}",
                "{\"code\": \"HOSTILE\", \"name\": \"" + "N".repeat(5000) + "\", \"openedOn\": \"2024-01-01\"}",
                "{\"code\": \"HOSTILE\", \"name\": \"N\", \"openedOn\": \"2024-01-01\", \"unknown\": true}",
                "{\"code\": \"HOSTILE\", \"name\": \"N\", \"openedOn\": \"1899-01-01\"}"};
        for (String body : openings) {
            Http.Answer answer = http.post("/api/programmes", "admin", body);
            assertThat(answer.status()).as(body).isBetween(400, 499);
            assertThat(answer.isProblem()).as(body).isTrue();
        }
        String[] changes = {"{}", "{\"envelope\": -5, \"changedOn\": \"2024-01-01\", \"reason\": \"R\"}",
                "{\"envelope\": 1.001, \"changedOn\": \"2024-01-01\", \"reason\": \"R\"}",
                "{\"envelope\": true, \"changedOn\": \"2024-01-01\", \"reason\": \"R\"}"};
        for (String body : changes) {
            Http.Answer answer = http.post("/api/programmes/DEFFINUM/envelope", "admin", body);
            assertThat(answer.status()).as(body).isBetween(400, 499);
            assertThat(answer.isProblem()).as(body).isTrue();
        }
        for (String body : new String[]{"{}", "{\"officers\": \"officer\"}", "{\"officers\": [1, null]}"}) {
            Http.Answer answer = put("/api/programmes/DEFFINUM/officers", "admin", body);
            assertThat(answer.status()).as(body).isBetween(400, 499);
            assertThat(answer.isProblem()).as(body).isTrue();
        }
        assertThat(storedEvents()).isEqualTo(events);
    }

    @Test
    void only_an_administrator_opens_raises_or_staffs_a_programme() {
        long events = storedEvents();
        String opening = """
                {"code": "OFFICERS-ONLY", "name": "O", "openedOn": "2024-01-01"}""";

        for (String user : new String[]{"officer", "auditor"}) {
            expectProblem(http.post("/api/programmes", user, opening), 403, "FORBIDDEN");
            expectProblem(http.post("/api/programmes/DEFFINUM/envelope", user, """
                    {"envelope": 120000000, "changedOn": "2024-01-01", "reason": "R"}"""), 403, "FORBIDDEN");
            expectProblem(put("/api/programmes/DEFFINUM/officers", user, "{\"officers\": [\"" + user + "\"]}"),
                    403, "FORBIDDEN");
        }
        assertThat(storedEvents()).isEqualTo(events);
    }

    @Test
    void an_unknown_programme_is_a_404_in_english_and_french() {
        for (String code : new String[]{"NOPE", "not-a-code"}) {
            Http.Answer unknown = http.get("/api/programmes/" + code, "auditor");
            expectProblem(unknown, 404, "PROGRAMME_NOT_FOUND");
            assertThat(unknown.json().get("titre").asText()).isEqualTo("Programme inconnu");
        }
        expectProblem(http.post("/api/programmes/NOPE/envelope", "admin", """
                {"envelope": 1000, "changedOn": "2024-01-01", "reason": "R"}"""), 404, "PROGRAMME_NOT_FOUND");
        expectProblem(put("/api/programmes/NOPE/officers", "admin", "{\"officers\": []}"), 404, "PROGRAMME_NOT_FOUND");
    }

    @Test
    void the_envelope_is_raised_with_its_reason_and_read_as_it_stood_before() {
        open("RAISE", "1000000");
        Instant beforeRaise = Instant.now();

        Http.Answer raised = http.post("/api/programmes/RAISE/envelope", "admin", """
                {"envelope": 1500000.50, "changedOn": "2024-06-01", "reason": "Abondement du 1er juin"}""");

        assertThat(raised.status()).isEqualTo(200);
        assertThat(raised.json().get("envelope").decimalValue()).isEqualByComparingTo("1500000.50");
        assertThat(raised.body()).contains("\"envelope\":1500000.50");
        JsonNode history = http.get("/api/programmes/RAISE", "auditor").json().get("envelopeHistory");
        assertThat(history).hasSize(2);
        assertThat(history.get(1).get("envelope").decimalValue()).isEqualByComparingTo("1500000.50");
        assertThat(history.get(1).get("changedOn").asText()).isEqualTo("2024-06-01");
        assertThat(history.get(1).get("actor").asText()).isEqualTo("admin");
        assertThat(history.get(1).get("reason").asText()).isEqualTo("Abondement du 1er juin");

        JsonNode recordedBefore = http.get("/api/programmes/RAISE?asOf=" + beforeRaise, "auditor").json();
        assertThat(recordedBefore.get("envelope").decimalValue()).isEqualByComparingTo("1000000.00");
        assertThat(recordedBefore.get("envelopeHistory")).hasSize(1);
        JsonNode inEffectBefore = programme(http.get("/api/programmes?effectiveOn=2024-05-31", "auditor").json(), "RAISE");
        assertThat(inEffectBefore.get("envelope").decimalValue()).isEqualByComparingTo("1000000.00");
        JsonNode notYetOpen = http.get("/api/programmes?effectiveOn=2023-12-31", "auditor").json();
        assertThat(notYetOpen.findValuesAsText("code")).doesNotContain("RAISE").contains("DEFFINUM");
    }

    @Test
    void the_same_envelope_again_or_a_cut_below_what_laureates_hold_is_a_422_and_records_nothing() {
        open("CUT", "1000000");
        String admin = "admin";
        assertThat(put("/api/programmes/CUT/officers", admin, "{\"officers\": [\"officer\"]}").status()).isEqualTo(200);
        assertThat(http.post("/api/laureates", "officer", """
                {"programme": "CUT", "reference": "CUT-01", "name": "Projet", "lead": "Organisme",
                 "totalCost": 900000, "maxGrant": 600000, "selectedOn": "2024-02-01"}""").status()).isEqualTo(201);
        long events = storedEvents();

        expectProblem(http.post("/api/programmes/CUT/envelope", admin, """
                {"envelope": 1000000, "changedOn": "2024-03-01", "reason": "Même montant"}"""), 422, "ENVELOPE_UNCHANGED");
        Http.Answer cut = http.post("/api/programmes/CUT/envelope", admin, """
                {"envelope": 599999.99, "changedOn": "2024-03-01", "reason": "Réduction"}""");
        expectProblem(cut, 422, "ENVELOPE_EXCEEDED");
        expectProblem(http.post("/api/programmes/CUT/envelope", admin, """
                {"envelope": 800000, "changedOn": "2023-12-31", "reason": "Avant l'ouverture"}"""), 422,
                "DATE_BEFORE_PREVIOUS_STEP");
        expectProblem(http.post("/api/programmes/CUT/envelope", admin, """
                {"envelope": 800000, "changedOn": "2024-03-01"}"""), 400, "INVALID_REQUEST");
        assertThat(storedEvents()).isEqualTo(events);

        JsonNode read = http.get("/api/programmes/CUT", "auditor").json();
        assertThat(read.get("exposure").decimalValue()).isEqualByComparingTo("600000.00");
        assertThat(read.get("pendingMaximum").decimalValue()).isEqualByComparingTo("600000.00");
        assertThat(read.get("available").decimalValue()).isEqualByComparingTo("400000.00");
        assertThat(read.get("laureates").asLong()).isEqualTo(1);

        Http.Answer cutToExposure = http.post("/api/programmes/CUT/envelope", admin, """
                {"envelope": 600000, "changedOn": "2024-03-01", "reason": "Réduction au plus juste"}""");
        assertThat(cutToExposure.status()).isEqualTo(200);
        assertThat(cutToExposure.json().get("available").decimalValue()).isZero();
    }

    @Test
    void officers_are_named_as_a_whole_set_that_replaces_the_one_before() {
        open("STAFF", null);

        Http.Answer assigned = put("/api/programmes/STAFF/officers", "admin", """
                {"officers": ["officer", "jdupont"], "reason": "Note de service"}""");

        assertThat(assigned.status()).isEqualTo(200);
        assertThat(assigned.json().get("officers")).extracting(JsonNode::asText).containsExactly("jdupont", "officer");
        long events = storedEvents();
        assertThat(put("/api/programmes/STAFF/officers", "admin", "{\"officers\": [\"jdupont\", \"officer\"]}").status())
                .isEqualTo(200);
        assertThat(storedEvents()).as("the same officers again record nothing").isEqualTo(events);
        Http.Answer replaced = put("/api/programmes/STAFF/officers", "admin", "{\"officers\": [\"mmartin\"]}");
        assertThat(replaced.json().get("officers")).extracting(JsonNode::asText).containsExactly("mmartin");
        expectProblem(put("/api/programmes/STAFF/officers", "admin", "{\"officers\": [\"\"]}"), 400, "INVALID_REQUEST");
    }

    @Test
    void the_dashboard_reads_one_programme_alone() {
        JsonNode cma = http.get("/api/dashboard?programme=CMA", "auditor").json();

        assertThat(cma.get("programmes")).hasSize(1);
        assertThat(cma.get("programmes").get(0).get("programme").asText()).isEqualTo("CMA");
        assertThat(cma.get("statuses").findValues("laureates").stream().mapToLong(JsonNode::asLong).sum()).isEqualTo(12);
        JsonNode effective = http.get("/api/dashboard?programme=CMA&effectiveOn=2030-01-01", "auditor").json();
        assertThat(effective.get("programmes").get(0).get("laureates").asLong()).isEqualTo(12);
        expectProblem(http.get("/api/dashboard?programme=lower", "auditor"), 400, "INVALID_REQUEST");
    }

    @Test
    void the_exports_name_each_laureates_programme_as_recorded_and_read_one_programme_alone() {
        String fifth = fr.deffinum.domain.laureate.LaureateId.fromReference("DEFFINUM-2022-A1-05").value();
        assertThat(http.post("/api/laureates/" + fifth + "/notification", "admin", """
                {"awardedAmount": 1000.00, "decisionReference": "DEC-5", "notifiedOn": "2023-01-15"}""").status())
                .isEqualTo(200);

        JsonNode cma = http.get("/api/exports/360giving.json?programme=CMA", "auditor").json();
        assertThat(cma.get("title").asText()).isEqualTo("Lauréats du programme France 2030 - Compétences et métiers d'avenir");
        assertThat(cma.get("grants")).hasSize(12);
        cma.get("grants").forEach(grant -> {
            assertThat(grant.get("grantProgramme").get(0).get("code").asText()).isEqualTo("CMA");
            assertThat(grant.get("grantProgramme").get(0).get("title").asText())
                    .isEqualTo("France 2030 - Compétences et métiers d'avenir");
        });
        JsonNode all = http.get("/api/exports/360giving.json", "auditor").json();
        assertThat(all.get("title").asText()).startsWith("Lauréats des programmes ").contains("DEFFINUM", "CMA");

        String scdl = http.get("/api/exports/scdl.csv?programme=DEFFINUM", "auditor").body();
        assertThat(scdl).contains(",France Relance / France 2030 - Dispositifs France Formation Innovante Numérique,");
        assertThat(http.get("/api/exports/scdl.csv?programme=CMA", "auditor").body().lines()).hasSize(1);
        assertThat(http.get("/api/exports/scdl-report.json?programme=CMA", "auditor").json().get("notNotified"))
                .hasSize(12);
        assertThat(http.get("/api/exports/laureates.csv?programme=CMA", "auditor").body().lines()).hasSize(13);
    }

    private void open(String code, String envelope) {
        assertThat(http.post("/api/programmes", "admin", """
                {"code": "%s", "name": "Programme %s", "plan": "France 2030", "openedOn": "2024-01-01",
                 "envelope": %s}""".formatted(code, code, envelope)).status()).isEqualTo(201);
    }

    private JsonNode dashboardRow(String code) {
        for (JsonNode row : http.get("/api/dashboard", "auditor").json().get("programmes")) {
            if (row.get("programme").asText().equals(code)) {
                return row;
            }
        }
        throw new AssertionError("No dashboard row for " + code);
    }

    static JsonNode programme(JsonNode programmes, String code) {
        for (JsonNode programme : programmes) {
            if (programme.get("code").asText().equals(code)) {
                return programme;
            }
        }
        throw new AssertionError("No programme " + code + " in " + programmes);
    }

    Http.Answer put(String path, String user, String json) {
        return http.send(http.request(path, user).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    static void expectProblem(Http.Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.isProblem()).as(answer.contentType()).isTrue();
        assertThat(answer.json().get("code").asText()).isEqualTo(code);
    }
}
