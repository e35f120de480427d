package fr.deffinum.infrastructure.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The embedded run's data directory backed up while the application runs, and restored into a new
 * one. The database is a {@code pg_dump} in PostgreSQL's custom format: one repeatable-read
 * transaction, a consistent snapshot while writes go on. The directory's other files go into a zip
 * beside it ({@link #filesBeside}).
 */
public final class EmbeddedBackup {

    /** What a backup wrote; {@code serverStarted} when the application did not run and the backup started its server. */
    public record Written(Path dump, Path files, int fileCount, boolean serverStarted) {
    }

    /** What a restore wrote; {@code files} is empty when no zip of files lay beside the dump. */
    public record Restored(Path dataDir, Optional<Path> files, int fileCount) {
    }

    private EmbeddedBackup() {
    }

    /** The zip of the data directory's other files that goes with that dump. */
    public static Path filesBeside(Path dump) {
        return dump.resolveSibling(dump.getFileName() + ".files.zip");
    }

    public static Written backup(Path dataDir, Path dump) throws IOException {
        Path directory = dataDir.toAbsolutePath().normalize();
        Path pgdata = EmbeddedServer.pgdata(directory);
        if (!Files.isRegularFile(pgdata.resolve("PG_VERSION"))) {
            throw new BackupFailed("No embedded database in " + directory + ": is DEFFINUM_DATA_DIR the application's?");
        }
        if (dump.toAbsolutePath().normalize().startsWith(directory)) {
            throw new BackupFailed(dump + " is inside the data directory it backs up: name a file outside it");
        }
        if (Files.exists(dump) || Files.exists(filesBeside(dump))) {
            throw new BackupFailed(dump + " or " + filesBeside(dump).getFileName() + " already exists: name a new file");
        }
        Path partial = dump.resolveSibling(dump.getFileName() + ".partial");
        Optional<PostmasterPid> running = PostmasterPid.running(pgdata);
        try {
            if (running.isPresent()) {
                dump(running.get().port(), partial);
            } else {
                try (EmbeddedPostgres postgres = EmbeddedServer.start(directory)) {
                    dump(postgres.getPort(), partial);
                }
            }
            int files = DataDirectoryFiles.archive(directory, filesBeside(dump));
            Files.move(partial, dump, StandardCopyOption.ATOMIC_MOVE);
            return new Written(dump, filesBeside(dump), files, running.isEmpty());
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    public static Restored restore(Path dump, Path dataDir) throws IOException {
        Path directory = dataDir.toAbsolutePath().normalize();
        if (!Files.isRegularFile(dump)) {
            throw new BackupFailed("No dump at " + dump);
        }
        if (!isEmpty(directory)) {
            throw new BackupFailed(directory + " is not empty: a restore goes into an empty or new data directory;"
                    + " point DEFFINUM_DATA_DIR at one");
        }
        try (EmbeddedPostgres postgres = EmbeddedServer.start(directory)) {
            EmbeddedServer.createApplicationRole(postgres);
            PostgresClient.run("pg_restore", postgres.getPort(), List.of("--dbname=" + EmbeddedServer.DATABASE,
                    "--exit-on-error", "--single-transaction", dump.toString()));
        }
        Path zip = filesBeside(dump);
        if (!Files.isRegularFile(zip)) {
            return new Restored(directory, Optional.empty(), 0);
        }
        return new Restored(directory, Optional.of(zip), DataDirectoryFiles.unpack(zip, directory));
    }

    private static void dump(int port, Path file) {
        PostgresClient.run("pg_dump", port, List.of("--dbname=" + EmbeddedServer.DATABASE, "--format=custom",
                "--file=" + file));
    }

    private static boolean isEmpty(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        }
    }
}
