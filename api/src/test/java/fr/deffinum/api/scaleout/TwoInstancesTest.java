package fr.deffinum.api.scaleout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import fr.deffinum.api.DeffinumApplication;
import fr.deffinum.api.Http;
import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.infrastructure.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two instances of the application over one database, as a scaled-out deployment runs them: both
 * record, they split the projection segments between them, and when one stops the other takes its
 * segments over; the figures stay exact throughout.
 */
class TwoInstancesTest {

    private static final String DEFFINUM_NOTIFIED = LaureateId.fromReference("DEFFINUM-2022-A1-01").value();
    private static final String SECOND_NOTIFIED = LaureateId.fromReference("DEFFINUM-2022-A1-02").value();

    private static TestDatabase database;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void twoInstances() {
        database = TestDatabase.create();
        first = start();
        second = start();
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
        if (first != null && first.isActive()) {
            first.close();
        }
        database.drop();
    }

    @Test
    void both_instances_record_share_the_projections_and_the_survivor_takes_them_over() {
        Http one = http(first);
        Http two = http(second);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(owners("laureates")).hasSize(2));

        assertThat(one.post(path(DEFFINUM_NOTIFIED, "notification"), "officer", notification("1000000.00")).status())
                .isEqualTo(200);
        assertThat(two.post(path(SECOND_NOTIFIED, "notification"), "officer", notification("500000.00")).status())
                .isEqualTo(200);
        for (int i = 0; i < 10; i++) {
            Http instance = i % 2 == 0 ? one : two;
            assertThat(instance.post(path(DEFFINUM_NOTIFIED, "payments"), "officer", payment("P-" + i, "1000.00")).status())
                    .isEqualTo(200);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(paid(two)).isEqualByComparingTo("10000.00"));
        assertThat(paid(one)).isEqualByComparingTo("10000.00");

        String firstNode = owners("laureates").stream().filter(owner -> !ownersOf(second).contains(owner))
                .findFirst().orElseThrow();
        first.close();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(owners("laureates")).hasSize(1).doesNotContain(firstNode));

        assertThat(two.post(path(SECOND_NOTIFIED, "payments"), "officer", payment("Q-1", "2500.00")).status())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(paid(two)).isEqualByComparingTo("12500.00"));
        JsonNode deffinum = programme(two, "DEFFINUM");
        assertThat(deffinum.get("awarded").decimalValue()).isEqualByComparingTo("1500000.00");
        assertThat(two.get("/api/audit?laureate=" + DEFFINUM_NOTIFIED + "&size=100", "auditor").json()
                .get("total").asLong()).isEqualTo(12);
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(DeffinumApplication.class).run(Stream.concat(Stream.of(database.arguments()),
                Stream.of("--server.port=0",
                "--deffinum.users[0].name=officer", "--deffinum.users[0].password={noop}officer",
                "--deffinum.users[0].roles=OFFICER",
                "--deffinum.users[1].name=auditor", "--deffinum.users[1].password={noop}auditor",
                "--deffinum.users[1].roles=AUDITOR",
                "--deffinum.balance-period=PT0.5S", "--axon.eventhandling.tokenstore.claim-timeout=5s"))
                .toArray(String[]::new));
    }

    private static Http http(ConfigurableApplicationContext context) {
        return new Http(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    private static Set<String> owners(String processor) {
        return new JdbcTemplate(first.isActive() ? first.getBean(javax.sql.DataSource.class)
                : second.getBean(javax.sql.DataSource.class))
                .queryForList("SELECT owner FROM tokenentry WHERE processorname = ? AND owner IS NOT NULL",
                        String.class, processor)
                .stream().collect(Collectors.toSet());
    }

    private static Set<String> ownersOf(ConfigurableApplicationContext context) {
        return Set.of(context.getBean(fr.deffinum.infrastructure.projection.ProcessingNode.class).id());
    }

    private static BigDecimal paid(Http instance) {
        BigDecimal paid = BigDecimal.ZERO;
        for (JsonNode row : instance.get("/api/dashboard", "auditor").json().get("programmes")) {
            paid = paid.add(row.get("paid").decimalValue());
        }
        return paid;
    }

    private static JsonNode programme(Http instance, String key) {
        for (JsonNode row : instance.get("/api/dashboard", "auditor").json().get("programmes")) {
            if (row.get("programme").asText().equals(key)) {
                return row;
            }
        }
        throw new AssertionError("No programme " + key);
    }

    private static String path(String laureate, String step) {
        return "/api/laureates/" + laureate + "/" + step;
    }

    private static String notification(String amount) {
        return """
                {"awardedAmount": %s, "decisionReference": "DEC-%s", "notifiedOn": "2023-01-16", "reason": "Décision"}
                """.formatted(amount, amount);
    }

    private static String payment(String id, String amount) {
        return """
                {"paymentId": "%s", "amount": %s, "kind": "INTERIM", "paidOn": "2023-03-01", "reason": "Acompte"}
                """.formatted(id, amount);
    }
}
