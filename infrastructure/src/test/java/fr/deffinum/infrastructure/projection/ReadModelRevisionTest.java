package fr.deffinum.infrastructure.projection;

import static org.assertj.core.api.Assertions.assertThat;

import fr.deffinum.infrastructure.testing.PostgresIntegrationTest;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The revision of the laureate read model, and the answers cached under it, against PostgreSQL. Each
 * test first lets the background check see every change made before it ({@link #settle}): a change
 * made here also moves the shared sequence, which the check then sees too.
 */
@SpringBootTest
class ReadModelRevisionTest extends PostgresIntegrationTest {

    @Autowired
    ReadModelRevision revision;
    @Autowired
    TransactionTemplate transactions;

    private final AtomicInteger computed = new AtomicInteger();

    @Test
    void an_answer_is_computed_once_until_the_read_model_changes() {
        settle();
        int first = answer();
        assertThat(answer()).isEqualTo(first);
        assertThat(computed).hasValue(1);

        revision.changed();

        assertThat(answer()).isGreaterThan(first);
    }

    @Test
    void a_change_within_a_transaction_moves_the_revision_once_committed_and_never_if_rolled_back() {
        settle();
        int before = answer();

        transactions.executeWithoutResult(status -> {
            revision.changed();
            assertThat(answer()).as("before the commit").isEqualTo(before);
        });
        assertThat(answer()).as("after the commit").isGreaterThan(before);

        settle();
        int committed = answer();
        transactions.executeWithoutResult(status -> {
            revision.changed();
            status.setRollbackOnly();
        });
        assertThat(answer()).as("after a rollback").isEqualTo(committed);
    }

    @Test
    void another_instance_s_commit_moves_the_revision_at_the_next_check() {
        settle();
        int before = answer();

        new JdbcTemplate(database().owner()).queryForObject("SELECT nextval('laureate_view_revision')", Long.class);

        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (answer() == before && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
        }
        assertThat(answer()).isGreaterThan(before);
    }

    @Test
    void a_write_seen_by_other_means_moves_the_revision_at_once() {
        settle();
        int before = answer();

        revision.invalidate();

        assertThat(answer()).isGreaterThan(before);
    }

    /** The answer of this test, computed again each time the revision has moved. */
    private int answer() {
        return revision.cached(computed, computed::incrementAndGet);
    }

    /** Ten times the check's period (deffinum.revision-check, 20 ms). */
    private static void settle() {
        LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
    }
}
