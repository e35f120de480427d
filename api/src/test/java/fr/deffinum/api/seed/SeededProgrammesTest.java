package fr.deffinum.api.seed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.deffinum.api.ApiTest;
import fr.deffinum.api.ProgrammeStreams;
import fr.deffinum.application.importing.PressReleaseImport;
import fr.deffinum.application.programme.ProgrammeView;
import fr.deffinum.application.programme.Programmes;
import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The seed records the press release through the import of a programme's laureates: DEFFINUM and
 * CMA opened, the 50 of Annexe 1 held within DEFFINUM's 100 M€, the 12 of Annexe 2 selected then
 * redirected to CMA, each event as the seed wrote it before programmes were data.
 */
class SeededProgrammesTest extends ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    Programmes programmes;
    @Autowired
    PressReleaseImport pressRelease;

    @Test
    void a_fresh_start_opens_deffinum_with_its_envelope_and_cma_without_one_each_holding_its_laureates_maxima() {
        ProgrammeView deffinum = programme("DEFFINUM");
        assertThat(deffinum.name()).isEqualTo("Dispositifs France Formation Innovante Numérique");
        assertThat(deffinum.plan()).isEqualTo("France Relance / France 2030");
        assertThat(deffinum.euFunded()).isTrue();
        assertThat(deffinum.operator()).isEqualTo("Banque des Territoires");
        assertThat(deffinum.envelope().amount()).isEqualByComparingTo("100000000.00");
        assertThat(deffinum.sectors()).hasSize(11).contains("Construction", "Artisanat", "Transverse ou réseau");
        BigDecimal exposure = ProgrammeStreams.exposure(jdbc, "DEFFINUM");
        assertThat(exposure).isEqualByComparingTo("90299005.00");
        assertThat(deffinum.envelope().amount().subtract(exposure)).isEqualByComparingTo("9700995.00");
        ProgrammeView cma = programme("CMA");
        assertThat(cma.envelope()).isNull();
        assertThat(cma.plan()).isEqualTo("France 2030");
        assertThat(ProgrammeStreams.exposure(jdbc, "CMA")).isEqualByComparingTo("45011922.00");
        JsonNode listed = http.get("/api/programmes/DEFFINUM", "auditor").json();
        assertThat(listed.get("envelope").decimalValue()).isEqualByComparingTo("100000000.00");
        assertThat(listed.get("exposure").decimalValue()).isEqualByComparingTo("90299005.00");
        assertThat(listed.get("available").decimalValue()).isEqualByComparingTo("9700995.00");
        assertThat(listed.get("laureates").asInt()).isEqualTo(50);
        listed = http.get("/api/programmes/CMA", "auditor").json();
        assertThat(listed.get("envelope").isNull()).isTrue();
        assertThat(listed.get("exposure").decimalValue()).isEqualByComparingTo("45011922.00");
        assertThat(listed.get("available").isNull()).isTrue();
        assertThat(listed.get("laureates").asInt()).isEqualTo(12);
    }

    @Test
    void each_laureate_of_annexe_2_is_selected_into_deffinum_then_redirected_to_cma_as_the_seed_always_wrote_it()
            throws IOException {
        for (int row = 1; row <= 12; row++) {
            String id = LaureateId.fromReference("DEFFINUM-2022-A2-%02d".formatted(row)).value();
            List<Map<String, Object>> events = jdbc.queryForList("""
                    SELECT payloadtype, convert_from(payload, 'UTF8') AS payload, convert_from(metadata, 'UTF8') AS metadata
                    FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber""", id);
            assertThat(events).hasSize(2);
            JsonNode selected = JSON.readTree((String) events.get(0).get("payload"));
            assertThat(events.get(0).get("payloadtype")).asString().endsWith("LaureateSelected");
            assertThat(selected.get("programme").asText()).isEqualTo("DEFFINUM");
            assertThat(selected.get("selectedOn").asText()).isEqualTo("2022-07-01");
            assertThat(selected.get("sectorsAsPublished").isNull()).isTrue();
            JsonNode redirected = JSON.readTree((String) events.get(1).get("payload"));
            assertThat(events.get(1).get("payloadtype")).asString().endsWith("LaureateRedirected");
            assertThat(redirected.get("to").asText()).isEqualTo("CMA");
            assertThat(redirected.get("redirectedOn").asText()).isEqualTo("2022-07-01");
            for (Map<String, Object> event : events) {
                JsonNode metadata = JSON.readTree((String) event.get("metadata"));
                assertThat(metadata.get("actor").asText()).isEqualTo("system:import");
                assertThat(metadata.get("correlationId").asText()).isEqualTo("press-release-2022");
                assertThat(metadata.get("reason").asText())
                        .isEqualTo("Communiqué de presse DEFFINUM : 62 lauréats retenus (annexes 1 et 2)");
            }
        }
        Long annex1 = jdbc.queryForObject("""
                SELECT count(*) FROM domainevententry WHERE payloadtype LIKE '%LaureateSelected'
                AND convert_from(payload, 'UTF8')::jsonb ->> 'reference' LIKE 'DEFFINUM-2022-A1-%'
                AND convert_from(payload, 'UTF8')::jsonb ->> 'sectorsAsPublished' IS NOT NULL
                AND convert_from(metadata, 'UTF8')::jsonb ->> 'correlationId' = 'press-release-2022'""", Long.class);
        assertThat(annex1).isEqualTo(50);
    }

    @Test
    void the_run_s_officers_are_put_in_charge_of_both_programmes_once_and_a_later_seed_replaces_nobody() {
        assertThat(programme("DEFFINUM").officers()).as("the configured officer and approver, put in charge at the first start")
                .containsExactlyInAnyOrder("approver", "officer");
        assertThat(programme("CMA").officers()).containsExactlyInAnyOrder("approver", "officer");
        long before = storedEvents();

        assertThat(pressRelease.run(Set.of("someone-else"))).isZero();

        assertThat(storedEvents()).isEqualTo(before);
        assertThat(programme("DEFFINUM").officers()).containsExactlyInAnyOrder("approver", "officer");
    }

    private ProgrammeView programme(String code) {
        return programmes.awaitVersion(new ProgrammeCode(code), lastSequence(code), Duration.ofSeconds(10)).orElseThrow();
    }

    private long lastSequence(String code) {
        Long last = jdbc.queryForObject("SELECT max(sequencenumber) FROM domainevententry WHERE aggregateidentifier = ?",
                Long.class, code);
        return last == null ? -1 : last;
    }
}
