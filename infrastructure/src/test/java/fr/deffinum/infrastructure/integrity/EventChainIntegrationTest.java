package fr.deffinum.infrastructure.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.deffinum.application.integrity.ChainVerification;
import fr.deffinum.application.integrity.EventChainVerification;
import fr.deffinum.application.integrity.EventHash;
import fr.deffinum.application.laureate.LaureateRecorder;
import fr.deffinum.application.laureate.Provenance;
import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.PaymentKind;
import fr.deffinum.domain.programme.ProgrammeCode;
import fr.deffinum.domain.laureate.Sector;
import fr.deffinum.domain.laureate.commands.MakePayment;
import fr.deffinum.domain.laureate.commands.NotifyDecision;
import fr.deffinum.domain.laureate.commands.SelectLaureate;
import fr.deffinum.domain.laureate.events.LaureateSelected;
import fr.deffinum.domain.laureate.events.SiretRecorded;
import fr.deffinum.domain.money.Money;
import fr.deffinum.infrastructure.testing.PostgresIntegrationTest;
import fr.deffinum.infrastructure.testing.TestProgrammes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
class EventChainIntegrationTest extends PostgresIntegrationTest {

    private static final Provenance OFFICER = new Provenance("officer", "Arrêté n° 2023-001", "corr-1");
    private static final String HEX_64 = "[0-9a-f]{64}";

    @Autowired
    LaureateRecorder recorder;
    @Autowired
    EventStorageEngine storage;
    @Autowired
    EventChainVerification verification;
    @Autowired
    TransactionManager transactions;
    @Autowired
    ConnectionProvider connections;
    @Autowired
    EventSchema schema;
    @Autowired
    @Qualifier("eventSerializer")
    Serializer serializer;
    @Autowired
    PersistenceExceptionResolver duplicateKeys;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void openTheProgrammes() {
        TestProgrammes.open(recorder, "DEFFINUM", "CMA");
    }

    @Test
    void each_event_s_metadata_in_bytea_carries_its_hash_and_its_predecessor_s() {
        LaureateId id = new LaureateId("chained");
        recorder.send(select(id), OFFICER);
        recorder.send(new NotifyDecision(id, Money.euros("1000.00"), "D-1", LocalDate.of(2023, 1, 15)), OFFICER);
        recorder.send(new MakePayment(id, "p-1", Money.euros("400.00"), PaymentKind.ADVANCE, LocalDate.of(2023, 2, 1)),
                OFFICER);

        List<Map<String, Object>> rows = jdbc.queryForList("""
                SELECT sequencenumber, convert_from(metadata, 'UTF8')::jsonb ->> 'hash' AS hash,
                       convert_from(metadata, 'UTF8')::jsonb ->> 'previousHash' AS previous,
                       convert_from(metadata, 'UTF8')::jsonb ->> 'actor' AS actor
                FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber""", id.value());
        rows.forEach(row -> System.out.println("chained event " + row));
        assertThat(rows).hasSize(3).allSatisfy(row -> {
            assertThat((String) row.get("hash")).matches(HEX_64);
            assertThat(row.get("actor")).isEqualTo("officer");
        });
        assertThat(rows.get(0).get("previous")).isEqualTo(EventHash.GENESIS);
        assertThat(rows.get(1).get("previous")).isEqualTo(rows.get(0).get("hash"));
        assertThat(rows.get(2).get("previous")).isEqualTo(rows.get(1).get("hash"));
        assertThat(verification.verify(id.value()).intact()).isTrue();
    }

    @Test
    void many_events_of_a_laureate_appended_in_one_batch_chain_one_after_the_other() {
        LaureateId id = new LaureateId("bulk");
        List<DomainEventMessage<?>> batch = new ArrayList<>();
        batch.add(selected(id));
        for (int sequence = 1; sequence <= 5; sequence++) {
            batch.add(siret(id, sequence));
        }
        transactions.executeInTransaction(() -> storage.appendEvents(batch));

        ChainVerification result = verification.verify(id.value());
        System.out.printf("Bulk append of one laureate: %d events checked, intact %s%n", result.eventsChecked(),
                result.intact());
        assertThat(result.intact()).isTrue();
        assertThat(result.eventsChecked()).isEqualTo(6);
    }

    @Test
    void an_instance_whose_remembered_head_is_stale_asks_the_store_and_links_to_the_real_predecessor() {
        LaureateId id = new LaureateId("two-writers");
        EventStorageEngine first = chainedEngine(new ChainHeads(100));
        EventStorageEngine second = chainedEngine(new ChainHeads(100));
        transactions.executeInTransaction(() -> first.appendEvents(selected(id), siret(id, 1)));
        transactions.executeInTransaction(() -> second.appendEvents(siret(id, 2)));

        assertThatThrownBy(() -> transactions.executeInTransaction(() -> first.appendEvents(siret(id, 2))))
                .isInstanceOf(ConcurrencyException.class);
        transactions.executeInTransaction(() -> first.appendEvents(siret(id, 3)));

        ChainVerification result = verification.verify(id.value());
        assertThat(result.intact()).isTrue();
        assertThat(result.eventsChecked()).isEqualTo(4);
    }

