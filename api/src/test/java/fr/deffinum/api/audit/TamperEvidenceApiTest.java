package fr.deffinum.api.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import fr.deffinum.api.ApiTest;
import fr.deffinum.api.Http;
import fr.deffinum.domain.laureate.LaureateId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The verification of the event chain over real HTTP: intact on a clean store, then the exact event
 * named after an owner alters one event's payload with SQL, and after it deletes one; the
 * application's own role cannot do either.
 */
class TamperEvidenceApiTest extends ApiTest {

    private static final String SECOND = LaureateId.fromReference("DEFFINUM-2022-A1-02").value();
    private static final String VERIFY = "/api/audit/verify";

    @Test
    void the_chain_is_intact_until_an_event_is_altered_or_deleted_and_then_names_that_event() {
        record();
        JdbcTemplate owner = new JdbcTemplate(database().owner());

        JsonNode clean = http.get(VERIFY, "auditor").json();
        System.out.println("Clean store: " + clean);
        assertThat(clean.get("intact").asBoolean()).isTrue();
        assertThat(clean.get("eventsChecked").asLong()).isEqualTo(storedEvents());
        // Each of the 62 laureates' chains, and the two programmes'.
        assertThat(clean.get("streamsChecked").asLong()).isEqualTo(64);
        assertThat(clean.get("mismatches").asLong()).isZero();
        assertThat(clean.hasNonNull("checkedAt")).isTrue();

        Map<String, Object> decision = owner.queryForMap("""
                SELECT globalindex, sequencenumber, payload FROM domainevententry
                WHERE aggregateidentifier = ? AND payloadtype LIKE '%.DecisionNotified'""", MARITIMUS);
        owner.update("""
                UPDATE domainevententry
                SET payload = convert_to(replace(convert_from(payload, 'UTF8'), '1300000.00', '1300001.00'), 'UTF8')
                WHERE globalindex = ?""", decision.get("globalindex"));
        JsonNode altered = http.get(VERIFY, "officer").json();
        System.out.println("After the decision's amount was changed by SQL: " + altered);
        assertThat(altered.get("intact").asBoolean()).isFalse();
        assertThat(altered.get("mismatches").asLong()).isEqualTo(1);
        JsonNode named = altered.get("firstMismatch");
        assertThat(named.get("globalIndex").asLong()).isEqualTo((Long) decision.get("globalindex"));
        assertThat(named.get("laureate").asText()).isEqualTo(MARITIMUS);
        assertThat(named.get("sequence").asLong()).isEqualTo((Long) decision.get("sequencenumber"));
        assertThat(named.get("type").asText()).isEqualTo("DecisionNotified");
        assertThat(named.get("problem").asText()).isEqualTo("HASH_MISMATCH");
        assertThat(http.get(VERIFY + "?laureate=" + MARITIMUS, "admin").json().get("firstMismatch"))
                .isEqualTo(named);
        assertThat(http.get(VERIFY + "?laureate=" + SECOND, "auditor").json().get("intact").asBoolean()).isTrue();

        owner.update("UPDATE domainevententry SET payload = ? WHERE globalindex = ?", decision.get("payload"),
                decision.get("globalindex"));
        assertThat(http.get(VERIFY, "auditor").json().get("intact").asBoolean()).isTrue();

        Map<String, Object> firstPayment = owner.queryForMap("""
                SELECT globalindex, sequencenumber FROM domainevententry
                WHERE aggregateidentifier = ? AND sequencenumber = ?""", SECOND, 2L);
        Map<String, Object> successor = owner.queryForMap("""
                SELECT globalindex, sequencenumber FROM domainevententry
                WHERE aggregateidentifier = ? AND sequencenumber = ?""", SECOND, 3L);
        owner.update("DELETE FROM domainevententry WHERE globalindex = ?", firstPayment.get("globalindex"));
        JsonNode deleted = http.get(VERIFY, "auditor").json();
        System.out.println("After the imported laureate's event " + firstPayment + " was deleted by SQL: " + deleted);
        assertThat(deleted.get("intact").asBoolean()).isFalse();
        assertThat(deleted.get("eventsChecked").asLong()).isEqualTo(clean.get("eventsChecked").asLong() - 1);
        assertThat(deleted.at("/firstMismatch/globalIndex").asLong()).isEqualTo((Long) successor.get("globalindex"));
        assertThat(deleted.at("/firstMismatch/laureate").asText()).isEqualTo(SECOND);
        assertThat(deleted.at("/firstMismatch/sequence").asLong()).isEqualTo(3);
        assertThat(deleted.at("/firstMismatch/problem").asText()).isEqualTo("SEQUENCE_GAP");
    }

    @Test
    void the_application_s_own_role_may_neither_change_nor_delete_an_event() {
        assertThatThrownBy(() -> jdbc.update("UPDATE domainevententry SET payload = payload WHERE sequencenumber = 0"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM domainevententry"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        System.out.println("As " + jdbc.queryForObject("SELECT current_user", String.class)
                + ": UPDATE and DELETE on domainevententry refused (permission denied)");
    }

    @Test
    void an_unknown_laureate_is_a_404_a_nul_a_400_and_the_endpoint_is_in_the_openapi_contract() {
        Http.Answer unknown = http.get(VERIFY + "?laureate=nobody", "auditor");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.isProblem()).isTrue();
        Http.Answer nul = http.get(VERIFY + "?laureate=%00", "auditor");
        assertThat(nul.status()).isEqualTo(400);
        assertThat(nul.isProblem()).isTrue();
        assertThat(http.get("/v3/api-docs", null).json().get("paths").has(VERIFY)).isTrue();
    }

    /** A decision and a payment through the API, and a notification with two payments through one import. */
    private void record() {
        assertThat(http.post("/api/laureates/" + MARITIMUS + "/notification", "officer", """
                {"awardedAmount": 1300000.00, "decisionReference": "DEC-2023-017", "notifiedOn": "2023-01-15",
                 "reason": "Arrêté n° 2023-017"}""").status()).isEqualTo(200);
        assertThat(http.post("/api/laureates/" + MARITIMUS + "/payments", "officer", """
                {"paymentId": "AV-2023-001", "amount": 400000.00, "kind": "ADVANCE", "paidOn": "2023-02-01",
                 "reason": "Avance"}""").status()).isEqualTo(200);
        String file = """
                Référence;Opération;Date;Montant;Référence décision;Identifiant versement;Nature;Motif
                DEFFINUM-2022-A1-02;notification;15/01/2023;1 000 000,00;DEC-2;;;Arrêté
                DEFFINUM-2022-A1-02;versement;01/02/2023;300 000,00;;V-1;avance;Avance
                DEFFINUM-2022-A1-02;versement;01/03/2023;200 000,00;;V-2;acompte;Acompte
                """;
        assertThat(http.post("/api/imports/notifications", "officer", "text/csv", file).status()).isEqualTo(200);
    }
}
