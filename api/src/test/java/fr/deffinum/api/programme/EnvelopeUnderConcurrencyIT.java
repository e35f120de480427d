package fr.deffinum.api.programme;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.deffinum.api.Http;
import fr.deffinum.api.process.ApplicationJar;
import fr.deffinum.api.process.ApplicationJars;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Officers selecting at the same moment on two instances of the packaged application, over one
 * database, never push a programme past its envelope: of forty selections of 100,000.00 € into a
 * programme of 1,000,000.00 €, exactly ten are recorded and the thirty others are refused with
 * {@code ENVELOPE_EXCEEDED}, whichever instance took them.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class EnvelopeUnderConcurrencyIT {

    private static final Duration START = Duration.ofMinutes(2);
    private static final int SELECTIONS = 40;
    private static final int CLIENTS = 16;

    @RegisterExtension
    static final ApplicationJars applications = new ApplicationJars();

    @Test
    void concurrent_selections_on_two_instances_fill_the_envelope_exactly() throws Exception {
        ApplicationJar one = applications.start("envelope-one", applications.database()).awaitReady(START);
        ApplicationJar two = applications.start("envelope-two", applications.database()).awaitReady(START);
        Http.Answer opened = one.http().post("/api/programmes", "admin", """
                {"code": "APPEL-2026", "name": "Appel 2026", "plan": "France 2030", "euFunded": false,
                 "operator": "Bpifrance", "openedOn": "2026-01-05", "envelope": 1000000.00, "sectors": [],
                 "reason": "Arrêté d'ouverture"}""");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        Http.Answer assigned = one.http().put("/api/programmes/APPEL-2026/officers", "admin", """
                {"officers": ["officer"], "reason": "Chargé de mission de l'appel"}""");
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);

        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<Http.Answer>> answers = new ArrayList<>();
        for (int i = 0; i < SELECTIONS; i++) {
            Http instance = (i % 2 == 0 ? one : two).http();
            String body = """
                    {"programme": "APPEL-2026", "reference": "APPEL-2026-%02d", "name": "Projet %d",
                     "lead": "Organisme %d", "totalCost": 200000.00, "maxGrant": 100000.00,
                     "selectedOn": "2026-03-02", "reason": "Comité de sélection"}""".formatted(i, i, i);
            answers.add(clients.submit((Callable<Http.Answer>) () -> instance.post("/api/laureates", "officer", body)));
        }
        List<Http.Answer> done = new ArrayList<>();
        for (Future<Http.Answer> answer : answers) {
            done.add(answer.get(2, TimeUnit.MINUTES));
        }
        clients.shutdown();

        Map<String, Long> outcomes = done.stream().collect(Collectors.groupingBy(
                answer -> answer.status() + (answer.isProblem() ? " " + answer.json().path("code").asText() : ""),
                Collectors.counting()));
        JsonNode programme = two.http().get("/api/programmes/APPEL-2026", "auditor").json();
        System.out.printf("EnvelopeUnderConcurrencyIT: %d selections from %d clients over two instances: %s;"
                + " exposure %s, available %s, laureates %s%n", SELECTIONS, CLIENTS, outcomes,
                programme.path("exposure"), programme.path("available"), programme.path("laureates"));
        assertThat(done).hasSize(SELECTIONS);
        assertThat(outcomes).containsOnlyKeys("201", "422 ENVELOPE_EXCEEDED");
        assertThat(outcomes.get("201")).isEqualTo(10);
        assertThat(outcomes.get("422 ENVELOPE_EXCEEDED")).isEqualTo(SELECTIONS - 10);
        assertThat(programme.get("exposure").decimalValue()).isEqualByComparingTo("1000000.00");
        assertThat(programme.get("available").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(programme.get("laureates").asInt()).isEqualTo(10);
    }
}
