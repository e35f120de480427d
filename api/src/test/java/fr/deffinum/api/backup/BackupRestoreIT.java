package fr.deffinum.api.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.deffinum.api.process.ApplicationJar;
import fr.deffinum.api.process.ApplicationJar.CommandRun;
import fr.deffinum.api.process.ApplicationJars;
import fr.deffinum.api.process.StoredEvents;
import fr.deffinum.api.process.WriteLoad;
import fr.deffinum.api.process.WriteLoad.Request;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The jar's {@code backup} taken on the embedded run while clients write, then its {@code restore}
 * into a new data directory and the application started on it: every write acknowledged before the
 * backup began is there, none begun after it ended, none half; the figures are what the restored
 * events say and the hash chain is intact. A restore into a data directory in use is refused.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class BackupRestoreIT {

    private static final Duration START = Duration.ofMinutes(2);
    private static final String CLAIM_TIMEOUT = "axon.eventhandling.tokenstore.claim-timeout=5s";
    private static final Path WORK = ApplicationJar.buildDirectory().resolve("it-backup/" + System.nanoTime());

    @RegisterExtension
    static final ApplicationJars applications = new ApplicationJars();

    @AfterAll
    static void deleteData() throws Exception {
        applications.stopAll();
        try (Stream<Path> files = Files.walk(WORK)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }

    @Test
    void a_backup_taken_under_writes_restores_every_write_acknowledged_before_it_with_its_figures_and_chain()
            throws Exception {
        Path original = WORK.resolve("original");
        Path restored = WORK.resolve("restored");
        Path dump = WORK.resolve("deffinum.dump");
        Files.createDirectories(original);
        Files.writeString(original.resolve("signing.key"), "a key kept beside the database");

        ApplicationJar first = applications.startEmbedded("backup-original", original, CLAIM_TIMEOUT).awaitReady(START);
        WriteLoad load = new WriteLoad("backup", WriteLoad.seeded(first.http()), List.of(first), 4, false, 100_000)
                .start();
        load.awaitAcknowledged(100, Duration.ofSeconds(60));
        long backupStarted = System.nanoTime();
        CommandRun backup = ApplicationJar.command("backup", "backup", "--to", dump.toString(),
                "--deffinum.data-dir=" + original);
        long backupEnded = System.nanoTime();
        load.awaitAcknowledged(load.acknowledged() + 30, Duration.ofSeconds(60));
        List<Request> writes = load.stop();
        first.stop();

        CommandRun refused = ApplicationJar.command("restore-refused", "restore", "--from", dump.toString(),
                "--deffinum.data-dir=" + original);
        CommandRun restore = ApplicationJar.command("restore", "restore", "--from", dump.toString(),
                "--deffinum.data-dir=" + restored);
        ApplicationJar second = applications.startEmbedded("backup-restored", restored, CLAIM_TIMEOUT).awaitReady(START);

        StoredEvents events = StoredEvents.read(jdbcUrl(restored));
        List<Request> before = acknowledged(writes, write -> endedNanos(write) < backupStarted);
        List<Request> during = acknowledged(writes, write -> write.startedNanos() < backupEnded
                && endedNanos(write) >= backupStarted);
        List<Request> after = acknowledged(writes, write -> write.startedNanos() > backupEnded);
        long foundBefore = before.stream().filter(events::holdsAllOf).count();
        long foundDuring = during.stream().filter(events::holdsAllOf).count();
        long foundAfter = after.stream().filter(write -> events.eventsOf(write.correlationId()) > 0).count();
        long notWhole = writes.stream().filter(events::holdsPartOf).count();
        List<String> mismatches = events.awaitAgreement(second.http(), Duration.ofSeconds(60));
        JsonNode chain = second.http().get("/api/audit/verify", "auditor").json();
        boolean keyRestored = Files.readString(restored.resolve("signing.key")).equals("a key kept beside the database");

        System.out.printf("BackupRestoreIT: writes sent %d (answers %s); acknowledged before the backup began %d, "
                        + "found after the restore %d; acknowledged while it ran %d, found %d; begun after it ended %d, "
                        + "found %d; not whole %d; events restored %d; figures equal to the restored events %s "
                        + "(mismatches %d); chain intact %s over %d events; key file restored %s; backup %d ms "
                        + "(dump %d bytes), restore %d ms; restore into the used directory: exit %d%n",
                writes.size(), WriteLoad.outcomes(writes, write -> true), before.size(), foundBefore, during.size(),
                foundDuring, after.size(), foundAfter, notWhole, events.total(), mismatches.isEmpty(), mismatches.size(),
                chain.get("intact").asBoolean(), chain.get("eventsChecked").asLong(), keyRestored, backup.millis(),
                Files.size(dump), restore.millis(), refused.exitStatus());
        assertThat(backup.exitStatus()).as("backup: " + backup.output()).isZero();
        assertThat(restore.exitStatus()).as("restore: " + restore.output()).isZero();
        assertThat(refused.exitStatus()).isEqualTo(1);
        assertThat(refused.output()).contains("is not empty");
        assertThat(during).as("writes acknowledged while the backup ran").isNotEmpty();
        assertThat(after).as("writes begun after the backup").isNotEmpty();
        assertThat(foundBefore).as("writes acknowledged before the backup, restored").isEqualTo(before.size());
        assertThat(foundAfter).as("writes begun after the backup, restored").isZero();
        assertThat(notWhole).isZero();
        assertThat(mismatches).as("read side against the restored events").isEmpty();
        assertThat(chain.get("intact").asBoolean()).as("chain: " + chain).isTrue();
        assertThat(keyRestored).isTrue();
    }

    private static List<Request> acknowledged(List<Request> writes, Predicate<Request> which) {
        return writes.stream().filter(Request::acknowledged).filter(which).toList();
    }

    private static long endedNanos(Request write) {
        return write.startedNanos() + TimeUnit.MILLISECONDS.toNanos(write.millis());
    }

    /** The restored application's embedded server, as its postmaster.pid names it. */
    private static String jdbcUrl(Path dataDir) throws IOException {
        String port = Files.readAllLines(dataDir.resolve("postgresql/postmaster.pid")).get(3).trim();
        return "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres";
    }
}
