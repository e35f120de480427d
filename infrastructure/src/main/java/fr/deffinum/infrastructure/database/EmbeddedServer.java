package fr.deffinum.infrastructure.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded PostgreSQL on a data directory, durable (fsync and synchronous commit on): the server
 * the application runs on, and the one a backup or a restore starts when the application does not
 * run. Its data is the data directory's {@value #PGDATA} directory, the application's database is
 * {@value #DATABASE}, owned by the superuser {@value #OWNER}; the application connects as
 * {@value #APPLICATION_ROLE}.
 */
final class EmbeddedServer {

    static final String PGDATA = "postgresql";
    static final String OWNER = "postgres";
    static final String DATABASE = "postgres";
    static final String APPLICATION_ROLE = "deffinum_app";

    private EmbeddedServer() {
    }

    /** Starts the server on that data directory, initialising it if it is new; stopped by {@code close()}. */
    static EmbeddedPostgres start(Path dataDir) throws IOException {
        Path pgdata = pgdata(dataDir);
        Files.createDirectories(pgdata);
        return EmbeddedPostgres.builder()
                .setDataDirectory(pgdata)
                .setCleanDataDirectory(false)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .start();
    }

    static Path pgdata(Path dataDir) {
        return dataDir.resolve(PGDATA);
    }

    /** The role the application connects as, created once: the migrations grant it what it needs. */
    static void createApplicationRole(EmbeddedPostgres postgres) {
        new JdbcTemplate(postgres.getPostgresDatabase()).execute("DO $$ BEGIN CREATE ROLE " + APPLICATION_ROLE
                + " LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$");
    }
}
