package fr.deffinum.api.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import fr.deffinum.api.process.ApplicationJar;
import fr.deffinum.api.process.ApplicationJars;
import fr.deffinum.api.process.StoredEvents;
import fr.deffinum.api.process.WriteLoad;
import fr.deffinum.api.process.WriteLoad.Request;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * PostgreSQL stopped under a load of writes and reads, then started again on the same port and
 * data: while it is down every request is answered quickly with a 503 problem and the readiness
 * probe is down; afterwards the application recovers by itself, every acknowledged write is in the
 * store, none is half-written, and the figures are what the events say. The server is one of the
 * test's own, never the shared one, and its data is deleted at the end.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class DatabaseOutageIT {

    private static final Duration OUTAGE = Duration.ofSeconds(8);
    private static final long ANSWER_BOUND_MILLIS = 3000;
    private static final int IMPORT_LINES = 5;

    @RegisterExtension
    static final ApplicationJars applications = new ApplicationJars();
    private static final Path DATA = ApplicationJar.buildDirectory().resolve("it-postgres/outage-" + System.nanoTime());
    private static EmbeddedPostgres postgres;

    @AfterAll
    static void stopPostgres() throws Exception {
        applications.stopAll();
        if (postgres != null) {
            postgres.close();
        }
        try (Stream<Path> files = Files.walk(DATA)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }

    @Test
    void requests_are_refused_quickly_while_the_database_is_down_and_the_application_recovers_alone() throws Exception {
        int port = freePort();
        postgres = start(port);
        String jdbcUrl = "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres";
        ApplicationJar application = applications.start("outage", jdbcUrl).awaitReady(Duration.ofMinutes(2));
        WriteLoad load = new WriteLoad("outage", WriteLoad.seeded(application.http()), List.of(application), 4, true,
                100_000).start();
        load.awaitAllNotified(Duration.ofSeconds(60));
        load.awaitAcknowledged(80, Duration.ofSeconds(60));
        WriteLoad imports = new WriteLoad("outage-imports", WriteLoad.seeded(application.http()), List.of(application),
                1, false, 100_000).importing(IMPORT_LINES).start();
        imports.awaitAcknowledged(2, Duration.ofSeconds(30));

        long stopping = System.nanoTime();
        postgres.close();
        long down = System.nanoTime();
        boolean readinessDown = awaitReadiness(application, 503, Duration.ofSeconds(5));
        Thread.sleep(Math.max(0, OUTAGE.toMillis() - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - down)));
        long restarting = System.nanoTime();
        postgres = start(port);
        long acknowledgedBeforeRecovery = load.acknowledged();
        load.awaitAcknowledged(acknowledgedBeforeRecovery + 40, Duration.ofSeconds(90));
        long firstAfterRestart = firstAcknowledgedAfter(load, restarting);
        long importsBeforeRecovery = imports.acknowledged();
        imports.awaitAcknowledged(importsBeforeRecovery + 2, Duration.ofSeconds(60));
        List<Request> requests = new ArrayList<>(load.stop());
        requests.addAll(imports.stop());
        boolean readinessUp = awaitReadiness(application, 200, Duration.ofSeconds(30));

        Predicate<Request> duringOutage = request -> request.startedNanos() >= down
                && request.startedNanos() + TimeUnit.MILLISECONDS.toNanos(request.millis()) < restarting;
        List<Request> refused = requests.stream().filter(duringOutage).toList();
        long problems503 = refused.stream().filter(request -> request.status() == 503 && request.problem()).count();
        long maxLatency = refused.stream().mapToLong(Request::millis).max().orElse(-1);
        long other5xx = requests.stream().filter(request -> request.status() >= 500 && request.status() != 503).count();
        long unanswered = requests.stream().filter(request -> request.status() == 0).count();
        List<Request> acknowledged = requests.stream().filter(Request::acknowledged).toList();
        long before = acknowledged.stream().filter(request -> request.startedNanos() < stopping).count();
        long after = acknowledged.stream().filter(request -> request.startedNanos() >= restarting).count();

        StoredEvents events = StoredEvents.read(jdbcUrl);
        long found = acknowledged.stream().filter(events::holdsAllOf).count();
        long notWhole = requests.stream().filter(events::holdsPartOf).count();
        Map<String, Long> importsRecorded = importsByEventsRecorded(requests, events);
        int outside = events.eventsOutside(WriteLoad.correlationIds(requests, request -> true));
        List<String> mismatches = events.awaitAgreement(application.http(), Duration.ofSeconds(60));

        System.out.printf("DatabaseOutageIT: outage %d ms; requests during it %d, answers %s, 503 problem+json %d, "
                        + "max latency %d ms; readiness down %s, up again %s; first write acknowledged %d ms after "
                        + "the restart; over the whole run: requests %d, answers %s, 5xx other than 503 %d, "
                        + "no answer %d; writes acknowledged before the stop %d, after the restart %d, in all %d, "
                        + "found %d, not whole %d; imports of %d lines by events recorded %s; events from elsewhere %d, "
                        + "read-side mismatches %d%n",
                TimeUnit.NANOSECONDS.toMillis(restarting - down), refused.size(), WriteLoad.outcomes(refused, r -> true),
                problems503, maxLatency, readinessDown, readinessUp, firstAfterRestart, requests.size(),
                WriteLoad.outcomes(requests, r -> true), other5xx, unanswered, before, after, acknowledged.size(), found,
                notWhole, IMPORT_LINES, importsRecorded, outside, mismatches.size());
        assertThat(refused).as("requests while the database was down").isNotEmpty();
        assertThat(problems503).as("answered 503 problem+json").isEqualTo(refused.size());
        assertThat(maxLatency).as("slowest answer during the outage, ms").isLessThan(ANSWER_BOUND_MILLIS);
        assertThat(readinessDown).as("readiness down during the outage").isTrue();
        assertThat(readinessUp).as("readiness up again").isTrue();
        assertThat(other5xx).isZero();
        assertThat(unanswered).isZero();
        assertThat(after).as("writes acknowledged after the restart").isPositive();
        assertThat(found).as("acknowledged writes in the store").isEqualTo(acknowledged.size());
        assertThat(notWhole).isZero();
        assertThat(outside).isZero();
        assertThat(mismatches).as("read side against the events").isEmpty();
    }

    private static long firstAcknowledgedAfter(WriteLoad load, long instant) {
        return load.requests().stream().filter(Request::acknowledged).filter(request -> request.startedNanos() >= instant)
                .mapToLong(request -> request.startedNanos() + TimeUnit.MILLISECONDS.toNanos(request.millis()) - instant)
                .map(TimeUnit.NANOSECONDS::toMillis).min().orElse(-1);
    }

    private static Map<String, Long> importsByEventsRecorded(List<Request> requests, StoredEvents events) {
        return requests.stream().filter(request -> request.kind().equals("import")).collect(Collectors.groupingBy(
                request -> String.valueOf(events.eventsOf(request.correlationId())), TreeMap::new, Collectors.counting()));
    }

    /** Same port, same data directory, kept when stopped. */
    private static EmbeddedPostgres start(int port) throws IOException {
        return EmbeddedPostgres.builder().setPort(port).setDataDirectory(DATA).setCleanDataDirectory(false).start();
    }

    private static boolean awaitReadiness(ApplicationJar application, int status, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (application.readiness() == status) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
