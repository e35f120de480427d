package fr.deffinum.api.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import fr.deffinum.api.ApiTest;
import fr.deffinum.api.Http;
import fr.deffinum.domain.laureate.LaureateId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The ETag of a laureate is its version; a write naming a version that is no longer current records nothing. */
class OptimisticConcurrencyApiTest extends ApiTest {

    private static final int OFFICERS = 8;

    @Test
    void a_laureate_and_every_write_answer_carry_its_version_as_etag() {
        String id = laureate("DEFFINUM-2022-A1-04");
        Http.Answer read = http.get("/api/laureates/" + id, "auditor");
        assertThat(read.header("ETag")).isEqualTo("\"" + read.json().get("version").asLong() + "\"");

        Http.Answer written = http.send(http.postRequest(notification(id), "officer", "application/json",
                decision("D-1")).header("If-Match", read.header("ETag")));

        assertThat(written.status()).isEqualTo(200);
        assertThat(written.header("ETag")).isEqualTo("\"" + (read.json().get("version").asLong() + 1) + "\"");
    }

    @Test
    void a_write_with_a_stale_if_match_is_a_412_and_records_nothing() {
        String id = laureate("DEFFINUM-2022-A1-05");
        String stale = http.get("/api/laureates/" + id, "officer").header("ETag");
        assertThat(http.post(notification(id), "officer", decision("D-2")).status()).isEqualTo(200);
        long before = storedEvents();

        Http.Answer refused = http.send(http.postRequest("/api/laureates/" + id + "/payments",
                "officer", "application/json", "{\"paymentId\": \"P-1\", \"amount\": 10, \"kind\": \"ADVANCE\", "
                        + "\"paidOn\": \"2023-03-01\"}").header("If-Match", stale));

        assertThat(refused.status()).isEqualTo(412);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("code").asText()).isEqualTo("VERSION_MISMATCH");
        assertThat(refused.json().get("detail_fr").asText()).isNotBlank();
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void an_if_match_that_names_no_version_is_a_412() {
        String id = laureate("DEFFINUM-2022-A1-06");
        Http.Answer refused = http.send(http.postRequest(notification(id), "officer", "application/json",
                decision("D-3")).header("If-Match", "\"not-a-version\""));
        assertThat(refused.status()).isEqualTo(412);
        assertThat(refused.isProblem()).isTrue();
    }

    @Test
    void of_officers_deciding_at_once_from_the_same_version_exactly_one_wins_the_others_get_412() throws Exception {
        String id = laureate("DEFFINUM-2022-A1-07");
        String etag = http.get("/api/laureates/" + id, "officer").header("ETag");
        long before = laureateEvents();

        Map<Integer, Integer> statuses = race(officer -> http.send(http.postRequest(notification(id), "officer",
                "application/json", decision("D-race-" + officer)).header("If-Match", etag)).status());

        System.out.printf("Conflicting decisions with If-Match, %d officers at once: %s%n", OFFICERS, statuses);
        assertThat(statuses).containsEntry(200, 1).containsEntry(412, OFFICERS - 1).hasSize(2);
        assertThat(laureateEvents()).isEqualTo(before + 1);
    }

    @Test
    void of_officers_deciding_at_once_without_if_match_exactly_one_wins_the_others_get_409() throws Exception {
        String id = laureate("DEFFINUM-2022-A1-08");
        long before = laureateEvents();

        Map<Integer, Integer> statuses = race(officer -> http.post(notification(id), "officer",
                decision("D-race-" + officer)).status());

        System.out.printf("Conflicting decisions without If-Match, %d officers at once: %s%n", OFFICERS, statuses);
        assertThat(statuses).containsEntry(200, 1).containsEntry(409, OFFICERS - 1).hasSize(2);
        assertThat(laureateEvents()).isEqualTo(before + 1);
        assertThat(http.get("/api/laureates/" + id, "auditor").json().get("status").asText()).isEqualTo("NOTIFIED");
    }

    private interface Officer {
        int write(int officer) throws Exception;
    }

    private static Map<Integer, Integer> race(Officer officer) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(OFFICERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < OFFICERS; i++) {
                int number = i;
                Callable<Integer> write = () -> {
                    start.await();
                    return officer.write(number);
                };
                answers.add(pool.submit(write));
            }
            start.countDown();
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (Future<Integer> answer : answers) {
                statuses.merge(answer.get(), 1, Integer::sum);
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String laureate(String reference) {
        return LaureateId.fromReference(reference).value();
    }

    private static String notification(String id) {
        return "/api/laureates/" + id + "/notification";
    }

    private static String decision(String reference) {
        return "{\"awardedAmount\": 1000.00, \"decisionReference\": \"" + reference + "\", \"notifiedOn\": \"2023-01-15\"}";
    }
}
