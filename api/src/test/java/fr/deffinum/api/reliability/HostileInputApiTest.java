package fr.deffinum.api.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import fr.deffinum.api.ApiTest;
import fr.deffinum.api.Http;
import fr.deffinum.api.reliability.HostileRequests.Endpoint;
import fr.deffinum.api.reliability.HostileRequests.Probe;
import fr.deffinum.domain.laureate.LaureateId;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Over a thousand malformed or hostile requests: never a 5xx, always problem+json, never an event. */
class HostileInputApiTest extends ApiTest {

    private static final String NOTIFIED = LaureateId.fromReference("DEFFINUM-2022-A1-20").value();
    private static final String SELECTED = LaureateId.fromReference("DEFFINUM-2022-A1-21").value();

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void hostile_requests_get_problems_never_a_5xx_and_record_nothing() throws Exception {
        assertThat(http.post("/api/laureates/" + NOTIFIED + "/notification", "officer",
                "{\"awardedAmount\": 1000, \"decisionReference\": \"D\", \"notifiedOn\": \"2023-01-15\"}").status())
                .isEqualTo(200);
        List<Probe> probes = HostileRequests.all(endpoints(), List.of(
                "/api/laureates/" + NOTIFIED + "/redirection", "/api/laureates/" + NOTIFIED + "/notification",
                "/api/laureates/" + SELECTED + "/payments", "/api/laureates/" + NOTIFIED + "/evaluation"));
        long before = storedEvents();

        Map<Integer, Integer> statuses = new ConcurrentSkipListMap<>();
        List<String> failures = new CopyOnWriteArrayList<>();
        ForkJoinPool clients = new ForkJoinPool(6);
        clients.submit(() -> probes.parallelStream().forEach(probe -> {
            Http.Answer answer;
            try {
                answer = http.send(request(probe).timeout(Duration.ofSeconds(90)));
            } catch (UncheckedIOException noAnswer) {
                failures.add("no answer (" + noAnswer.getCause() + ") for " + probe.method() + " "
                        + abbreviated(probe.path()) + " " + abbreviated(probe.body()));
                return;
            }
            statuses.merge(answer.status(), 1, Integer::sum);
            boolean readAnswer = probe.method().equals("GET") && answer.status() == 200
                    && answer.contentType().startsWith("application/json");
            if (answer.status() >= 500 || !(readAnswer || answer.isProblem())) {
                failures.add(answer.status() + " " + answer.contentType() + " for " + probe.method() + " "
                        + abbreviated(probe.path()) + " " + abbreviated(probe.body()));
            }
        })).get();
        clients.shutdown();
        long after = storedEvents();

        int serverErrors = statuses.entrySet().stream().filter(s -> s.getKey() >= 500).mapToInt(Map.Entry::getValue).sum();
        System.out.printf("Hostile input: %d requests tried, statuses %s, 5xx: %d, events before %d, after %d%n",
                probes.size(), statuses, serverErrors, before, after);
        assertThat(probes).hasSizeGreaterThanOrEqualTo(1000);
        assertThat(failures).isEmpty();
        assertThat(after).isEqualTo(before);
    }

