package fr.deffinum.api;

import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.infrastructure.testing.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Base of the API tests: the whole application on a random port, on a PostgreSQL database of the
 * test class's own, seeded with the 62 laureates; the users are the configured test users, each
 * with its name as password; the approver is assigned with the officer to the seeded programmes.
 * Steps are recorded at once; the tests of approvals set the default policy of a real run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "deffinum.users[0].name=officer", "deffinum.users[0].password={noop}officer", "deffinum.users[0].roles=OFFICER",
        "deffinum.users[1].name=auditor", "deffinum.users[1].password={noop}auditor", "deffinum.users[1].roles=AUDITOR",
        "deffinum.users[2].name=admin", "deffinum.users[2].password={noop}admin", "deffinum.users[2].roles=ADMIN",
        "deffinum.users[3].name=approver", "deffinum.users[3].password={noop}approver", "deffinum.users[3].roles=APPROVER",
        "deffinum.approvals.default-operations="})
public abstract class ApiTest extends PostgresIntegrationTest {

    protected static final String MARITIMUS = LaureateId.fromReference("DEFFINUM-2022-A1-01").value();

    @LocalServerPort
    protected int port;
    @Autowired
    protected JdbcTemplate jdbc;
    protected Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    /** Every event in the store, the programmes' reservations included: what a refused request must leave unchanged. */
    protected long storedEvents() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
        return count == null ? 0 : count;
    }

    /** The laureates' events alone: one per step recorded, whatever it reserved on its programme. */
    protected long laureateEvents() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE type = 'Laureate'", Long.class);
        return count == null ? 0 : count;
    }
}
