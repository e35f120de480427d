package fr.deffinum.bench;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** A database of its own on the given server, created for the run and dropped at its end. */
final class BenchDatabase implements AutoCloseable {

    private final String serverUrl;
    private final String name;

    BenchDatabase(String serverUrl) {
        this.serverUrl = serverUrl;
        this.name = "deffinum_bench_" + System.currentTimeMillis();
        execute("CREATE DATABASE " + name);
    }

    String jdbcUrl() {
        URI uri = URI.create(serverUrl.substring("jdbc:".length()));
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return "jdbc:postgresql://" + uri.getRawAuthority() + "/" + name + query;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl());
    }

    String serverVersion() throws SQLException {
        try (Connection connection = connect()) {
            return connection.getMetaData().getDatabaseProductVersion();
        }
    }

    @Override
    public void close() {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(serverUrl);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run on the bench server: " + sql, e);
        }
    }
}