    @Test
    void a_control_character_in_otherwise_valid_text_is_a_400_and_records_nothing() {
        String laureate = LaureateId.fromReference("DEFFINUM-2022-A1-22").value();
        long before = storedEvents();

        Http.Answer answer = http.post("/api/laureates/" + laureate + "/notification", "officer",
                "{\"awardedAmount\": 1000, \"decisionReference\": \"D\", \"notifiedOn\": \"2023-01-15\", "
                        + "\"reason\": \"nul \\u0000 here\"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.isProblem()).isTrue();
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void a_multipart_body_without_its_boundary_is_a_400_and_records_nothing() {
        long before = storedEvents();

        Http.Answer notification = http.post("/api/laureates/" + SELECTED + "/notification", "officer",
                "multipart/form-data", "awardedAmount=1000");
        Http.Answer document = http.post("/api/laureates/" + SELECTED + "/documents", "officer",
                "multipart/form-data", "--x\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nPDF\r\n--x--");

        assertThat(notification.status()).as(notification.body()).isEqualTo(400);
        assertThat(notification.isProblem()).isTrue();
        assertThat(document.status()).as(document.body()).isEqualTo(400);
        assertThat(document.json().get("code").asText()).isEqualTo("MULTIPART_UNREADABLE");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void a_header_the_security_firewall_refuses_once_a_controller_reads_it_is_a_400_not_a_500() {
        long before = storedEvents();

        Http.Answer answer = http.send(http.postRequest("/api/laureates/" + SELECTED + "/notification", "officer",
                "application/json", "{}").header("If-Match", "\"\u0085\""));

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.isProblem()).isTrue();
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void an_undecodable_form_body_on_a_put_is_a_415_not_a_500() {
        Http.Answer answer = http.send(http.request("/api/programmes/DEFFINUM/officers", "admin")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .PUT(HttpRequest.BodyPublishers.ofString("reason=x&%ZZ=%")));

        assertThat(answer.status()).as(answer.body()).isEqualTo(415);
        assertThat(answer.isProblem()).isTrue();
    }

    @Test
    void a_blank_laureate_filter_on_proposals_filters_nothing_instead_of_a_500() {
        assertThat(http.get("/api/proposals?laureate=", "auditor").status()).isEqualTo(200);
    }

    @Test
    void an_unreadable_accept_header_is_a_400_problem_not_an_empty_answer() {
        for (String accept : List.of(";;;", "*/*;q=abc", "application/json; charset=EBCDIC")) {
            Http.Answer answer = http.send(http.request("/api/laureates/unknown", "auditor").header("Accept", accept).GET());

            assertThat(answer.status()).as(accept).isEqualTo(400);
            assertThat(answer.isProblem()).as(accept).isTrue();
        }
    }

    @Test
    void an_unknown_import_is_a_404_problem_not_an_empty_answer() {
        Http.Answer answer = http.get("/api/imports/unknown", "officer");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().get("code").asText()).isEqualTo("IMPORT_NOT_FOUND");
    }

    @Test
    void a_post_without_csrf_token_to_a_page_download_is_a_403_problem_for_a_client_that_is_no_browser() {
        Http.Answer answer = http.post("/exports/laureats.csv", "officer", "{}");

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.isProblem()).isTrue();
    }

    private static List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("/api/laureates", fields(
                        "programme", "\"DEFFINUM\"", "reference", "\"DEFFINUM-2099-Z-01\"", "name", "\"Projet\"", "lead", "\"Organisme\"",
                        "sectorsAsPublished", "\"Industrie\"", "sector", "\"INDUSTRY\"", "scope", "\"NATIONAL\"",
                        "totalCost", "0.01", "maxGrant", "0", "selectedOn", "\"2023-01-01\"", "reason", "\"Comité\"")),
                new Endpoint("/api/laureates/" + NOTIFIED + "/redirection", fields(
                        "strategy", "\"Enseignement et numérique\"", "redirectedOn", "\"2023-02-01\"", "reason", "\"R\"")),
                new Endpoint("/api/laureates/" + NOTIFIED + "/notification", fields(
                        "awardedAmount", "500", "decisionReference", "\"D-2\"", "notifiedOn", "\"2023-02-01\"",
                        "reason", "\"R\"")),
                new Endpoint("/api/laureates/" + SELECTED + "/payments", fields(
                        "paymentId", "\"P-1\"", "amount", "10", "kind", "\"ADVANCE\"", "paidOn", "\"2023-03-01\"",
                        "reason", "\"R\"")),
                new Endpoint("/api/laureates/" + NOTIFIED + "/evaluation", fields(
                        "outcome", "\"ACHIEVED\"", "evaluatedOn", "\"2024-01-01\"", "comment", "\"C\"")));
    }

    private HttpRequest.Builder request(Probe probe) {
        HttpRequest.Builder request = http.request(probe.path(), probe.method().equals("POST") ? "officer" : "admin");
        if (probe.path().startsWith("/api/admin")) {
            request = http.request(probe.path(), "admin");
        }
        if (probe.contentType() != null) {
            request.header("Content-Type", probe.contentType());
        }
        HttpRequest.BodyPublisher body = probe.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(probe.body(), StandardCharsets.UTF_8);
        return request.method(probe.method(), body);
    }

    private static Map<String, String> fields(String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    private static String abbreviated(String text) {
        return text == null || text.length() < 120 ? text : text.substring(0, 120) + "…";
    }
}
