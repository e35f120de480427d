package fr.deffinum.api.admin;

import static org.assertj.core.api.Assertions.assertThat;

import fr.deffinum.api.ApiTest;
import fr.deffinum.api.Http;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** The one-pass rebuild, in batches of a few events, while payments keep being recorded. */
@TestPropertySource(properties = "deffinum.projections.replay-batch-size=7")
class RebuildUnderWritesApiTest extends ApiTest {

    @Test
    void every_payment_recorded_before_or_during_a_rebuild_is_in_the_rebuilt_figures_once() throws Exception {
        String laureate = "/api/laureates/" + MARITIMUS;
        assertThat(http.post(laureate + "/notification", "officer", """
                {"awardedAmount": 1000000.00, "decisionReference": "DEC-R-1", "notifiedOn": "2023-01-15"}""")
                .status()).isEqualTo(200);
        for (int i = 0; i < 20; i++) {
            assertThat(pay(laureate, "BEFORE-" + i)).isEqualTo(200);
        }

        AtomicBoolean rebuilding = new AtomicBoolean(true);
        CompletableFuture<Integer> during = CompletableFuture.supplyAsync(() -> {
            int recorded = 0;
            while (rebuilding.get()) {
                int status = pay(laureate, "DURING-" + recorded);
                assertThat(status).as("a payment during the rebuild").isIn(200, 202);
                recorded++;
            }
            return recorded;
        });
        Http.Answer rebuilt = http.post("/api/admin/projections/rebuild", "admin", "");
        rebuilding.set(false);
        int recordedDuring = during.get();

        assertThat(rebuilt.status()).isEqualTo(200);
        BigDecimal expected = BigDecimal.valueOf(20 + recordedDuring);
        assertThat(awaitPaid(laureate, expected, Duration.ofSeconds(20))).isEqualByComparingTo(expected);
        assertThat(http.get(laureate, "auditor").json().get("payments")).hasSize(20 + recordedDuring);
        Long journal = jdbc.queryForObject("SELECT count(*) FROM audit_entry", Long.class);
        Long ledger = jdbc.queryForObject("SELECT count(*) FROM amounts_ledger", Long.class);
        assertThat(journal).isEqualTo(laureateEvents());
        assertThat(ledger).isEqualTo(laureateEvents());
    }

    private int pay(String laureate, String paymentId) {
        return http.post(laureate + "/payments", "officer", """
                {"paymentId": "%s", "amount": 1.00, "kind": "INTERIM", "paidOn": "2023-02-01"}""".formatted(paymentId))
                .status();
    }

    private BigDecimal awaitPaid(String laureate, BigDecimal expected, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        BigDecimal paid = null;
        while (System.nanoTime() < deadline) {
            paid = http.get(laureate, "auditor").json().get("paid").decimalValue();
            if (paid.compareTo(expected) == 0) {
                return paid;
            }
            Thread.sleep(50);
        }
        return paid;
    }
}
