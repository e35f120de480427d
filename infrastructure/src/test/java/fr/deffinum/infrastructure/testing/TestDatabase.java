package fr.deffinum.infrastructure.testing;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * A fresh PostgreSQL database for one test class, dropped afterwards. The server is the one named
 * by {@value #URL_VARIABLE} (a JDBC URL to any database of it, with the credentials of a role that
 * may create databases), else a Testcontainers PostgreSQL where a Docker engine runs. With neither,
 * tests fail: they never skip.
 */
public final class TestDatabase {

    public static final String URL_VARIABLE = "DEFFINUM_TEST_DATABASE_URL";

    private static PostgreSQLContainer<?> container;

    private final String serverUrl;
    private final String name;

    private TestDatabase(String serverUrl) {
        this.serverUrl = serverUrl;
        this.name = "deffinum_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute("CREATE DATABASE " + name);
    }

    public static TestDatabase create() {
        String url = System.getenv(URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            return new TestDatabase(url);
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            return new TestDatabase(containerUrl());
        }
        throw new IllegalStateException("No PostgreSQL for the integration tests: set " + URL_VARIABLE
                + " (e.g. jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres) or start a Docker engine");
    }

    public String jdbcUrl() {
        URI uri = URI.create(serverUrl.substring("jdbc:".length()));
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return "jdbc:postgresql://" + uri.getRawAuthority() + "/" + name + query;
    }

    public String name() {
        return name;
    }

    public void drop() {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private void execute(String sql) {
        try (Connection connection = connect(serverUrl); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run on the test server: " + sql, e);
        }
    }

    private static Connection connect(String url) throws SQLException {
        return container == null || !url.equals(containerUrl())
                ? DriverManager.getConnection(url)
                : DriverManager.getConnection(url, container.getUsername(), container.getPassword());
    }

    private static synchronized String containerUrl() {
        if (container == null) {
            container = new PostgreSQLContainer<>("postgres:15-alpine");
            container.start();
        }
        return container.getJdbcUrl() + "?user=" + container.getUsername() + "&password=" + container.getPassword();
    }
}
