package fr.deffinum.infrastructure.database;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The PostgreSQL client tools ({@code pg_dump}, {@code pg_restore}) found on the PATH, run as the
 * owner against the embedded server on the loopback. The embedded server's bundle holds only the
 * server itself, not these tools.
 */
final class PostgresClient {

    private PostgresClient() {
    }

    /** Runs the tool, its messages on this process's output; fails unless it exits with 0. */
    static void run(String tool, int port, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(tool, "--host=localhost", "--port=" + port,
                "--username=" + EmbeddedServer.OWNER, "--no-password"));
        command.addAll(arguments);
        Process process;
        try {
            process = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException notFound) {
            throw new BackupFailed(tool + " is not on the PATH: install the PostgreSQL client tools, of the"
                    + " embedded server's major version or later (Debian: apt-get install postgresql-client)", notFound);
        }
        try {
            int exit = process.waitFor();
            if (exit != 0) {
                throw new BackupFailed(tool + " failed with exit status " + exit + " (its messages above)");
            }
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            throw new BackupFailed(tool + " interrupted", e);
        }
    }
}
