package fr.deffinum.api.programme;

import static fr.deffinum.api.programme.ProgrammesApiTest.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

import fr.deffinum.api.ApiTest;
import fr.deffinum.api.Http;
import fr.deffinum.domain.laureate.LaureateId;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An officer records only in the programmes that name them, whatever the endpoint: refused with a
 * 403 {@code NOT_PROGRAMME_OFFICER} and nothing written elsewhere; an administrator records in
 * every programme. Each test names the officers of DEFFINUM and CMA itself.
 */
class OfficersPerProgrammeApiTest extends ApiTest {

    private static final String OTHER = LaureateId.fromReference("DEFFINUM-2022-A1-02").value();
    private static final String SELECTION = """
            {"programme": "DEFFINUM", "reference": "DEFFINUM-2024-A1-01", "name": "NOUVEAU", "lead": "Organisme",
             "sector": "CRAFTS", "totalCost": 1000000.00, "maxGrant": 700000.00, "selectedOn": "2024-03-01"}""";
    private static final String NOTIFICATION = """
            {"awardedAmount": 1300000.00, "decisionReference": "DEC-2023-017", "notifiedOn": "2023-01-15"}""";
    private static final String REDIRECTION = """
            {"programme": "CMA", "strategy": "Ville durable", "redirectedOn": "2022-09-01"}""";

    @BeforeEach
    void nobodyButSomeoneElseInCharge() {
        assign("DEFFINUM", "someone-else");
        assign("CMA", "someone-else");
    }

    @Test
    void an_officer_not_named_by_the_programme_records_nothing_in_it() {
        long events = storedEvents();
        String laureate = "/api/laureates/" + LaureateId.fromReference("DEFFINUM-2022-A1-06").value();

        Http.Answer refused = http.post(laureate + "/notification", "officer", NOTIFICATION);

        expectProblem(refused, 403, "NOT_PROGRAMME_OFFICER");
        assertThat(refused.json().get("titre").asText()).isEqualTo("Vous n'êtes pas chargé de mission de ce programme");
        assertThat(refused.json().get("detail_fr").asText()).contains("DEFFINUM");
        assertThat(refused.json().get("detail").asText()).contains("DEFFINUM");
        expectProblem(http.post("/api/laureates", "officer", SELECTION), 403, "NOT_PROGRAMME_OFFICER");
        expectProblem(http.post(laureate + "/payments", "officer", """
                {"paymentId": "AV-1", "amount": 1000, "kind": "ADVANCE", "paidOn": "2023-02-01"}"""),
                403, "NOT_PROGRAMME_OFFICER");
        expectProblem(http.post(laureate + "/siret", "officer", "{\"siret\": \"13002526500013\"}"),
                403, "NOT_PROGRAMME_OFFICER");
        expectProblem(http.post(laureate + "/withdrawal", "officer", "{\"withdrawnOn\": \"2023-02-01\", \"reason\": \"Courrier\"}"),
                403, "NOT_PROGRAMME_OFFICER");
        expectProblem(http.post(laureate + "/redirection", "officer", REDIRECTION), 403, "NOT_PROGRAMME_OFFICER");
        assertThat(storedEvents()).isEqualTo(events);
        assertThat(http.get(laureate, "auditor").json().get("version").asLong()).isZero();
    }

    @Test
    void an_officer_named_by_the_programme_records_in_it() {
        assign("DEFFINUM", "officer");

        assertThat(http.post("/api/laureates/" + MARITIMUS + "/notification", "officer", NOTIFICATION).status())
                .isEqualTo(200);
        Http.Answer selected = http.post("/api/laureates", "officer", SELECTION);
        assertThat(selected.status()).isEqualTo(201);
        assertThat(selected.json().get("programme").asText()).isEqualTo("DEFFINUM");
    }

    @Test
    void a_redirection_needs_an_officer_of_both_programmes() {
        assign("DEFFINUM", "officer");
        long events = storedEvents();
        String redirection = "/api/laureates/" + OTHER + "/redirection";

        expectProblem(http.post(redirection, "officer", REDIRECTION), 403, "NOT_PROGRAMME_OFFICER");
        assertThat(storedEvents()).isEqualTo(events);

        assign("CMA", "officer");
        Http.Answer redirected = http.post(redirection, "officer", REDIRECTION);
        assertThat(redirected.status()).isEqualTo(200);
        assertThat(redirected.json().get("programme").asText()).isEqualTo("CMA");

        assign("CMA", "someone-else");
        expectProblem(http.post("/api/laureates/" + OTHER + "/notification", "officer", """
                {"awardedAmount": 1000.00, "decisionReference": "D", "notifiedOn": "2023-01-15"}"""),
                403, "NOT_PROGRAMME_OFFICER");
    }

    @Test
    void an_administrator_records_in_every_programme_and_an_auditor_in_none() {
        String third = "/api/laureates/" + LaureateId.fromReference("DEFFINUM-2022-A1-03").value();
        long events = storedEvents();

        expectProblem(http.post(third + "/notification", "auditor", NOTIFICATION), 403, "FORBIDDEN");
        assertThat(storedEvents()).isEqualTo(events);
        assertThat(http.post(third + "/notification", "admin", """
                {"awardedAmount": 1000.00, "decisionReference": "D", "notifiedOn": "2023-01-15"}""").status())
                .isEqualTo(200);
    }

    @Test
    void an_unknown_laureate_is_still_a_404_and_an_unknown_programme_a_422() {
        expectProblem(http.post("/api/laureates/does-not-exist/notification", "officer", NOTIFICATION),
                404, "LAUREATE_NOT_FOUND");
        expectProblem(http.post("/api/laureates", "officer", SELECTION.replace("\"DEFFINUM\"", "\"NOPE\"")),
                422, "PROGRAMME_NOT_FOUND");
    }

    @Test
    void a_file_of_operations_with_a_line_outside_the_officers_programmes_imports_nothing() {
        assign("CMA", "officer");
        String file = "Référence;Opération;Date;Montant;Référence décision;Identifiant versement;Nature;Motif\n"
                + "DEFFINUM-2022-A2-03;notification;15/01/2023;1 000,00;DEC-1;;;\n"
                + "DEFFINUM-2022-A1-07;notification;15/01/2023;1 000,00;DEC-2;;;\n";
        long events = storedEvents();

        Http.Answer rejected = http.post("/api/imports/notifications", "officer", "text/csv", file);

        expectProblem(rejected, 422, "IMPORT_REJECTED");
        assertThat(rejected.json().get("errors")).hasSize(1);
        assertThat(rejected.json().get("errors").get(0).get("line").asInt()).isEqualTo(3);
        assertThat(rejected.json().get("errors").get(0).get("code").asText()).isEqualTo("NOT_PROGRAMME_OFFICER");
        assertThat(rejected.json().get("errors").get(0).get("messageFr").asText()).contains("DEFFINUM");
        assertThat(storedEvents()).isEqualTo(events);

        assign("DEFFINUM", "officer");
        assertThat(http.post("/api/imports/notifications", "officer", "text/csv", file).status()).isEqualTo(200);
    }

    private void assign(String programme, String officer) {
        Http.Answer assigned = http.send(http.request("/api/programmes/" + programme + "/officers", "admin")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"officers\": [\"" + officer + "\"]}", StandardCharsets.UTF_8)));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
    }
}
