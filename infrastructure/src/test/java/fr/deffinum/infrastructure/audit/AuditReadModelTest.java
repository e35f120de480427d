package fr.deffinum.infrastructure.audit;

import static fr.deffinum.domain.money.Money.euros;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.deffinum.application.audit.AuditFilter;
import fr.deffinum.application.audit.AuditJournal;
import fr.deffinum.application.audit.AuditPage;
import fr.deffinum.application.audit.RecordedEvent;
import fr.deffinum.application.laureate.Provenance;
import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.PaymentKind;
import fr.deffinum.domain.programme.ProgrammeCode;
import fr.deffinum.domain.laureate.Sector;
import fr.deffinum.domain.laureate.events.DecisionNotified;
import fr.deffinum.domain.laureate.events.LaureateSelected;
import fr.deffinum.domain.laureate.events.PaymentMade;
import fr.deffinum.infrastructure.projection.ReplayableReadModel.Source;
import fr.deffinum.infrastructure.testing.GivenEvents;
import fr.deffinum.infrastructure.testing.PostgresIntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Given events → then the audit journal: who recorded what, when and why, in PostgreSQL. */
@SpringBootTest
class AuditReadModelTest extends PostgresIntegrationTest {

    private static final LaureateId MARITIMUS = LaureateId.fromReference("MARITIMUS");
    private static final LaureateId CAMPUS = LaureateId.fromReference("CAMPUS");
    private static final Provenance OFFICER = new Provenance("officer", "Arrêté n° 2023-001", "corr-1");
    private static final Provenance ACCOUNTANT = new Provenance("accountant", "Mandat 42", "corr-2");

    @Autowired
    AuditReadModel readModel;
    @Autowired
    AuditJournal journal;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    private final GivenEvents given = new GivenEvents();
    private final List<TrackedEventMessage<?>> events = new ArrayList<>();

    @BeforeEach
    void givenTwoLaureatesRecordedByTwoPeople() {
        readModel.reset();
        events.addAll(given.by(OFFICER).of(selected(MARITIMUS), selected(CAMPUS),
                new DecisionNotified(MARITIMUS, euros("800000.00"), "DEC-1", LocalDate.of(2023, 1, 15))));
        events.addAll(given.by(ACCOUNTANT).of(
                new PaymentMade(MARITIMUS, "P1", euros("300000.00"), PaymentKind.ADVANCE, LocalDate.of(2023, 3, 1)),
                new PaymentMade(MARITIMUS, "P2", euros("100000.00"), PaymentKind.INTERIM, LocalDate.of(2023, 4, 1))));
    }

    @Test
    void every_event_is_in_the_journal_with_its_provenance_newest_first() {
        fold(events.subList(0, 2));
        fold(events.subList(2, 5));

        AuditPage page = journal.search(all());
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.events()).hasSize(5);
        assertThat(page.events()).extracting(RecordedEvent::type).containsExactly("PaymentMade", "PaymentMade",
                "DecisionNotified", "LaureateSelected", "LaureateSelected");
        assertThat(page.events()).extracting(RecordedEvent::globalIndex).containsExactly(5L, 4L, 3L, 2L, 1L);
        RecordedEvent payment = page.events().get(0);
        assertThat(payment.eventId()).isEqualTo(events.get(4).getIdentifier());
        assertThat(payment.laureateId()).isEqualTo(MARITIMUS.value());
        assertThat(payment.sequence()).isEqualTo(3);
        assertThat(payment.actor()).isEqualTo("accountant");
        assertThat(payment.reason()).isEqualTo("Mandat 42");
        assertThat(payment.correlationId()).isEqualTo("corr-2");
        assertThat(payment.effectiveDate()).isEqualTo(LocalDate.of(2023, 4, 1));
        assertThat(payment.recordedAt()).isEqualTo(events.get(4).getTimestamp());
        assertThat(((JsonNode) payment.payload()).get("paymentId").asText()).isEqualTo("P2");
    }

    @Test
    void the_journal_is_searched_by_actor_type_laureate_and_recording_time_a_page_at_a_time() {
        fold(events);

        assertThat(journal.search(new AuditFilter(null, null, "officer", null, null, 0, 50)).total()).isEqualTo(3);
        assertThat(journal.search(new AuditFilter(null, null, null, "PaymentMade", null, 0, 50)).total()).isEqualTo(2);
        assertThat(journal.search(new AuditFilter(null, null, null, null, CAMPUS.value(), 0, 50)).events())
                .extracting(RecordedEvent::type).containsExactly("LaureateSelected");
        assertThat(journal.search(new AuditFilter(events.get(1).getTimestamp(), events.get(3).getTimestamp(),
                null, null, null, 0, 50)).events()).extracting(RecordedEvent::globalIndex).containsExactly(3L, 2L);
        AuditPage second = journal.search(new AuditFilter(null, null, null, null, null, 1, 2));
        assertThat(second.total()).isEqualTo(5);
        assertThat(second.events()).extracting(RecordedEvent::globalIndex).containsExactly(3L, 2L);
    }

    @Test
    void events_folded_in_again_change_no_row_and_a_replay_copies_the_rows_its_processor_wrote() {
        fold(events.subList(0, 3));
        fold(events.subList(3, 5));
        List<Map<String, Object>> live = rows();
        assertThat(live).hasSize(5);

        fold(events);
        fold(events.subList(2, 4));
        assertThat(rows()).isEqualTo(live);

        readModel.reset();
        assertThat(rows()).isEmpty();
        transactions.executeWithoutResult(status -> readModel.fold(events.subList(0, 4), Source.REPLAY));
        transactions.executeWithoutResult(status -> readModel.fold(events.subList(4, 5), Source.REPLAY));
        assertThat(rows()).isEqualTo(live);
    }

    private void fold(List<TrackedEventMessage<?>> batch) {
        transactions.executeWithoutResult(status -> readModel.fold(batch, Source.PROCESSOR));
    }

    private List<Map<String, Object>> rows() {
        return jdbc.queryForList("SELECT * FROM audit_entry ORDER BY event_id");
    }

    private static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null, 0, 50);
    }

    private static LaureateSelected selected(LaureateId id) {
        return new LaureateSelected(id, id.value().toUpperCase(), "Projet " + id.value(), "Porteur", "Transport maritime",
                Sector.TRANSPORT.name(), null, new ProgrammeCode("DEFFINUM"), euros("1976800.00"), euros("1383760.00"),
                LocalDate.of(2022, 7, 1));
    }
}
