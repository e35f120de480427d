package fr.deffinum.api.reliability.anyinput;

import fr.deffinum.api.ApiTest;
import fr.deffinum.api.DeffinumApplication;
import fr.deffinum.infrastructure.testing.TestDatabase;
import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole application on a free port and a database of its own, started by hand for the jqwik
 * properties (jqwik runs no Jupiter extension, so no {@code @SpringBootTest}), with the very
 * properties of {@link ApiTest}: its users, each with its name as password, and steps recorded at once.
 */
final class RunningApplication implements AutoCloseable {

    private final TestDatabase database;
    private final ConfigurableApplicationContext context;

    private RunningApplication(TestDatabase database, ConfigurableApplicationContext context) {
        this.database = database;
        this.context = context;
    }

    static RunningApplication start() {
        TestDatabase database = TestDatabase.create();
        String[] arguments = Stream.concat(
                Stream.concat(Arrays.stream(ApiTest.class.getAnnotation(SpringBootTest.class).properties()), Stream.of("server.port=0"))
                        .map(property -> "--" + property),
                Arrays.stream(database.arguments())).toArray(String[]::new);
        return new RunningApplication(database, new SpringApplicationBuilder(DeffinumApplication.class).run(arguments));
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** Every event in the store, the programmes' reservations included. */
    long storedEvents() {
        Long count = context.getBean(JdbcTemplate.class).queryForObject("SELECT count(*) FROM domainevententry", Long.class);
        return count == null ? 0 : count;
    }

    @Override
    public void close() {
        context.close();
        database.drop();
    }
}
