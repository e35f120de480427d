package fr.deffinum.api.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.deffinum.api.ApiTest;
import fr.deffinum.api.Http;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The current dashboard and list carry a strong ETag: a matching If-None-Match gets a 304 with no
 * body, a write gives a new ETag at once to the writer and to any later read on this instance, and
 * a commit made elsewhere (another instance's) shows through the periodic check of the revision.
 */
class CurrentReadsRevalidationApiTest extends ApiTest {

    private static final String LIST = "/api/laureates?programme=DEFFINUM&status=NOTIFIED";

    @Test
    void a_matching_if_none_match_gets_a_304_and_a_write_gives_a_new_etag_at_once() {
        Http.Answer dashboard = http.get("/api/dashboard", "auditor");
        Http.Answer list = http.get(LIST, "auditor");
        String dashboardTag = dashboard.header("ETag");
        String listTag = list.header("ETag");
        assertThat(dashboard.status()).isEqualTo(200);
        assertThat(dashboard.contentType()).startsWith("application/json");
        assertThat(dashboardTag).startsWith("\"").endsWith("\"");
        assertThat(listTag).startsWith("\"").isNotEqualTo(dashboardTag);
        assertThat(list.json()).isEmpty();

        Http.Answer unchanged = revalidate("/api/dashboard", dashboardTag);
        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
        assertThat(unchanged.header("ETag")).isEqualTo(dashboardTag);
        assertThat(revalidate(LIST, "W/" + listTag).status()).isEqualTo(304);
        assertThat(revalidate("/api/dashboard", "\"other\"").status()).isEqualTo(200);
        assertThat(http.send(http.request("/api/dashboard", null).header("If-None-Match", dashboardTag)).status())
                .isEqualTo(401);

        Http.Answer notified = http.post("/api/laureates/" + MARITIMUS + "/notification", "officer", """
                {"awardedAmount": 1300000.00, "decisionReference": "DEC-2023-017", "notifiedOn": "2023-01-15"}""");
        assertThat(notified.status()).isEqualTo(200);

        Http.Answer afterWrite = revalidate("/api/dashboard", dashboardTag);
        assertThat(afterWrite.status()).isEqualTo(200);
        assertThat(afterWrite.header("ETag")).isNotEqualTo(dashboardTag);
        assertThat(deffinum(afterWrite.json()).get("awarded").decimalValue()).isEqualByComparingTo("1300000.00");
        Http.Answer listAfterWrite = revalidate(LIST, listTag);
        assertThat(listAfterWrite.status()).isEqualTo(200);
        assertThat(listAfterWrite.header("ETag")).isNotEqualTo(listTag);
        assertThat(listAfterWrite.json()).hasSize(1);
        assertThat(listAfterWrite.json().get(0).get("id").asText()).isEqualTo(MARITIMUS);
        assertThat(revalidate("/api/dashboard", afterWrite.header("ETag")).status()).isEqualTo(304);
    }

    @Test
    void a_commit_of_another_instance_shows_without_a_write_on_this_one() {
        long[] millis = new long[5];
        for (int i = 0; i < millis.length; i++) {
            BigDecimal before = deffinum(http.get("/api/dashboard", "auditor").json()).get("laureates").decimalValue();
            jdbc.update("""
                    INSERT INTO laureate_view (laureate_id, reference, name, lead, sector, programme, status, total_cost,
                        max_grant, paid, selected_on, version)
                    VALUES (?, ?, 'Ailleurs', 'Une autre instance', 'TRANSVERSE', 'DEFFINUM', 'SELECTED', 10, 5, 0,
                        '2022-07-01', 0)""", "elsewhere-" + i, "ELSEWHERE-" + i);
            // Committed behind this instance's back, as another instance's projection commits: only the sequence moves.
            jdbc.queryForObject("SELECT nextval('laureate_view_revision')", Long.class);
            long committed = System.nanoTime();
            while (deffinum(http.get("/api/dashboard", "auditor").json()).get("laureates").decimalValue()
                    .compareTo(before) == 0) {
                assertThat(System.nanoTime() - committed).as("shown within a second").isLessThan(TimeUnit.SECONDS.toNanos(1));
            }
            millis[i] = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - committed);
        }
        System.out.printf("CurrentReadsRevalidationApiTest: another instance's commit shown after %s ms (load average %.1f)%n",
                Arrays.toString(millis), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private Http.Answer revalidate(String path, String etag) {
        return http.send(http.request(path, "auditor").header("If-None-Match", etag));
    }

    private static JsonNode deffinum(JsonNode dashboard) {
        for (JsonNode row : dashboard.get("programmes")) {
            if (row.get("programme").asText().equals("DEFFINUM")) {
                return row;
            }
        }
        throw new AssertionError("No DEFFINUM row in " + dashboard);
    }
}
