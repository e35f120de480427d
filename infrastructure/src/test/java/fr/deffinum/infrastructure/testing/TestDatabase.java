package fr.deffinum.infrastructure.testing;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * A fresh PostgreSQL database for one test class, dropped afterwards, with a runtime role of its
 * own (roles are shared by the whole server: one per database never collides with another test's,
 * and is dropped with it). The migrations run as the server's role, the owner; the application
 * connects as the runtime role, as it would in production. The server is the one named by
 * {@value #URL_VARIABLE} (a JDBC URL to any database of it, with the credentials of a role that may
 * create databases and roles), else a Testcontainers PostgreSQL where a Docker engine runs, else the
 * embedded PostgreSQL the application runs by default ({@link EmbeddedTestServer}). Tests never skip.
 */
public final class TestDatabase {

    public static final String URL_VARIABLE = "DEFFINUM_TEST_DATABASE_URL";

    private static PostgreSQLContainer<?> container;

    private final String serverUrl;
    private final String name;
    private final String role;
    private final String rolePassword;

    private TestDatabase(String serverUrl) {
        this.serverUrl = serverUrl;
        this.name = "deffinum_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        this.role = name + "_app";
        this.rolePassword = UUID.randomUUID().toString();
        execute("CREATE DATABASE " + name);
        execute("CREATE ROLE " + role + " LOGIN PASSWORD '" + rolePassword + "'");
    }

    public static TestDatabase create() {
        String url = System.getenv(URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            return new TestDatabase(url);
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            return new TestDatabase(containerUrl());
        }
        return new TestDatabase(EmbeddedTestServer.url());
    }

    /** The owner's URL, credentials included: every right, for the SQL a test runs behind the application. */
    public String jdbcUrl() {
        return url(query(true));
    }

    /** The owner's connections, for the SQL a test runs behind the application (the runtime role may not change an event). */
    public DataSource owner() {
        return new DriverManagerDataSource(jdbcUrl());
    }

    /** The application's runtime role. */
    public String applicationRole() {
        return role;
    }

    /** The Spring properties of a run on this database: the runtime role for the application, the owner for the migrations. */
    public Map<String, String> properties() {
        Map<String, String> query = parameters();
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", url(query(false)));
        properties.put("spring.datasource.username", role);
        properties.put("spring.datasource.password", rolePassword);
        properties.put("spring.flyway.user", query.getOrDefault("user", System.getProperty("user.name")));
        if (query.containsKey("password")) {
            properties.put("spring.flyway.password", query.get("password"));
        }
        return properties;
    }

    /** {@link #properties()} as command-line arguments of a Spring application. */
    public String[] arguments() {
        return properties().entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new);
    }

    public String name() {
        return name;
    }

    public void drop() {
        if (EmbeddedTestServer.stopped(serverUrl)) {
            return;
        }
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        execute("DROP ROLE IF EXISTS " + role);
    }

    private String url(String query) {
        URI uri = URI.create(serverUrl.substring("jdbc:".length()));
        return "jdbc:postgresql://" + uri.getRawAuthority() + "/" + name + (query.isEmpty() ? "" : "?" + query);
    }

    /** The server URL's query, with or without its credentials. */
    private String query(boolean withCredentials) {
        String raw = URI.create(serverUrl.substring("jdbc:".length())).getRawQuery();
        List<String> kept = new ArrayList<>();
        for (String parameter : raw == null ? new String[0] : raw.split("&")) {
            String key = parameter.split("=", 2)[0];
            if (withCredentials || !key.equals("user") && !key.equals("password")) {
                kept.add(parameter);
            }
        }
        return String.join("&", kept);
    }

    private Map<String, String> parameters() {
        String raw = URI.create(serverUrl.substring("jdbc:".length())).getRawQuery();
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String parameter : raw == null ? new String[0] : raw.split("&")) {
            String[] pair = parameter.split("=", 2);
            parameters.put(pair[0], pair.length == 2 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : "");
        }
        return parameters;
    }

    private void execute(String sql) {
        try (Connection connection = connect(serverUrl); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run on the test server: " + sql.replace(rolePassword, "…"), e);
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
