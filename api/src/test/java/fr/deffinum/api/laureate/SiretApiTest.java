package fr.deffinum.api.laureate;

import static org.assertj.core.api.Assertions.assertThat;

import fr.deffinum.api.ApiTest;
import fr.deffinum.api.Http;
import org.junit.jupiter.api.Test;

/** An officer records the beneficiary's SIRET; a wrong key is refused and records nothing. */
class SiretApiTest extends ApiTest {

    @Test
    void the_siret_is_null_until_recorded_then_shown_and_in_the_history() {
        assertThat(http.get("/api/laureates/" + MARITIMUS, "auditor").json().get("siret").isNull()).isTrue();

        Http.Answer recorded = http.post("/api/laureates/" + MARITIMUS + "/siret", "officer", """
                {"siret": "13002526500013", "recordedOn": "2023-03-01", "reason": "Extrait Sirene"}""");

        assertThat(recorded.status()).isEqualTo(200);
        assertThat(recorded.json().get("siret").asText()).isEqualTo("13002526500013");
        assertThat(http.get("/api/laureates/" + MARITIMUS, "auditor").json().get("siret").asText())
                .isEqualTo("13002526500013");
        assertThat(http.get("/api/laureates/" + MARITIMUS + "/events", "auditor").json().get(1).get("type").asText())
                .isEqualTo("SiretRecorded");
    }

    @Test
    void a_siret_with_a_wrong_key_is_refused_with_422_and_records_nothing() {
        long events = storedEvents();

        Http.Answer refused = http.post("/api/laureates/" + MARITIMUS + "/siret", "officer", """
                {"siret": "13002526500014"}""");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("code").asText()).isEqualTo("SIRET_INVALID");
        assertThat(refused.json().get("detail_fr").asText()).contains("clé de contrôle");
        assertThat(storedEvents()).isEqualTo(events);
    }

    @Test
    void an_auditor_cannot_record_a_siret() {
        assertThat(http.post("/api/laureates/" + MARITIMUS + "/siret", "auditor", """
                {"siret": "13002526500013"}""").status()).isEqualTo(403);
    }
}
