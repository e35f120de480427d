package fr.deffinum.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;

/** What PostgreSQL itself does on the same database: the baselines every figure is compared with. */
final class RawPostgres {

    private static final String INSERT = "INSERT INTO bench_raw_event (aggregateidentifier, sequencenumber, type, "
            + "eventidentifier, metadata, payload, payloadrevision, payloadtype, timestamp) "
            + "VALUES (?, ?, 'Laureate', ?, ?, ?, '1', 'PaymentMade', ?)";

    private final BenchDatabase database;

    RawPostgres(BenchDatabase database) {
        this.database = database;
    }

    /** Single-row inserts, one commit each, into a copy of the event table, with a stored payment's bytes. */
    Latencies insertCommits(int clients, int rows) throws SQLException {
        byte[][] stored;
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS bench_raw_event (LIKE domainevententry INCLUDING ALL)");
            stored = storedPayment(statement);
        }
        Connection[] connections = new Connection[clients];
        PreparedStatement[] inserts = new PreparedStatement[clients];
        try {
            for (int c = 0; c < clients; c++) {
                connections[c] = database.connect();
                inserts[c] = connections[c].prepareStatement(INSERT);
            }
            String run = UUID.randomUUID().toString();
            return Load.run(clients, rows, (client, index) -> {
                PreparedStatement insert = inserts[client];
                bind(insert, run + "-" + index % 10_000, index, stored);
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

    /**
     * {@code rows} rows appended to a copy of the event table in batches of 1,000, one transaction
     * in all, the driver rewriting each batch as a multi-row insert: the import's baseline, a
     * stored payment's bytes in every row.
     */
    double batchedAppendPerSecond(int rows) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("reWriteBatchedInserts", "true");
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), properties);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS bench_raw_event (LIKE domainevententry INCLUDING ALL)");
            byte[][] stored = storedPayment(statement);
            connection.setAutoCommit(false);
            String run = UUID.randomUUID().toString();
            long started = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (int row = 0; row < rows; row++) {
                    bind(insert, run + "-" + row % 10_000, row, stored);
                    insert.addBatch();
                    if ((row + 1) % 1_000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            connection.commit();
            return rows / ((System.nanoTime() - started) / 1e9);
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

    /** A stored payment's payload and metadata. */
    private static byte[][] storedPayment(Statement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery("SELECT payload, metadata FROM domainevententry "
                + "WHERE payloadtype LIKE '%PaymentMade' LIMIT 1")) {
            rs.next();
            return new byte[][] {rs.getBytes(1), rs.getBytes(2)};
        }
    }

    private static void bind(PreparedStatement insert, String aggregate, long sequence, byte[][] stored)
            throws SQLException {
        insert.setString(1, aggregate);
        insert.setLong(2, sequence);
        insert.setString(3, UUID.randomUUID().toString());
        insert.setBytes(4, stored[1]);
        insert.setBytes(5, stored[0]);
        insert.setString(6, Instant.now().toString());
    }
}
