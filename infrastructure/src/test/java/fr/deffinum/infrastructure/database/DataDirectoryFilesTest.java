package fr.deffinum.infrastructure.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data directory's files beside a dump: all but PostgreSQL's own, back where they were, for their
 * owner only; and the refusals made before any server is reached.
 */
class DataDirectoryFilesTest {

    @TempDir
    Path work;

    @Test
    void the_files_outside_postgresql_come_back_readable_by_their_owner_only() throws IOException {
        Path original = Files.createDirectories(work.resolve("original"));
        Files.createDirectories(original.resolve("postgresql/base"));
        Files.writeString(original.resolve("postgresql/base/1"), "a table");
        Files.createDirectories(original.resolve("keys"));
        Files.writeString(original.resolve("keys/signing.pem"), "a key");
        Files.writeString(original.resolve("notes.txt"), "notes");
        Path zip = work.resolve("backup.dump.files.zip");

        assertThat(DataDirectoryFiles.archive(original, zip)).isEqualTo(2);
        Path restored = work.resolve("restored");
        assertThat(DataDirectoryFiles.unpack(zip, restored)).isEqualTo(2);

        assertThat(restored.resolve("keys/signing.pem")).hasContent("a key");
        assertThat(restored.resolve("notes.txt")).hasContent("notes");
        assertThat(restored.resolve("postgresql")).doesNotExist();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(restored.resolve("keys/signing.pem"))))
                .isEqualTo("rw-------");
    }

    @Test
    void a_zip_naming_a_file_outside_the_data_directory_is_refused() throws IOException {
        Path zip = work.resolve("hostile.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("../outside.txt"));
            out.write("escaped".getBytes());
            out.closeEntry();
        }

        assertThatThrownBy(() -> DataDirectoryFiles.unpack(zip, work.resolve("restored")))
                .isInstanceOf(BackupFailed.class).hasMessageContaining("outside the data directory");
        assertThat(work.resolve("outside.txt")).doesNotExist();
    }

    @Test
    void a_backup_into_the_data_directory_it_backs_up_is_refused() throws IOException {
        Path dataDir = Files.createDirectories(work.resolve("data/postgresql")).getParent();
        Files.writeString(dataDir.resolve("postgresql/PG_VERSION"), "15");

        assertThatThrownBy(() -> EmbeddedBackup.backup(dataDir, dataDir.resolve("backup.dump")))
                .isInstanceOf(BackupFailed.class).hasMessageContaining("inside the data directory");
    }

    @Test
    void a_restore_into_a_data_directory_in_use_is_refused_before_anything_is_written() throws IOException {
        Path used = Files.createDirectories(work.resolve("used/postgresql"));
        Path dump = Files.writeString(work.resolve("backup.dump"), "a dump");

        assertThatThrownBy(() -> EmbeddedBackup.restore(dump, used.getParent()))
                .isInstanceOf(BackupFailed.class).hasMessageContaining("is not empty");
        try (Stream<Path> entries = Files.list(used)) {
            assertThat(entries).isEmpty();
        }
    }
}
