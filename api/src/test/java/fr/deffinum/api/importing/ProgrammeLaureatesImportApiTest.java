package fr.deffinum.api.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.deffinum.api.ApiTest;
import fr.deffinum.api.Http;
import fr.deffinum.api.ProgrammeStreams;
import fr.deffinum.application.laureate.LaureateRecorder;
import fr.deffinum.application.laureate.Provenance;
import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.ProgrammeCode;
import fr.deffinum.domain.programme.commands.AssignOfficers;
import fr.deffinum.domain.programme.commands.OpenProgramme;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A call's annex of laureates imported into its programme over HTTP, as the call publishes it:
 * twenty laureates recorded at once, or none when a line would take the programme beyond its
 * envelope, or a value is unreadable; Latin-1 files read with their accents.
 */
class ProgrammeLaureatesImportApiTest extends ApiTest {

    private static final String HEADER = "Nom du projet;Porteur de projet;Secteurs d'activités visés;Coût complet;"
            + "Montant subvention;Secteur";
    private static final Provenance ADMIN = new Provenance("admin", "Ouverture de l'appel", "test-open");
    private static final List<String> TAXONOMY = List.of("Industrie", "Numérique", "Santé et social");

    @Autowired
    LaureateRecorder recorder;

    @Test
    void twenty_laureates_of_a_new_programme_are_all_selected_and_hold_their_maxima_within_its_envelope() {
        open("FORMA-2024", "2000000.00");
        long before = storedEvents();

        Http.Answer imported = http.send(http.postRequest(path("FORMA-2024") + "?selectedOn=2024-03-15", "officer",
                "text/csv", csv(twentyLines())).header("X-Import-Id", "forma-20"));

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("recorded").asInt()).isEqualTo(20);
        assertThat(imported.json().get("laureates")).hasSize(20);
        assertThat(imported.json().get("laureates").get(0).asText())
                .isEqualTo(LaureateId.fromReference("FORMA-2024-1").value());
        assertThat(storedEvents()).as("20 selections and their 20 reservations").isEqualTo(before + 40);
        JsonNode listed = http.get("/api/laureates?programme=FORMA-2024", "auditor").json();
        assertThat(listed).hasSize(20);
        JsonNode first = http.get("/api/laureates/" + imported.json().get("laureates").get(0).asText(), "auditor").json();
        assertThat(first.get("reference").asText()).isEqualTo("FORMA-2024-1");
        assertThat(first.get("sectorLabel").asText()).isEqualTo("Industrie");
        assertThat(first.get("maxGrant").decimalValue()).isEqualByComparingTo("90000.00");
        assertThat(first.get("selectedOn").asText()).isEqualTo("2024-03-15");
        JsonNode history = http.get("/api/laureates/" + first.get("id").asText() + "/events", "auditor").json();
        assertThat(history.get(0).get("actor").asText()).isEqualTo("officer");
        assertThat(history.get(0).get("reason").asText()).isEqualTo("Import des lauréats du programme FORMA-2024");
        assertThat(exposure("FORMA-2024")).isEqualByComparingTo("1800000.00");
        assertThat(http.get("/api/imports/forma-20", "auditor").json().get("phase").asText()).isEqualTo("RECORDED");
    }

    @Test
    void the_same_file_with_one_line_beyond_the_envelope_records_none_and_names_that_line() {
        open("FORMA-2025", "2000000.00");
        List<String> lines = twentyLines();
        lines.set(14, "Projet 15;Organisme 15;Industrie;1 000 000,00;800 000,00;Industrie");
        long before = storedEvents();

        Http.Answer rejected = http.post(path("FORMA-2025"), "officer", "text/csv", csv(lines));

        assertThat(rejected.status()).as(rejected.body()).isEqualTo(422);
        assertThat(rejected.json().get("code").asText()).isEqualTo("IMPORT_REJECTED");
        JsonNode errors = rejected.json().get("errors");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).get("line").asInt()).as("14 × 90 000 + 800 000 > 2 000 000 at the 15th laureate")
                .isEqualTo(16);
        assertThat(errors.get(0).get("column").asText()).isEqualTo("montant_subvention");
        assertThat(errors.get(0).get("code").asText()).isEqualTo("ENVELOPE_EXCEEDED");
        assertThat(errors.get(0).get("messageFr").asText())
                .startsWith("Les montants engagés pour les lauréats du programme ne peuvent pas dépasser son enveloppe")
                .contains("2\u202F060\u202F000,00 €").contains("enveloppe de 2\u202F000\u202F000,00 €");
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(http.get("/api/laureates?programme=FORMA-2025", "auditor").json()).isEmpty();
        assertThat(exposure("FORMA-2025")).isZero();
    }

    @Test
    void a_latin1_file_uploaded_as_a_form_keeps_its_accents_and_takes_its_sector_from_the_published_sectors() {
        open("SANTE-2024", null);
        String file = "NOM DU PROJET;porteur de projet;Secteurs d'activites vises;Cout complet;Montant subvention;"
                + "Référence;Date de sélection\r\n"
                + "Hôpital numérique;Groupement hospitalier Est;Santé et social;1 200 000,00;840 000,00;SANTE-A;"
                + "02/05/2024\r\n"
                + "Aides-soignants;Croix-Rouge française;santé et social;300\u00A0000;210 000,50;SANTE-B;\r\n";
        String boundary = "----deffinum";
        byte[] body = multipart(boundary, "annexe-sante.csv", file.getBytes(StandardCharsets.ISO_8859_1));

        Http.Answer imported = http.send(http.request(path("SANTE-2024") + "?selectedOn=2024-05-03", "officer")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        JsonNode first = laureate("SANTE-A");
        assertThat(first.get("name").asText()).isEqualTo("Hôpital numérique");
        assertThat(first.get("lead").asText()).isEqualTo("Groupement hospitalier Est");
        assertThat(first.get("sectorLabel").asText()).isEqualTo("Santé et social");
        assertThat(first.get("selectedOn").asText()).isEqualTo("2024-05-02");
        JsonNode second = laureate("SANTE-B");
        assertThat(second.get("lead").asText()).isEqualTo("Croix-Rouge française");
        assertThat(second.get("maxGrant").decimalValue()).isEqualByComparingTo("210000.50");
        assertThat(second.get("selectedOn").asText()).isEqualTo("2024-05-03");
        JsonNode history = http.get("/api/laureates/" + second.get("id").asText() + "/events", "auditor").json();
        assertThat(history.get(0).get("reason").asText())
                .isEqualTo("Import des lauréats du programme SANTE-2024 « annexe-sante.csv »");
    }

    @Test
    void unreadable_or_refused_values_are_reported_by_line_and_column_and_nothing_is_recorded() {
        open("FORMA-2026", "5000000.00");
        String file = HEADER + ";Référence\n"
                + "Projet A;Organisme A;Industrie;1.000.000;500 000,00;Industrie;REF-A\n"
                + "Projet B;Organisme B;Industrie;400 000,00;500 000,00;Industrie;REF-B\n"
                + "Projet C;Organisme C;Agriculture;400 000,00;100 000,00;;REF-C\n"
                + "Projet D;;Industrie;400 000,00;100 000,00;Industrie;REF-D\n"
                + "Projet E;Organisme E;Industrie;400 000,00;100 000,00;Numérique;REF-B\n"
                + "Projet F;Organisme F;Industrie;400 000,00;100 000,00;Numérique;REF-F\n";
        long before = storedEvents();

        Http.Answer rejected = http.post(path("FORMA-2026"), "officer", "text/csv", file);

        assertThat(rejected.status()).as(rejected.body()).isEqualTo(422);
        JsonNode errors = rejected.json().get("errors");
        assertThat(errors).hasSize(5);
        assertError(errors.get(0), 2, "cout_complet", "AMOUNT_INVALID");
        assertError(errors.get(1), 3, "montant_subvention", "MAXIMUM_ABOVE_TOTAL_COST");
        assertError(errors.get(2), 4, "secteurs_d_activites_vises", "SECTOR_NOT_IN_TAXONOMY");
        assertError(errors.get(3), 5, "porteur_de_projet", "VALUE_MISSING");
        assertError(errors.get(4), 6, "reference", "REFERENCE_DUPLICATE");
        assertThat(errors.get(0).get("messageFr").asText()).contains("« 1.000.000 »").contains("1 300 000,00");
        assertThat(errors.get(2).get("messageFr").asText()).contains("« Agriculture »").contains("colonne Secteur");
        assertThat(errors.get(4).get("messageFr").asText()).isEqualTo("La référence « REF-B » figure déjà ligne 3.");
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(laureateAnswer("REF-F").status()).isEqualTo(404);
    }

    @Test
    void a_reference_already_recorded_is_refused_and_a_second_import_of_the_same_file_records_nothing() {
        open("FORMA-2027", null);
        String file = HEADER + ";Référence\nProjet Z;Organisme Z;Industrie;100,00;50,00;Industrie;REF-Z\n";
        assertThat(http.post(path("FORMA-2027"), "officer", "text/csv", file).status()).isEqualTo(200);
        long before = storedEvents();

        Http.Answer again = http.post(path("FORMA-2027"), "admin", "text/csv", file);

        assertThat(again.status()).isEqualTo(422);
        assertError(again.json().get("errors").get(0), 2, "reference", "LAUREATE_EXISTS");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void only_the_programme_officers_and_administrators_import_into_it() {
        recorder.send(new OpenProgramme(new ProgrammeCode("AUTRE-2024"), "Autre appel", "France 2030", false,
                "Bpifrance", LocalDate.of(2024, 1, 1), null, List.of()), ADMIN);
        String file = "Nom du projet;Porteur de projet;Secteurs d'activités visés;Coût complet;Montant subvention\n";

        Http.Answer notHis = http.post(path("AUTRE-2024"), "officer", "text/csv", file);

        assertThat(notHis.status()).isEqualTo(403);
        assertThat(notHis.json().get("code").asText()).isEqualTo("NOT_PROGRAMME_OFFICER");
        assertThat(http.post(path("AUTRE-2024"), "auditor", "text/csv", file).status()).isEqualTo(403);
        assertThat(http.post(path("AUTRE-2024"), "admin", "text/csv", file).status()).isEqualTo(422);
        Http.Answer unknown = http.post(path("INCONNU"), "admin", "text/csv", file);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asText()).isEqualTo("PROGRAMME_NOT_FOUND");
    }

    private void open(String code, String envelope) {
        ProgrammeCode programme = new ProgrammeCode(code);
        recorder.send(new OpenProgramme(programme, "Appel " + code, "France 2030", false, "Caisse des Dépôts",
                LocalDate.of(2024, 1, 15), envelope == null ? null : Money.euros(envelope), TAXONOMY), ADMIN);
        recorder.send(new AssignOfficers(programme, Set.of("officer"), LocalDate.of(2024, 1, 15)), ADMIN);
    }

    /** Twenty laureates of 90,000.00 € each, 1,800,000.00 € in all. */
    private static List<String> twentyLines() {
        List<String> lines = new ArrayList<>();
        for (int n = 1; n <= 20; n++) {
            lines.add("Projet " + n + ";Organisme " + n + ";" + (n % 2 == 0 ? "Numérique" : "Industrie")
                    + ";150 000,00;90 000,00;" + (n % 2 == 0 ? "Numérique" : "Industrie"));
        }
        return lines;
    }

    private BigDecimal exposure(String code) {
        return ProgrammeStreams.exposure(jdbc, code);
    }

    private static String path(String code) {
        return "/api/programmes/" + code + "/laureates/import";
    }

    private static String csv(List<String> lines) {
        return "\uFEFF" + HEADER + "\r\n" + String.join("\r\n", lines) + "\r\n";
    }

    private JsonNode laureate(String reference) {
        return laureateAnswer(reference).json();
    }

    private Http.Answer laureateAnswer(String reference) {
        return http.get("/api/laureates/" + LaureateId.fromReference(reference).value(), "auditor");
    }

    private static void assertError(JsonNode error, int line, String column, String code) {
        assertThat(error.get("line").asInt()).isEqualTo(line);
        assertThat(error.get("column").asText()).isEqualTo(column);
        assertThat(error.get("code").asText()).isEqualTo(code);
    }

    private static byte[] multipart(String boundary, String name, byte[] content) {
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return body;
    }
}
