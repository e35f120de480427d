package fr.deffinum.api.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.deffinum.api.ApiTest;
import fr.deffinum.api.Http;
import fr.deffinum.application.laureate.LaureateRecorder;
import fr.deffinum.application.laureate.Provenance;
import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.Scope;
import fr.deffinum.domain.laureate.commands.SelectLaureate;
import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.ProgrammeCode;
import fr.deffinum.domain.programme.commands.AssignOfficers;
import fr.deffinum.domain.programme.commands.OpenProgramme;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A year of payments in one file: 100,000 lines, ten notifications then payments of 0.01 €, read as
 * a stream and checked whole. One bad line near the end, and nothing at all is recorded; its
 * progress is there to be read while it runs.
 */
class LargeOperationsFileApiTest extends ApiTest {

    private static final ProgrammeCode PROGRAMME = new ProgrammeCode("CENT-MILLE");
    private static final Provenance ADMIN = new Provenance("admin", "Ouverture de l'appel", "test-large-file");
    private static final int LINES = 100_000;
    private static final int BAD_LINE = 99_999;
    private static final int LAUREATES = 10;

    @Autowired
    LaureateRecorder recorder;

    @Test
    void one_bad_line_on_line_99_999_of_100_000_records_nothing_names_that_line_and_shows_its_progress()
            throws Exception {
        openWithLaureates();
        long before = storedEvents();
        String importId = "cent-mille";

        CompletableFuture<Http.Answer> running = CompletableFuture.supplyAsync(() -> http.send(
                http.postRequest("/api/imports/notifications", "officer", "text/csv", file())
                        .header("X-Import-Id", importId).timeout(Duration.ofMinutes(10))));
        List<JsonNode> seen = new ArrayList<>();
        List<Reading> readings = new ArrayList<>();
        while (!running.isDone()) {
            Http.Answer progress = http.get("/api/imports/" + importId, "auditor");
            if (progress.status() == 200 && !running.isDone()) {
                seen.add(progress.json());
                readings.add(new Reading(progress.json().get("phase").asText(), progress.json().get("checked").asInt(),
                        Duration.between(Instant.parse(progress.json().get("updatedAt").asText()), Instant.now())));
            }
            Thread.sleep(200);
        }
        Http.Answer rejected = running.get();

        assertThat(rejected.status()).as(rejected.body()).isEqualTo(422);
        assertThat(rejected.json().get("lines").asInt()).isEqualTo(LINES);
        JsonNode errors = rejected.json().get("errors");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).get("line").asInt()).isEqualTo(BAD_LINE);
        assertThat(errors.get(0).get("column").asText()).isEqualTo("montant");
        assertThat(errors.get(0).get("code").asText()).isEqualTo("PAYMENT_ABOVE_AWARDED");
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(http.get("/api/laureates/" + laureate(1).value(), "auditor").json().get("status").asText())
                .isEqualTo("SELECTED");

        assertThat(seen).as("progress read while the import ran").hasSizeGreaterThan(5);
        assertThat(seen).extracting(node -> node.get("phase").asText()).contains("CHECKING");
        List<Integer> checked = seen.stream().filter(node -> node.get("phase").asText().equals("CHECKING"))
                .map(node -> node.get("checked").asInt()).toList();
        assertThat(checked).isSorted().hasSizeGreaterThan(2);
        assertThat(checked.get(checked.size() - 1)).isGreaterThan(checked.get(0));
        assertThat(readings).allSatisfy(reading -> assertThat(reading.age()).as(reading.toString())
                .isLessThan(Duration.ofSeconds(1)));
        JsonNode last = http.get("/api/imports/" + importId, "auditor").json();
        assertThat(last.get("phase").asText()).isEqualTo("REJECTED");
        assertThat(last.get("errors").asInt()).isEqualTo(1);
    }

    /** What a poll of the progress read, and how long before it the progress was last updated. */
    private record Reading(String phase, int checked, Duration age) {
    }

    private void openWithLaureates() {
        LocalDate opened = LocalDate.of(2024, 1, 15);
        recorder.send(new OpenProgramme(PROGRAMME, "Appel " + PROGRAMME, "France 2030", false, "Caisse des Dépôts",
                opened, null, List.of("Numérique")), ADMIN);
        recorder.send(new AssignOfficers(PROGRAMME, Set.of("officer"), opened), ADMIN);
        for (int n = 1; n <= LAUREATES; n++) {
            recorder.send(new SelectLaureate(laureate(n), PROGRAMME, reference(n), "Projet " + n, "Porteur " + n,
                    "Numérique", null, Scope.NATIONAL, Money.euros("2000000.00"), Money.euros("1000000.00"),
                    opened), ADMIN);
        }
    }

    /** Ten notifications of 1,000,000.00 €, then payments of 0.01 €; line 99,999 pays more than was awarded. */
    private static String file() {
        StringBuilder csv = new StringBuilder("Référence;Opération;Date;Montant;Référence décision;"
                + "Identifiant versement;Nature\n");
        for (int n = 1; n <= LAUREATES; n++) {
            csv.append(reference(n)).append(";notification;15/03/2024;1 000 000,00;DEC-").append(n).append(";;\n");
        }
        for (int line = LAUREATES + 2; line <= LINES + 1; line++) {
            String amount = line == BAD_LINE ? "1 000 000,01" : "0,01";
            csv.append(reference(line % LAUREATES + 1)).append(";versement;01/06/2024;").append(amount)
                    .append(";;V-").append(line).append(";acompte\n");
        }
        return csv.toString();
    }

    private static LaureateId laureate(int n) {
        return LaureateId.fromReference(reference(n));
    }

    private static String reference(int n) {
        return "CENT-MILLE-" + n;
    }
}
