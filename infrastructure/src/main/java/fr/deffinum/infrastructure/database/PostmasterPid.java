package fr.deffinum.infrastructure.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A running server as its {@code postmaster.pid} names it: the postmaster's process (first line) and
 * the port it listens on (fourth line). The embedded server takes a free port at each start.
 */
record PostmasterPid(long pid, int port) {

    /** The server running on that PostgreSQL data directory, if one does: a file left by a crash names none. */
    static Optional<PostmasterPid> running(Path pgdata) throws IOException {
        Path file = pgdata.resolve("postmaster.pid");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(file);
        if (lines.size() < 4 || lines.get(3).isBlank()) {
            throw new BackupFailed(file + " names no port yet: the server is starting or stopping, try again");
        }
        PostmasterPid server = new PostmasterPid(Long.parseLong(lines.get(0).trim()),
                Integer.parseInt(lines.get(3).trim()));
        return ProcessHandle.of(server.pid()).filter(ProcessHandle::isAlive).map(process -> server);
    }
}
