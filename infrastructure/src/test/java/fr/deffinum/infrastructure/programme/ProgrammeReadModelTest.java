package fr.deffinum.infrastructure.programme;

import static fr.deffinum.domain.money.Money.euros;
import static org.assertj.core.api.Assertions.assertThat;

import fr.deffinum.application.laureate.Provenance;
import fr.deffinum.application.ledger.PointInTime;
import fr.deffinum.application.programme.EnvelopeStatement;
import fr.deffinum.application.programme.ProgrammeView;
import fr.deffinum.application.programme.Programmes;
import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.programme.ProgrammeCode;
import fr.deffinum.domain.programme.events.EnvelopeChanged;
import fr.deffinum.domain.programme.events.ExposureReserved;
import fr.deffinum.domain.programme.events.OfficersAssigned;
import fr.deffinum.domain.programme.events.ProgrammeEvent;
import fr.deffinum.domain.programme.events.ProgrammeOpened;
import fr.deffinum.infrastructure.projection.ReplayableReadModel.Source;
import fr.deffinum.infrastructure.testing.PostgresIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/** Given a programme's events → then its row and the history of its envelope, in both times, in PostgreSQL. */
@SpringBootTest
class ProgrammeReadModelTest extends PostgresIntegrationTest {

    private static final ProgrammeCode FORMA = new ProgrammeCode("FORMA-2024");
    private static final Instant OPENED_AT = Instant.parse("2024-01-08T09:00:00Z");
    private static final Instant RAISED_AT = OPENED_AT.plus(Duration.ofDays(150));

    @Autowired
    ProgrammeReadModel readModel;
    @Autowired
    Programmes programmes;
    @Autowired
    TransactionTemplate transactions;

    private final List<TrackedEventMessage<?>> events = List.of(
            event(0, new ProgrammeOpened(FORMA, "Formations d'avenir", "France 2030", true, "Caisse des Dépôts",
                    LocalDate.of(2024, 1, 1), euros("1000000.00"), List.of("Industrie")), OPENED_AT, "Arrêté d'ouverture"),
            event(1, new ExposureReserved(FORMA, LaureateId.fromReference("FORMA-01"), euros("600000.00"),
                    LocalDate.of(2024, 2, 1)), OPENED_AT.plus(Duration.ofDays(20)), ""),
            event(2, new EnvelopeChanged(FORMA, euros("1000000.00"), euros("1500000.50"), LocalDate.of(2024, 6, 1),
                    "Abondement du 1er juin"), RAISED_AT, "Abondement du 1er juin"),
            event(3, new OfficersAssigned(FORMA, Set.of("officer", "jdupont"), LocalDate.of(2024, 6, 2)),
                    RAISED_AT.plus(Duration.ofDays(1)), "Note de service"));

    @BeforeEach
    void empty() {
        readModel.reset();
    }

    @Test
    void a_programme_reads_as_its_events_leave_it_reservations_moving_only_its_version() {
        fold(events);

        ProgrammeView view = programmes.find(FORMA).orElseThrow();
        assertThat(view.name()).isEqualTo("Formations d'avenir");
        assertThat(view.title()).isEqualTo("France 2030 - Formations d'avenir");
        assertThat(view.envelope()).isEqualTo(euros("1500000.50"));
        assertThat(view.officers()).containsExactlyInAnyOrder("officer", "jdupont");
        assertThat(view.sectors()).containsExactly("Industrie");
        assertThat(view.version()).isEqualTo(3);
        assertThat(programmes.awaitVersion(FORMA, 3, Duration.ofSeconds(1))).isPresent();
    }

    @Test
    void the_envelope_history_lists_the_opening_then_each_change_with_who_when_and_why() {
        fold(events);

        List<EnvelopeStatement> history = programmes.envelopes(FORMA, PointInTime.NOW);

        assertThat(history).containsExactly(
                new EnvelopeStatement(euros("1000000.00"), LocalDate.of(2024, 1, 1), OPENED_AT, "admin",
                        "Arrêté d'ouverture"),
                new EnvelopeStatement(euros("1500000.50"), LocalDate.of(2024, 6, 1), RAISED_AT, "admin",
                        "Abondement du 1er juin"));
    }

    @Test
    void the_envelope_at_a_point_is_the_last_statement_recorded_and_in_effect_by_then() {
        fold(events);

        assertThat(programmes.envelopes(FORMA, new PointInTime(RAISED_AT.minusSeconds(1), null)))
                .extracting(EnvelopeStatement::envelope).containsExactly(euros("1000000.00"));
        assertThat(programmes.envelopes(FORMA, new PointInTime(RAISED_AT, null))).hasSize(2);
        assertThat(programmes.envelopes(FORMA, new PointInTime(null, LocalDate.of(2024, 5, 31))))
                .extracting(EnvelopeStatement::envelope).containsExactly(euros("1000000.00"));
        assertThat(programmes.envelopes(FORMA, new PointInTime(null, LocalDate.of(2023, 12, 31)))).isEmpty();
        assertThat(programmes.envelopes(new ProgrammeCode("NOPE"), PointInTime.NOW)).isEmpty();
    }

    @Test
    void events_folded_again_change_nothing() {
        fold(events);
        fold(events);
        fold(events.subList(2, 4));

        assertThat(programmes.envelopes(FORMA, PointInTime.NOW)).hasSize(2);
        assertThat(programmes.find(FORMA).orElseThrow().version()).isEqualTo(3);
    }

    @Test
    void an_opening_without_envelope_nor_reason_is_a_statement_of_an_unknown_envelope() {
        ProgrammeCode cma = new ProgrammeCode("CMA");
        fold(List.of(event(0, new ProgrammeOpened(cma, "Compétences et métiers d'avenir", "France 2030", false,
                "Banque des Territoires", LocalDate.of(2021, 12, 1), null, List.of()), OPENED_AT, "")));

        assertThat(programmes.envelopes(cma, PointInTime.NOW)).containsExactly(
                new EnvelopeStatement(null, LocalDate.of(2021, 12, 1), OPENED_AT, "admin", null));
        assertThat(programmes.find(cma).orElseThrow().envelope()).isNull();
    }

    private void fold(List<TrackedEventMessage<?>> batch) {
        transactions.executeWithoutResult(status -> readModel.fold(batch, Source.PROCESSOR));
    }

    private static TrackedEventMessage<?> event(long sequence, ProgrammeEvent event, Instant recordedAt, String reason) {
        GenericDomainEventMessage<ProgrammeEvent> message = new GenericDomainEventMessage<>("Programme",
                event.code().value(), sequence, event, new Provenance("admin", reason, "corr-1").asMetaData(),
                UUID.randomUUID().toString(), recordedAt);
        return new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(sequence + 1), message);
    }
}