    @Test
    void the_application_s_role_may_append_events_but_never_change_nor_delete_one() {
        recorder.send(select(new LaureateId("protected")), OFFICER);

        assertThat(jdbc.queryForObject("SELECT current_user", String.class)).isEqualTo(database().applicationRole());
        assertThatThrownBy(() -> jdbc.update("UPDATE domainevententry SET payload = payload"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM domainevententry"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThatCode(() -> jdbc.update("UPDATE tokenentry SET owner = owner")).doesNotThrowAnyException();
        assertThat(new JdbcTemplate(database().owner()).update("UPDATE domainevententry SET payload = payload"))
                .isPositive();
    }

    /**
     * What the chain costs on the append itself, the part of a command it changes: single-event
     * appends, each its own transaction, round-robin over laureates and over three engines in turn
     * (so that the machine's noise falls on all three alike): a plain engine, the chained one with
     * its remembered heads, and a chained one that remembers nothing (one query per append).
     */
    @Test
    void the_chain_s_cost_per_append_is_measured_against_a_plain_engine() {
        int laureates = 40;
        int rounds = 25;
        List<String> names = List.of("plain", "chained", "chained-nothing-remembered");
        List<EventStorageEngine> engines = List.of(plainEngine(), storage, chainedEngine(new ChainHeads(0)));
        Map<String, List<Long>> nanos = new TreeMap<>();
        for (int round = 0; round < rounds; round++) {
            for (int l = 0; l < laureates; l++) {
                for (int turn = 0; turn < engines.size(); turn++) {
                    int e = (turn + l) % engines.size();
                    LaureateId id = new LaureateId("cost-" + names.get(e) + "-" + l);
                    DomainEventMessage<?> event = round == 0 ? selected(id) : siret(id, round);
                    long start = System.nanoTime();
                    transactions.executeInTransaction(() -> engines.get(e).appendEvents(event));
                    nanos.computeIfAbsent(names.get(e), name -> new ArrayList<>()).add(System.nanoTime() - start);
                }
            }
        }
        DomainEventMessage<?> sample = siret(new LaureateId("sample"), 1);
        long hashing = System.nanoTime();
        for (int i = 0; i < 10_000; i++) {
            EventHash.of(HashChainedAppend.contentOf(sample, serializer), EventHash.GENESIS);
        }
        System.out.printf("Canonical encoding and hash of one event, in memory: %.1f µs%n",
                (System.nanoTime() - hashing) / 1000.0 / 10_000);
        nanos.forEach((engine, times) -> {
            List<Long> sorted = times.stream().sorted().toList();
            System.out.printf("Append through the %s engine: %d appends, median %.0f µs, mean %.0f µs%n", engine,
                    times.size(), sorted.get(sorted.size() / 2) / 1000.0,
                    times.stream().mapToLong(Long::longValue).average().orElseThrow() / 1000.0);
        });

        ChainVerification result = verification.verify(null);
        System.out.printf("Whole store: %d events of %d laureates checked, intact %s, %d mismatches, first %s%n",
                result.eventsChecked(), result.streamsChecked(), result.intact(), result.mismatches(),
                result.firstMismatch());
        assertThat(result.intact()).isFalse();
        assertThat(result.firstMismatch().laureate()).startsWith("cost-plain-");
        assertThat(result.mismatches()).isEqualTo((long) laureates * rounds);
    }

    private EventStorageEngine plainEngine() {
        return JdbcEventStorageEngine.builder().eventSerializer(serializer).snapshotSerializer(serializer)
                .connectionProvider(connections).transactionManager(transactions).schema(schema).build();
    }

    private EventStorageEngine chainedEngine(ChainHeads heads) {
        return JdbcEventStorageEngine.builder().eventSerializer(serializer).snapshotSerializer(serializer)
                .connectionProvider(connections).transactionManager(transactions).schema(schema)
                .persistenceExceptionResolver(duplicateKeys).appendEvents(new HashChainedAppend(heads)).build();
    }

    private static DomainEventMessage<?> selected(LaureateId id) {
        return new GenericDomainEventMessage<>("Laureate", id.value(), 0,
                new LaureateSelected(id, "REF-" + id.value(), "Projet", "Porteur", "Numérique", Sector.TRANSPORT.name(), null,
                        new ProgrammeCode("DEFFINUM"), Money.euros("2000.00"), Money.euros("1000.00"), LocalDate.of(2022, 7, 1)),
                OFFICER.asMetaData());
    }

    private static DomainEventMessage<?> siret(LaureateId id, long sequence) {
        return new GenericDomainEventMessage<>("Laureate", id.value(), sequence,
                new SiretRecorded(id, "73282932000074", LocalDate.of(2023, 1, 1).plusDays(sequence)),
                OFFICER.asMetaData());
    }

    private static SelectLaureate select(LaureateId id) {
        return new SelectLaureate(id, new ProgrammeCode("DEFFINUM"), "REF-" + id.value(), "MARITIMUS", "Centre Européen de Formation Continue Maritime",
                "Transport maritime", Sector.TRANSPORT.name(), null, Money.euros("1976800"), Money.euros("1383760"),
                LocalDate.of(2022, 7, 1));
    }
}
