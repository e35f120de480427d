package fr.deffinum.infrastructure.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The data directory's files outside PostgreSQL's own directory (a key, say), kept in a zip beside a
 * dump. Restored readable by their owner only, as a key must be.
 */
final class DataDirectoryFiles {

    private DataDirectoryFiles() {
    }

    /** Writes them into the zip; answers how many. */
    static int archive(Path dataDir, Path zip) throws IOException {
        Path pgdata = EmbeddedServer.pgdata(dataDir);
        List<Path> files;
        try (Stream<Path> all = Files.walk(dataDir)) {
            files = all.filter(file -> !file.startsWith(pgdata)).filter(Files::isRegularFile).sorted().toList();
        }
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Path file : files) {
                out.putNextEntry(new ZipEntry(dataDir.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        return files.size();
    }

    /** Writes the zip's files into the data directory; answers how many. */
    static int unpack(Path zip, Path dataDir) throws IOException {
        int count = 0;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path file = dataDir.resolve(entry.getName()).normalize();
                if (!file.startsWith(dataDir) || file.startsWith(EmbeddedServer.pgdata(dataDir))) {
                    throw new BackupFailed(zip + " names a file outside the data directory: " + entry.getName());
                }
                if (!entry.isDirectory()) {
                    Files.createDirectories(file.getParent());
                    write(in, file);
                    count++;
                }
            }
        }
        return count;
    }

    private static void write(InputStream in, Path file) throws IOException {
        Files.createFile(file);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            in.transferTo(out);
        }
    }
}
