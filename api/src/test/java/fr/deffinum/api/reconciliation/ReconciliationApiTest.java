package fr.deffinum.api.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.deffinum.api.ApiTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The seed's figures beside the press release's: the annex totals agree, five sector lines do not, each explained. */
class ReconciliationApiTest extends ApiTest {

    @Test
    void the_published_figures_and_ours_stand_side_by_side_for_the_seed() {
        Map<String, JsonNode> lines = lines();

        assertThat(lines).hasSize(13);
        assertLine(lines.get("DEFFINUM"), 50, 50, "90299005.00", "90299005.00", true);
        assertThat(lines.get("DEFFINUM").get("publishedTotalCost").decimalValue()).isEqualByComparingTo("140339478");
        assertThat(lines.get("DEFFINUM").get("ourTotalCost").decimalValue()).isEqualByComparingTo("140339478");
        assertLine(lines.get("CMA"), 12, 12, "45011922.00", "45011922.00", true);
        assertLine(lines.get("Construction"), 8, 8, "21857361.00", "21857362.00", false);
        assertLine(lines.get("Transport"), 4, 4, "7577305.00", "7415624.00", false);
        assertLine(lines.get("Commerce, banque"), 3, 3, "7568211.00", "7505819.00", false);
        assertLine(lines.get("Agriculture, sylviculture et pêche"), 5, 5, "7262218.00", "7075405.00", false);
        assertLine(lines.get("Artisanat"), 1, 1, "1384228.00", "1384229.00", false);
        for (String agreeing : List.of("Hébergement et restauration", "Santé et social", "Industrie", "Sport, animation",
                "Technologie, numérique", "Transverse ou réseau")) {
            assertThat(lines.get(agreeing).get("matches").asBoolean()).as(agreeing).isTrue();
        }
    }

    @Test
    void each_difference_comes_with_the_laureates_that_may_explain_it() {
        Map<String, JsonNode> lines = lines();

        JsonNode artisanat = lines.get("Artisanat").get("explanations").get(0);
        assertThat(artisanat.get("code").asText()).isEqualTo("ROUNDING");
        assertThat(names(artisanat)).containsExactly("ORFAIT");
        JsonNode construction = lines.get("Construction").get("explanations").get(0);
        assertThat(construction.get("code").asText()).isEqualTo("ROUNDING");
        assertThat(construction.get("laureates")).isEmpty();
        JsonNode transport = lines.get("Transport").get("explanations").get(0);
        assertThat(transport.get("code").asText()).isEqualTo("UNEXPLAINED");
        assertThat(transport.get("messageFr").asText()).contains("161\u202F681\u00A0€");
        assertThat(names(transport)).containsExactly("Maintenance des Véhicules Electriques à Batterie", "DEFFI-TL",
                "MARITIMUS", "Apprentissage adaptatif intelligent pour les CFA de la branche Services automobile");
        assertThat(transport.get("laureates").get(0).get("sectorBasis").asText()).isEqualTo("INFERRED");
        assertThat(transport.get("laureates").get(0).get("publishedWording").asText())
                .isEqualTo("Décarbonation des mobilités");
        assertThat(transport.get("laureates").get(2).get("sectorBasis").asText()).isEqualTo("MAPPED");
        assertThat(names(lines.get("Commerce, banque").get("explanations").get(0))).contains("ODI-C 2030");
    }

    private Map<String, JsonNode> lines() {
        Map<String, JsonNode> lines = new LinkedHashMap<>();
        http.get("/api/reconciliation", "auditor").json().forEach(line -> lines.put(line.get("key").asText(), line));
        return lines;
    }

    private static void assertLine(JsonNode line, int published, int ours, String publishedMax, String ourMax,
                                   boolean matches) {
        assertThat(line.get("publishedLaureates").asInt()).isEqualTo(published);
        assertThat(line.get("ourLaureates").asInt()).isEqualTo(ours);
        assertThat(line.get("publishedMaxGrant").decimalValue()).isEqualByComparingTo(publishedMax);
        assertThat(line.get("ourMaxGrant").decimalValue()).isEqualByComparingTo(ourMax);
        assertThat(line.get("matches").asBoolean()).isEqualTo(matches);
    }

    private static List<String> names(JsonNode explanation) {
        List<String> names = new ArrayList<>();
        explanation.get("laureates").forEach(laureate -> names.add(laureate.get("name").asText()));
        return names;
    }
}
