package fr.deffinum.api.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.deffinum.api.ApiTest;
import fr.deffinum.api.Http;
import fr.deffinum.api.document.TestDocuments;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Two signatures over real HTTP, under the default policy of a real run (every operation waits for
 * a second person): the officer proposes, the approver approves or rejects, nobody approves their
 * own proposal, and a threshold lets small amounts through at once.
 */
@TestPropertySource(properties = "deffinum.approvals.default-operations="
        + "NOTIFICATION,AMENDMENT,PAYMENT,CANCELLATION,RECOVERY,WITHDRAWAL")
class ProposalsApiTest extends ApiTest {

    private static final String NOTIFICATION = """
            {"awardedAmount": 1300000.00, "decisionReference": "Arrêté 2023-001", "notifiedOn": "2023-01-15",
             "reason": "Convention signée le 15/01/2023"}""";

    @Test
    void the_officer_proposes_the_maritimus_notification_and_only_another_person_makes_it_firm() {
        long before = laureateEvents();
        Http.Answer proposed = http.post(laureate("notification"), "officer", NOTIFICATION);

        assertThat(proposed.status()).as(proposed.body()).isEqualTo(202);
        JsonNode proposal = proposed.json();
        assertThat(proposal.get("state").asText()).isEqualTo("PENDING");
        assertThat(proposal.get("operation").asText()).isEqualTo("NOTIFICATION");
        assertThat(proposal.get("laureate").asText()).isEqualTo(MARITIMUS);
        assertThat(proposal.get("amount").decimalValue()).isEqualByComparingTo("1300000.00");
        assertThat(proposal.get("proposedBy").asText()).isEqualTo("officer");
        assertThat(proposal.get("proposedAt").asText()).isNotBlank();
        String id = proposal.get("proposalId").asText();
        assertThat(proposed.header("Location")).isEqualTo("/api/proposals/" + id);
        assertThat(laureateEvents()).as("a proposal records nothing on the laureate").isEqualTo(before);

        JsonNode waiting = http.get("/api/laureates/" + MARITIMUS, "auditor").json();
        assertThat(waiting.get("amountBasis").asText()).isEqualTo("MAXIMUM");
        assertThat(waiting.get("awardedAmount").isNull()).isTrue();
        assertThat(waiting.get("proposed").decimalValue()).isEqualByComparingTo("1300000.00");
        assertThat(waiting.get("pendingProposals").get(0).get("proposalId").asText()).isEqualTo(id);

        Http.Answer own = http.post(approval(id), "officer", "{\"reason\": \"Vu\"}");
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.isProblem()).isTrue();
        assertThat(own.json().get("code").asText()).isEqualTo("SAME_ACTOR");
        assertThat(own.json().get("detail_fr").asText()).contains("L'auteur d'une proposition ne peut pas la valider");
        assertThat(http.post(approval(id), "auditor", "{\"reason\": \"Vu\"}").status()).isEqualTo(403);
        assertThat(laureateEvents()).isEqualTo(before);

