package fr.deffinum.api.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import fr.deffinum.api.process.ApplicationJar;
import fr.deffinum.api.process.ApplicationJars;
import fr.deffinum.api.process.StoredEvents;
import fr.deffinum.api.process.WriteLoad;
import fr.deffinum.api.process.WriteLoad.Request;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The application killed with SIGKILL in the middle of a stream of writes, then started again on
 * the same database: every write it acknowledged is in the event store, every other one is either
 * whole or absent, and the projections converge to exactly what the events say.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class KillNineIT {

    private static final Duration START = Duration.ofMinutes(2);
    private static final String CLAIM_TIMEOUT = "axon.eventhandling.tokenstore.claim-timeout=5s";

    @RegisterExtension
    static final ApplicationJars applications = new ApplicationJars();
    @Test
    void every_acknowledged_write_survives_a_kill_and_the_projections_converge_to_the_events() throws Exception {
        ApplicationJar first = applications.start("kill-nine-first", applications.database(), CLAIM_TIMEOUT).awaitReady(START);
        WriteLoad load = new WriteLoad("kill", WriteLoad.seeded(first.http()), List.of(first), 6, false, 1000).start();
        load.awaitAcknowledged(150, Duration.ofSeconds(60));
        long killedAt = System.nanoTime();
        first.kill();
        List<Request> writes = load.stop();

        ApplicationJar restarted = applications.start("kill-nine-restarted", applications.database(), CLAIM_TIMEOUT)
                .awaitReady(START);
        StoredEvents events = StoredEvents.read(applications.database().jdbcUrl());
        List<Request> acknowledged = writes.stream().filter(Request::acknowledged).toList();
        long found = acknowledged.stream().filter(events::holdsAllOf).count();
        long inFlight = writes.stream().filter(write -> write.startedNanos() < killedAt
                && write.startedNanos() + TimeUnit.MILLISECONDS.toNanos(write.millis()) >= killedAt).count();
        long foundUnacknowledged = writes.stream().filter(write -> !write.acknowledged())
                .filter(write -> events.eventsOf(write.correlationId()) > 0).count();
        long notWhole = writes.stream().filter(events::holdsPartOf).count();
        int outside = events.eventsOutside(WriteLoad.correlationIds(writes, write -> true));
        List<String> mismatches = events.awaitAgreement(restarted.http(), Duration.ofSeconds(30));

        System.out.printf("KillNineIT: writes sent %d (answers %s), in flight at the kill %d, acknowledged %d, "
                        + "found after restart %d, in the store without acknowledgement %d, not whole %d, "
                        + "events from elsewhere %d, events in the store %d, read-side mismatches %d%n",
                writes.size(), WriteLoad.outcomes(writes, write -> true), inFlight, acknowledged.size(), found,
                foundUnacknowledged, notWhole, outside, events.total(), mismatches.size());
        assertThat(inFlight).as("writes in flight when the application was killed").isPositive();
        assertThat(found).as("acknowledged writes found after the restart").isEqualTo(acknowledged.size());
        assertThat(notWhole).isZero();
        assertThat(outside).isZero();
        assertThat(mismatches).as("read side against the events").isEmpty();
    }
}
