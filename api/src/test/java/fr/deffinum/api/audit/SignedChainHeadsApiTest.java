package fr.deffinum.api.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.deffinum.api.Http;
import fr.deffinum.api.SignedApiTest;
import fr.deffinum.application.integrity.EventHash;
import fr.deffinum.application.integrity.StoredEvent;
import fr.deffinum.application.integrity.StoredEvents;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The chain heads signed with a key outside the database: a signature at start, one on demand,
 * events appended since are fine; a laureate's chain rewritten by the database's owner, every hash
 * recomputed so that the chain alone looks intact, is named against the signature taken before.
 */
class SignedChainHeadsApiTest extends SignedApiTest {

    private static final String VERIFY = "/api/audit/verify";
    private static final String SIGNATURES = "/api/audit/signatures";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    StoredEvents storedEvents;

    @Test
    void a_signature_taken_then_events_appended_still_verifies_and_the_store_still_matches_it() throws Exception {
        assertThat(http.get(SIGNATURES, "auditor").json()).as("signed at start").isNotEmpty();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");

        notifyMaritimus();
        JsonNode taken = sign("auditor");
        payMaritimus();
        JsonNode verified = http.get(VERIFY, "auditor").json();
        System.out.println("Signed, then a payment recorded: " + verified.get("lastSignature"));

        assertThat(verified.get("intact").asBoolean()).isTrue();
        JsonNode last = verified.get("lastSignature");
        assertThat(last.get("signedAt").asText()).isEqualTo(taken.get("signedAt").asText());
        assertThat(last.get("headsHash").asText()).isEqualTo(taken.get("headsHash").asText());
        assertThat(last.get("signatureValid").asBoolean()).isTrue();
        assertThat(last.get("storeMatches").asBoolean()).isTrue();
        assertThat(last.get("headsChecked").asLong()).isEqualTo(64);
        assertThat(last.get("mismatches")).isEmpty();

        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(publicKey());
        verifier.update(("deffinum-chain-heads-v1\nsignedAt=" + taken.get("signedAt").asText() + "\nheadsHash="
                + taken.get("headsHash").asText() + "\nkeyId=" + taken.get("keyId").asText() + "\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(verifier.verify(Base64.getDecoder().decode(taken.get("signature").asText()))).isTrue();
        assertThat(http.get(SIGNATURES + "?limit=1", "officer").json().get(0)).isEqualTo(taken);
    }

    @Test
    void a_laureate_s_chain_rewritten_by_the_owner_with_every_hash_recomputed_is_named_against_the_signature() {
        notifyMaritimus();
        sign("admin");
        JdbcTemplate owner = new JdbcTemplate(database().owner());
        List<Map<String, Object>> original = owner.queryForList("SELECT globalindex, payload, metadata"
                + " FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber", MARITIMUS);
        try {
            owner.update("""
                    UPDATE domainevententry
                    SET payload = convert_to(replace(convert_from(payload, 'UTF8'), '1300000.00', '1000000.00'), 'UTF8')
                    WHERE aggregateidentifier = ? AND payloadtype LIKE '%.DecisionNotified'""", MARITIMUS);
            rehash(owner, MARITIMUS);

            JsonNode chainAlone = http.get(VERIFY, "auditor").json();
            System.out.println("After the owner rewrote Maritimus's decision and every later hash: " + chainAlone);
            assertThat(chainAlone.get("mismatches").asLong()).as("the chain alone finds nothing").isZero();
            assertThat(chainAlone.get("intact").asBoolean()).isFalse();
            JsonNode last = chainAlone.get("lastSignature");
            assertThat(last.get("signatureValid").asBoolean()).isTrue();
            assertThat(last.get("storeMatches").asBoolean()).isFalse();
            assertThat(last.get("mismatches")).singleElement().satisfies(mismatch -> {
                assertThat(mismatch.get("aggregate").asText()).isEqualTo(MARITIMUS);
                assertThat(mismatch.get("currentHash").asText()).isNotEqualTo(mismatch.get("signedHash").asText());
            });
            assertThat(http.get(VERIFY + "?laureate=" + MARITIMUS, "auditor").json().at("/lastSignature/storeMatches")
                    .asBoolean()).isFalse();
        } finally {
            original.forEach(row -> owner.update("UPDATE domainevententry SET payload = ?, metadata = ? WHERE globalindex = ?",
                    row.get("payload"), row.get("metadata"), row.get("globalindex")));
        }
        assertThat(http.get(VERIFY, "auditor").json().get("intact").asBoolean()).isTrue();
    }

    @Test
    void the_application_s_own_role_may_neither_change_nor_delete_a_signature() {
        sign("auditor");
        assertThatThrownBy(() -> jdbc.update("UPDATE signed_chain_heads SET heads_hash = heads_hash"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM signed_chain_heads"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.update("TRUNCATE signed_chain_heads"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
    }

    @Test
    void only_auditors_and_admins_sign_anyone_reads_the_public_key_and_the_endpoints_are_in_the_openapi_contract() {
        assertThat(http.post(SIGNATURES, "officer", "").status()).isEqualTo(403);
        assertThat(http.post(SIGNATURES, null, "").status()).isEqualTo(401);
        JsonNode byAdmin = sign("admin");
        assertThat(byAdmin.get("keyId").asText()).hasSize(64);
        assertThat(http.get("/api/audit/public-key", null).body()).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(http.get(SIGNATURES + "?limit=0", "auditor").isProblem()).isTrue();
        JsonNode paths = http.get("/v3/api-docs", null).json().get("paths");
        assertThat(paths.has(SIGNATURES)).isTrue();
        assertThat(paths.has("/api/audit/public-key")).isTrue();
    }

    private JsonNode sign(String user) {
        Http.Answer answer = http.post(SIGNATURES, user, "");
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json();
    }

    private void notifyMaritimus() {
        Http.Answer answer = http.post("/api/laureates/" + MARITIMUS + "/notification", "officer", """
                {"awardedAmount": 1300000.00, "decisionReference": "DEC-2023-017", "notifiedOn": "2023-01-15",
                 "reason": "Arrêté n° 2023-017"}""");
        assertThat(answer.status()).isIn(200, 409);
    }

    private void payMaritimus() {
        assertThat(http.post("/api/laureates/" + MARITIMUS + "/payments", "officer", """
                {"paymentId": "%s", "amount": 1.00, "kind": "ADVANCE", "paidOn": "2023-02-01", "reason": "Avance"}"""
                .formatted(UUID.randomUUID())).status()).isEqualTo(200);
    }

    /** What an owner who knows the encoding does: every hash and link of the laureate recomputed from its first event. */
    private void rehash(JdbcTemplate owner, String laureate) {
        List<StoredEvent> events = new ArrayList<>();
        storedEvents.inGlobalOrder(laureate, events::add);
        String previous = EventHash.GENESIS;
        for (StoredEvent event : events) {
            String hash = EventHash.of(event.content(), previous);
            owner.update("UPDATE domainevententry SET metadata = ? WHERE globalindex = ?",
                    metaDataWith(owner, event.globalIndex(), hash, previous), event.globalIndex());
            previous = hash;
        }
    }

    private static byte[] metaDataWith(JdbcTemplate owner, long globalIndex, String hash, String previous) {
        try {
            byte[] stored = owner.queryForObject("SELECT metadata FROM domainevententry WHERE globalindex = ?",
                    byte[].class, globalIndex);
            ObjectNode metaData = (ObjectNode) JSON.readTree(stored);
            metaData.put(EventHash.HASH, hash).put(EventHash.PREVIOUS_HASH, previous);
            return JSON.writeValueAsBytes(metaData);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
