package fr.deffinum.api.scaleout;

import static org.assertj.core.api.Assertions.assertThat;

import fr.deffinum.api.process.ApplicationJar;
import fr.deffinum.api.process.ApplicationJars;
import fr.deffinum.api.process.StoredEvents;
import fr.deffinum.api.process.WriteLoad;
import fr.deffinum.api.process.WriteLoad.Request;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Instances of the packaged application over one database, as a scaled-out deployment runs them:
 * two both record and split the projection segments between them; one is killed with SIGKILL and
 * the survivor claims its segments once their claims expire; a third joins and gets its share; the
 * survivor then stops normally and hands everything over at once. The figures of whichever
 * instance is read are exactly what the events say, at every step.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class TwoInstancesIT {

    private static final Duration START = Duration.ofMinutes(2);
    private static final List<String> PROCESSORS = List.of("audit", "laureates", "ledger");
    private static final String[] PROPERTIES = {"axon.eventhandling.tokenstore.claim-timeout=5s",
            "deffinum.balance-period=PT0.5S"};

    @RegisterExtension
    static final ApplicationJars applications = new ApplicationJars();
    @Test
    void instances_share_the_writes_and_the_projections_and_hand_them_over_when_one_dies() throws Exception {
        ApplicationJar one = applications.start("instance-one", applications.database(), PROPERTIES).awaitReady(START);
        ApplicationJar two = applications.start("instance-two", applications.database(), PROPERTIES).awaitReady(START);
        Map<String, Map<Integer, String>> split = awaitOwners(Set.of(one, two), Duration.ofSeconds(60));
        System.out.printf("TwoInstancesIT: segment owners with two instances %s%n", named(split, one, two));

        List<WriteLoad.Laureate> seeded = WriteLoad.seeded(one.http());
        List<Request> first = new WriteLoad("both", seeded, List.of(one, two), 4, false, 30).start()
                .finish(Duration.ofSeconds(90));
        StoredEvents events = StoredEvents.read(applications.database().jdbcUrl());
        List<String> mismatchesOne = events.awaitAgreement(one.http(), Duration.ofSeconds(30));
        List<String> mismatchesTwo = events.awaitAgreement(two.http(), Duration.ofSeconds(30));
        System.out.printf("TwoInstancesIT: writes through one %s, through two %s; events %d; mismatches one %d, two %d%n",
                WriteLoad.outcomes(first, through(one)), WriteLoad.outcomes(first, through(two)), events.total(),
                mismatchesOne.size(), mismatchesTwo.size());
        assertThat(first).filteredOn(write -> !write.acknowledged()).isEmpty();
        assertThat(events.eventsOutside(WriteLoad.correlationIds(first, write -> true))).isZero();
        assertThat(mismatchesOne).isEmpty();
        assertThat(mismatchesTwo).isEmpty();

        long killed = System.nanoTime();
        one.kill();
        Map<String, Map<Integer, String>> taken = awaitOwners(Set.of(two), Duration.ofSeconds(60));
        long takeover = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killed);
        Set<String> notified = events.laureates().entrySet().stream().filter(entry -> entry.getValue().awarded() != null)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        List<Request> survivor = new WriteLoad("survivor", seeded, List.of(two), 2, false, 20).notified(notified)
                .start().finish(Duration.ofSeconds(60));
        StoredEvents afterKill = StoredEvents.read(applications.database().jdbcUrl());
        List<String> mismatchesSurvivor = afterKill.awaitAgreement(two.http(), Duration.ofSeconds(30));
        System.out.printf("TwoInstancesIT: instance one killed; all segments with two after %d ms %s; writes %s; "
                        + "events %d; mismatches %d%n", takeover, named(taken, one, two),
                WriteLoad.outcomes(survivor, write -> true), afterKill.total(), mismatchesSurvivor.size());
        assertThat(survivor).filteredOn(write -> !write.acknowledged()).isEmpty();
        assertThat(mismatchesSurvivor).isEmpty();

        ApplicationJar three = applications.start("instance-three", applications.database(), PROPERTIES).awaitReady(START);
        Map<String, Map<Integer, String>> rebalanced = awaitOwners(Set.of(two, three), Duration.ofSeconds(60));
        long stopped = System.nanoTime();
        two.stop();
        Map<String, Map<Integer, String>> handedOver = awaitOwners(Set.of(three), Duration.ofSeconds(30));
        long handover = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopped);
        List<String> mismatchesThree = afterKill.awaitAgreement(three.http(), Duration.ofSeconds(30));
        System.out.printf("TwoInstancesIT: instance three joined %s; two stopped, all segments with three %d ms after "
                        + "the stop was asked %s; mismatches %d%n", named(rebalanced, two, three), handover,
                named(handedOver, two, three), mismatchesThree.size());
        assertThat(mismatchesThree).isEmpty();
    }

    private static Predicate<Request> through(ApplicationJar instance) {
        return request -> request.target().equals(instance.name());
    }

    /** Waits until every segment of every projection is claimed, by these instances only, each with a share. */
    private static Map<String, Map<Integer, String>> awaitOwners(Set<ApplicationJar> instances, Duration timeout)
            throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Map<Integer, String>> owners = owners();
        while (!sharedBy(owners, instances)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Segments not shared by " + instances.stream().map(ApplicationJar::name).toList()
                        + " after " + timeout + ": " + owners);
            }
            Thread.sleep(200);
            owners = owners();
        }
        return owners;
    }

    private static boolean sharedBy(Map<String, Map<Integer, String>> owners, Set<ApplicationJar> instances) {
        if (!owners.keySet().containsAll(PROCESSORS)) {
            return false;
        }
        for (Map<Integer, String> segments : owners.values()) {
            for (ApplicationJar instance : instances) {
                if (segments.values().stream().noneMatch(owner -> ownedBy(owner, instance))) {
                    return false;
                }
            }
            if (!segments.values().stream().allMatch(owner -> instances.stream().anyMatch(i -> ownedBy(owner, i)))) {
                return false;
            }
        }
        return true;
    }

    /** An owner is the node id: the JVM's {@code pid@host}, then an id of its own. */
    private static boolean ownedBy(String owner, ApplicationJar instance) {
        return owner != null && owner.startsWith(instance.pid() + "@");
    }

    private static Map<String, Map<Integer, String>> owners() throws SQLException {
        Map<String, Map<Integer, String>> owners = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(applications.database().jdbcUrl());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT processorname, segment, owner FROM tokenentry")) {
            while (rows.next()) {
                owners.computeIfAbsent(rows.getString(1), name -> new TreeMap<>()).put(rows.getInt(2), rows.getString(3));
            }
        }
        return owners;
    }

    /** The owners by instance name, for the printout. */
    private static Map<String, Map<Integer, String>> named(Map<String, Map<Integer, String>> owners,
                                                          ApplicationJar... instances) {
        Map<String, Map<Integer, String>> named = new TreeMap<>();
        owners.forEach((processor, segments) -> {
            Map<Integer, String> names = new TreeMap<>();
            segments.forEach((segment, owner) -> names.put(segment, nameOf(owner, instances)));
            named.put(processor, names);
        });
        return named;
    }

    private static String nameOf(String owner, ApplicationJar... instances) {
        return Arrays.stream(instances).filter(instance -> ownedBy(owner, instance)).map(ApplicationJar::name).findFirst()
                .orElse(String.valueOf(owner));
    }
}
