package fr.deffinum.infrastructure.testing;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that run the application against PostgreSQL: each test class gets a database
 * of its own and a Spring context of its own, closed after the class. A class's database is
 * dropped once its context is closed: when the next class creates its own, or when the JVM exits.
 * The application connects as the database's runtime role; {@code database().owner()} has every right.
 */
@DirtiesContext
public abstract class PostgresIntegrationTest {

    private static TestDatabase database;

    @DynamicPropertySource
    static synchronized void database(DynamicPropertyRegistry registry) {
        if (database == null) {
            Runtime.getRuntime().addShutdownHook(new Thread(PostgresIntegrationTest::dropCurrent));
        } else {
            database.drop();
        }
        database = TestDatabase.create();
        database.properties().forEach((name, value) -> registry.add(name, () -> value));
    }

    protected static TestDatabase database() {
        return database;
    }

    private static synchronized void dropCurrent() {
        database.drop();
    }
}