        Http.Answer approved = http.post(approval(id), "approver", "{\"reason\": \"Pièces vérifiées\"}");

        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("amountBasis").asText()).isEqualTo("FIRM");
        assertThat(approved.json().get("awardedAmount").decimalValue()).isEqualByComparingTo("1300000.00");
        assertThat(approved.json().get("proposed").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(approved.header("ETag")).isNotBlank();
        JsonNode history = http.get("/api/laureates/" + MARITIMUS + "/events", "auditor").json();
        JsonNode notified = history.get(history.size() - 1);
        assertThat(notified.get("type").asText()).isEqualTo("DecisionNotified");
        assertThat(notified.get("actor").asText()).isEqualTo("officer");
        assertThat(notified.get("approvedBy").asText()).isEqualTo("approver");
        assertThat(notified.get("reason").asText()).isEqualTo("Convention signée le 15/01/2023");
        JsonNode closed = http.get("/api/proposals/" + id, "auditor").json();
        assertThat(closed.get("state").asText()).isEqualTo("APPROVED");
        assertThat(closed.get("decidedBy").asText()).isEqualTo("approver");
        assertThat(closed.get("decisionReason").asText()).isEqualTo("Pièces vérifiées");

        Http.Answer again = http.post(approval(id), "approver", "{\"reason\": \"Encore\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asText()).isEqualTo("PROPOSAL_CLOSED");
    }

    @Test
    void the_proposer_approving_their_own_proposal_is_refused_with_same_actor() {
        setPolicy("[\"NOTIFICATION\"]", null);
        String other = laureateId(5);
        String id = http.post("/api/laureates/" + other + "/notification", "admin", notification(other)).json()
                .get("proposalId").asText();

        Http.Answer own = http.post(approval(id), "admin", "{}");
        Http.Answer notApprover = http.post(approval(id), "officer", "{}");

        assertThat(own.status()).isEqualTo(403);
        assertThat(own.json().get("code").asText()).isEqualTo("SAME_ACTOR");
        assertThat(notApprover.status()).isEqualTo(403);
        assertThat(notApprover.json().get("code").asText()).isEqualTo("NOT_APPROVER");
        assertThat(http.get("/api/proposals/" + id, "auditor").json().get("state").asText()).isEqualTo("PENDING");
    }

    @Test
    void a_payment_proposal_rejected_changes_no_figure_and_a_threshold_lets_small_payments_through() {
        String id = notifiedAndApproved(laureateId(2));
        JsonNode dashboard = http.get("/api/dashboard", "auditor").json();

        Http.Answer proposed = http.post("/api/laureates/" + id + "/payments", "officer", payment("V-1", "500000.00"));
        assertThat(proposed.status()).isEqualTo(202);
        String proposalId = proposed.json().get("proposalId").asText();
        Http.Answer rejected = http.post("/api/proposals/" + proposalId + "/rejection", "approver",
                "{\"reason\": \"RIB manquant\"}");

        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        assertThat(rejected.json().get("state").asText()).isEqualTo("REJECTED");
        assertThat(http.get("/api/dashboard", "auditor").json()).isEqualTo(dashboard);
        assertThat(http.get("/api/laureates/" + id, "auditor").json().get("paid").decimalValue())
                .isEqualByComparingTo("0.00");

        assertThat(setPolicy("[\"PAYMENT\", \"NOTIFICATION\"]", "100000.00").get("threshold").decimalValue())
                .isEqualByComparingTo("100000.00");
        Http.Answer small = http.post("/api/laureates/" + id + "/payments", "officer", payment("V-2", "50000.00"));
        Http.Answer large = http.post("/api/laureates/" + id + "/payments", "officer", payment("V-3", "150000.00"));

        assertThat(small.status()).as(small.body()).isEqualTo(200);
        assertThat(small.json().get("paid").decimalValue()).isEqualByComparingTo("50000.00");
        assertThat(large.status()).isEqualTo(202);
        assertThat(http.get("/api/laureates/" + id, "auditor").json().get("paid").decimalValue())
                .isEqualByComparingTo("50000.00");
        assertThat(http.get("/api/proposals?state=PENDING&laureate=" + id, "auditor").json()).hasSize(1);
        assertThat(http.get("/api/proposals?state=REJECTED&programme=DEFFINUM", "auditor").json()).hasSize(1);
    }

    @Test
    void a_proposal_breaking_a_rule_is_refused_at_once_and_again_at_approval_when_the_laureate_moved_on() {
        String id = laureateId(3);
        long before = storedEvents();
        Http.Answer above = http.post("/api/laureates/" + id + "/notification", "officer", """
                {"awardedAmount": 999999999.00, "decisionReference": "A-1", "notifiedOn": "2023-01-15"}""");
        assertThat(above.status()).isEqualTo(422);
        assertThat(above.json().get("code").asText()).isEqualTo("AMOUNT_ABOVE_MAXIMUM");
        assertThat(storedEvents()).isEqualTo(before);

        String first = http.post("/api/laureates/" + id + "/notification", "officer", notification(id)).json()
                .get("proposalId").asText();
        String second = http.post("/api/laureates/" + id + "/notification", "officer", notification(id)).json()
                .get("proposalId").asText();
        assertThat(http.post(approval(first), "approver", "{}").status()).isEqualTo(200);

        Http.Answer stale = http.post(approval(second), "approver", "{}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("code").asText()).isEqualTo("ALREADY_NOTIFIED");
        assertThat(http.get("/api/proposals/" + second, "auditor").json().get("state").asText()).isEqualTo("PENDING");
    }

    @Test
    void only_its_author_withdraws_a_proposal_and_an_approver_of_other_programmes_is_refused() {
        String id = laureateId(4);
        String proposal = http.post("/api/laureates/" + id + "/notification", "officer", notification(id)).json()
                .get("proposalId").asText();
        assertThat(http.put("/api/programmes/DEFFINUM/officers", "admin",
                "{\"officers\": [\"officer\"], \"reason\": \"Note de service\"}").status()).isEqualTo(200);

        Http.Answer notAssigned = http.post(approval(proposal), "approver", "{}");
        assertThat(notAssigned.status()).isEqualTo(403);
        assertThat(notAssigned.json().get("code").asText()).isEqualTo("NOT_PROGRAMME_OFFICER");
        Http.Answer notAuthor = http.post("/api/proposals/" + proposal + "/withdrawal", "admin", "{}");
        assertThat(notAuthor.status()).isEqualTo(403);
        assertThat(notAuthor.json().get("code").asText()).isEqualTo("NOT_PROPOSER");

        Http.Answer withdrawn = http.post("/api/proposals/" + proposal + "/withdrawal", "officer", "{\"reason\": \"Erreur\"}");
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.json().get("state").asText()).isEqualTo("WITHDRAWN");
        assertThat(http.get("/api/proposals/not-an-id", "auditor").status()).isEqualTo(404);
    }

    @Test
    void two_approvals_of_one_proposal_at_the_same_moment_record_it_once() throws Exception {
        String id = laureateId(6);
        String proposal = http.post("/api/laureates/" + id + "/notification", "officer", notification(id)).json()
                .get("proposalId").asText();
        long before = laureateEvents();
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Http.Answer>> approvals = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            approvals.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return http.post(approval(proposal), "approver", "{}");
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<Http.Answer> approval : approvals) {
            statuses.add(approval.get().status());
        }

        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses.stream().filter(status -> status == 200)).hasSize(1);
        assertThat(laureateEvents()).as("one DecisionNotified").isEqualTo(before + 1);
    }

    @Test
    void an_operations_file_is_one_proposal_approved_as_a_whole() {
        JsonNode laureate = http.get("/api/laureates?programme=DEFFINUM", "auditor").json().get(7);
        String reference = laureate.get("reference").asText();
        String file = "Référence;Opération;Date;Montant;Référence décision;Identifiant versement;Nature;Motif\n"
                + reference + ";notification;15/01/2023;100 000,00;DEC-1;;;Convention\n"
                + reference + ";versement;01/02/2023;30 000,00;;VERS-1;avance;Avance de 30 %\n";
        long before = laureateEvents();

        Http.Answer proposed = http.post("/api/imports/notifications", "officer", "text/csv", file);

        assertThat(proposed.status()).as(proposed.body()).isEqualTo(202);
        assertThat(proposed.json().get("recorded").asBoolean()).isFalse();
        String id = proposed.json().get("proposalId").asText();
        assertThat(laureateEvents()).isEqualTo(before);
        JsonNode proposal = http.get("/api/proposals/" + id, "auditor").json();
        assertThat(proposal.get("operation").asText()).isEqualTo("IMPORT");
        assertThat(proposal.get("steps")).hasSize(2);
        assertThat(proposal.get("steps").get(1).get("command").asText()).isEqualTo("MakePayment");
        assertThat(proposal.get("amount").decimalValue()).isEqualByComparingTo("130000.00");
        assertThat(http.get("/api/laureates/" + laureate.get("id").asText(), "auditor").json().get("proposed")
                .decimalValue()).as("its lines of the file, beside its figures").isEqualByComparingTo("130000.00");

        Http.Answer approved = http.post(approval(id), "approver", "{\"reason\": \"Fichier contrôlé\"}");

        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("state").asText()).isEqualTo("APPROVED");
        assertThat(laureateEvents()).isEqualTo(before + 2);
        JsonNode recorded = http.get("/api/laureates/" + laureate.get("id").asText(), "auditor").json();
        assertThat(recorded.get("awardedAmount").decimalValue()).isEqualByComparingTo("100000.00");
        assertThat(recorded.get("paid").decimalValue()).isEqualByComparingTo("30000.00");
    }

    @Test
    void a_pdf_attached_and_cited_by_a_proposal_is_the_evidence_of_the_step_its_approval_records() {
        String id = laureateId(8);
        byte[] pdf = TestDocuments.pdf("arrêté de la proposition");
        Http.Answer attached = http.postFile("/api/laureates/" + id + "/documents", "officer",
                Map.of("kind", "ARRETE", "reason", "Arrêté signé"), "arrete-2023-001.pdf", pdf);
        assertThat(attached.status()).as(attached.body()).isEqualTo(201);
        String document = attached.json().get("id").asText();
        long before = storedEvents();

        Http.Answer unknown = http.post("/api/laureates/" + id + "/notification", "officer",
                citing(notification(id), "00000000-0000-0000-0000-000000000000"));
        assertThat(unknown.status()).isEqualTo(409);
        assertThat(unknown.json().get("code").asText()).isEqualTo("UNKNOWN_DOCUMENT");
        assertThat(storedEvents()).isEqualTo(before);

        Http.Answer proposed = http.post("/api/laureates/" + id + "/notification", "officer", citing(notification(id), document));
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(202);
        assertThat(proposed.json().get("documents")).extracting(JsonNode::asText).containsExactly(document);
        assertThat(http.post(approval(proposed.json().get("proposalId").asText()), "approver", "{}").status()).isEqualTo(200);

        JsonNode history = http.get("/api/laureates/" + id + "/events", "auditor").json();
        JsonNode notified = history.get(history.size() - 1);
        assertThat(notified.get("type").asText()).isEqualTo("DecisionNotified");
        assertThat(notified.get("documents")).extracting(JsonNode::asText).containsExactly(document);
        Http.Bytes downloaded = http.getBytes("/api/documents/" + document, "auditor");
        assertThat(downloaded.status()).isEqualTo(200);
        assertThat(downloaded.body()).isEqualTo(pdf);
        assertThat(downloaded.header("ETag")).isEqualTo("\"" + attached.json().get("sha256").asText() + "\"");
    }

    private static String citing(String body, String document) {
        return body.substring(0, body.length() - 1) + ", \"documents\": [\"" + document + "\"]}";
    }

    @Test
    void a_convention_proposed_waits_for_the_approver_and_is_signed_on_approval_moving_no_money_meanwhile() {
        setPolicy("[\"NOTIFICATION\", \"CONVENTION\"]", null);
        String id = notifiedAndApproved(laureateId(9));
        String awarded = http.get("/api/laureates/" + id, "auditor").json().get("awardedAmount").decimalValue()
                .toPlainString();

        Http.Answer proposed = http.post("/api/laureates/" + id + "/convention", "officer", """
                {"reference": "CONV-9", "signedOn": "2023-02-01", "startsOn": "2023-02-01", "endsOn": "2025-12-31",
                 "tranches": [{"trancheId": "T1", "kind": "ADVANCE", "plannedOn": "2023-03-01", "amount": %s}]}"""
                .formatted(awarded));

        assertThat(proposed.status()).as(proposed.body()).isEqualTo(202);
        assertThat(proposed.json().get("operation").asText()).isEqualTo("CONVENTION");
        JsonNode waiting = http.get("/api/laureates/" + id, "auditor").json();
        assertThat(waiting.get("convention").isNull()).isTrue();
        assertThat(waiting.get("proposed").decimalValue()).as("a schedule moves no money").isEqualByComparingTo("0.00");
        Http.Answer approved = http.post(approval(proposed.json().get("proposalId").asText()), "approver", "{}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("convention").get("reference").asText()).isEqualTo("CONV-9");
        assertThat(approved.json().get("convention").get("tranches").get(0).get("state").asText()).isEqualTo("PAYABLE");
    }

    private String notifiedAndApproved(String id) {
        String proposal = http.post("/api/laureates/" + id + "/notification", "officer", notification(id)).json()
                .get("proposalId").asText();
        assertThat(http.post(approval(proposal), "approver", "{}").status()).isEqualTo(200);
        return id;
    }

    private JsonNode setPolicy(String operations, String threshold) {
        Http.Answer set = http.put("/api/programmes/DEFFINUM/approval-policy", "admin",
                "{\"operations\": " + operations + ", \"threshold\": " + threshold + ", \"reason\": \"Note du 1er mars\"}");
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        return set.json();
    }

    /** The n-th laureate of the DEFFINUM list, MARITIMUS aside. */
    private String laureateId(int n) {
        JsonNode list = http.get("/api/laureates?programme=DEFFINUM", "auditor").json();
        return list.get(n).get("id").asText();
    }

    private String notification(String id) {
        JsonNode laureate = http.get("/api/laureates/" + id, "auditor").json();
        return "{\"awardedAmount\": " + laureate.get("maxGrant").decimalValue().toPlainString()
                + ", \"decisionReference\": \"A-" + id.substring(0, 8) + "\", \"notifiedOn\": \"2023-01-15\"}";
    }

    private static String payment(String paymentId, String amount) {
        return "{\"paymentId\": \"" + paymentId + "\", \"amount\": " + amount
                + ", \"kind\": \"ADVANCE\", \"paidOn\": \"2023-02-01\", \"reason\": \"Avance\"}";
    }

    private static String laureate(String step) {
        return "/api/laureates/" + MARITIMUS + "/" + step;
    }

    private static String approval(String id) {
        return "/api/proposals/" + id + "/approval";
    }
}
