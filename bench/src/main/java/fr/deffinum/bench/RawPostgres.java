package fr.deffinum.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;

/** What PostgreSQL itself does on the same database: the baselines every figure is compared with. */
final class RawPostgres {

    private final BenchDatabase database;

    RawPostgres(BenchDatabase database) {
        this.database = database;
    }

    /** Single-row inserts, one commit each, into a copy of the event table, with a stored payment's bytes. */
    Latencies insertCommits(int clients, int rows) throws SQLException {
        byte[] payload;
        byte[] metadata;
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS bench_raw_event (LIKE domainevententry INCLUDING ALL)");
            try (ResultSet rs = statement.executeQuery("SELECT payload, metadata FROM domainevententry "
                    + "WHERE payloadtype LIKE '%PaymentMade' LIMIT 1")) {
                rs.next();
                payload = rs.getBytes(1);
                metadata = rs.getBytes(2);
            }
        }
        Connection[] connections = new Connection[clients];
        PreparedStatement[] inserts = new PreparedStatement[clients];
        try {
            for (int c = 0; c < clients; c++) {
                connections[c] = database.connect();
                inserts[c] = connections[c].prepareStatement("INSERT INTO bench_raw_event (aggregateidentifier, "
                        + "sequencenumber, type, eventidentifier, metadata, payload, payloadrevision, payloadtype, "
                        + "timestamp) VALUES (?, ?, 'Laureate', ?, ?, ?, '1', 'PaymentMade', ?)");
            }
            String run = UUID.randomUUID().toString();
            return Load.run(clients, rows, (client, index) -> {
                PreparedStatement insert = inserts[client];
                insert.setString(1, run + "-" + index % 10_000);
                insert.setLong(2, index);
                insert.setString(3, UUID.randomUUID().toString());
                insert.setBytes(4, metadata);
                insert.setBytes(5, payload);
                insert.setString(6, Instant.now().toString());
                insert.executeUpdate();
                return true;
            });
        } finally {
            for (Connection connection : connections) {
                if (connection != null) {
                    connection.close();
                }
            }
        }
    }

    /** The whole event table read in order with payloads and metadata: rows per second. */
    double sequentialReadPerSecond() throws SQLException {
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            try (PreparedStatement read = connection.prepareStatement("SELECT globalindex, aggregateidentifier, "
                    + "sequencenumber, type, eventidentifier, metadata, payload, payloadrevision, payloadtype, timestamp "
                    + "FROM domainevententry ORDER BY globalindex")) {
                read.setFetchSize(1_000);
                long started = System.nanoTime();
                long rows = 0;
                long bytes = 0;
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                        bytes += rs.getBytes(7).length + rs.getBytes(6).length + rs.getString(5).length();
                    }
                }
                double perSecond = rows / ((System.nanoTime() - started) / 1e9);
                return bytes > 0 ? perSecond : 0;
            } finally {
                connection.commit();
            }
        }
    }
}
