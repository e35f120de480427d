package fr.deffinum.api.programme;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.deffinum.api.ApiTest;
import fr.deffinum.api.Http;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * A redirection takes the laureate's maximum out of one envelope and into another, in one step:
 * refused, and nothing written, when the target's envelope cannot take it.
 */
class RedirectionBetweenProgrammesApiTest extends ApiTest {

    private static final BigDecimal MARITIMUS_MAXIMUM = new BigDecimal("1383760.00");

    @Test
    void a_redirection_into_a_programme_that_can_take_the_maximum_moves_it_between_the_two_envelopes() {
        open("SMALL-2026", "1000000.00");
        open("LARGE-2026", "5000000.00");
        JsonNode deffinumBefore = programme("DEFFINUM");
        long before = storedEvents();

        Http.Answer refused = redirect("SMALL-2026");
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().get("code").asText()).isEqualTo("ENVELOPE_EXCEEDED");
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(programme("SMALL-2026").get("exposure").decimalValue()).isZero();

        Http.Answer moved = redirect("LARGE-2026");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().get("programme").asText()).isEqualTo("LARGE-2026");
        JsonNode deffinumAfter = programme("DEFFINUM");
        JsonNode large = programme("LARGE-2026");
        assertThat(deffinumAfter.get("exposure").decimalValue())
                .isEqualByComparingTo(deffinumBefore.get("exposure").decimalValue().subtract(MARITIMUS_MAXIMUM));
        assertThat(deffinumAfter.get("available").decimalValue())
                .isEqualByComparingTo(deffinumBefore.get("available").decimalValue().add(MARITIMUS_MAXIMUM));
        assertThat(deffinumAfter.get("laureates").asInt()).isEqualTo(deffinumBefore.get("laureates").asInt() - 1);
        assertThat(large.get("exposure").decimalValue()).isEqualByComparingTo(MARITIMUS_MAXIMUM);
        assertThat(large.get("available").decimalValue())
                .isEqualByComparingTo(new BigDecimal("5000000.00").subtract(MARITIMUS_MAXIMUM));
        assertThat(large.get("laureates").asInt()).isEqualTo(1);
    }

    private void open(String code, String envelope) {
        Http.Answer opened = http.post("/api/programmes", "admin", """
                {"code": "%s", "name": "Appel %s", "plan": "France 2030", "euFunded": false, "operator": "Bpifrance",
                 "openedOn": "2022-01-03", "envelope": %s, "sectors": [], "reason": "Arrêté d'ouverture"}"""
                .formatted(code, code, envelope));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        assertThat(http.put("/api/programmes/" + code + "/officers", "admin", """
                {"officers": ["officer"], "reason": "Chargé de mission"}""").status()).isEqualTo(200);
    }

    private Http.Answer redirect(String target) {
        return http.post("/api/laureates/" + MARITIMUS + "/redirection", "officer", """
                {"programme": "%s", "strategy": "Formation maritime", "redirectedOn": "2022-09-01",
                 "reason": "Comité"}""".formatted(target));
    }

    private JsonNode programme(String code) {
        return http.get("/api/programmes/" + code, "auditor").json();
    }
}
