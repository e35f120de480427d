package fr.deffinum.api.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.deffinum.api.ApiTest;
import fr.deffinum.api.Http;
import fr.deffinum.application.laureate.LaureateRecorder;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
    private static final int LINES = HundredThousandLines.LINES;
    private static final int BAD_LINE = HundredThousandLines.BAD_LINE;

    @Autowired
    LaureateRecorder recorder;

    @Test
    void one_bad_line_on_line_99_999_of_100_000_records_nothing_names_that_line_and_shows_its_progress()
            throws Exception {
        HundredThousandLines.open(recorder, PROGRAMME, "officer");
        long before = storedEvents();
        String importId = "cent-mille";

        CompletableFuture<Http.Answer> running = CompletableFuture.supplyAsync(() -> http.send(
                http.postRequest("/api/imports/notifications", "officer", "text/csv", HundredThousandLines.file(PROGRAMME))
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
        assertThat(http.get("/api/laureates/" + HundredThousandLines.laureate(PROGRAMME, 1).value(), "auditor").json().get("status").asText())
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
}
